import type { NoteSentence } from './read-note.ts';
import type { VoiceReading } from './voice.ts';

/**
 * Whose words each sentence records, read across the note: a quotation that runs on from the
 * sentence before is still its speaker's, so an adult's quoted words stay theirs even where a
 * sentence of them, read alone, looks like a child speaking ("Anne Longfield said: “Young care
 * leavers tell me… I am determined to improve…”"). Only ever takes the child's voice away: a
 * child's quotation running on is found by the sentence itself. Returns the readings, changed
 * where the note says more than the sentence alone.
 */
export function settleVoices(sentences: NoteSentence[], readings: VoiceReading[]): VoiceReading[] {
  const settled = [...readings];
  for (let index = 1; index < sentences.length; index += 1) {
    const sentence = sentences[index] as NoteSentence;
    const previous = sentences[index - 1] as NoteSentence;
    const before = settled[index - 1] as VoiceReading;
    const reading = settled[index] as VoiceReading;
    if (sentence.quoteCarried && previous.hasQuote && reading.speaker === null && before.voice === 'other')
      settled[index] = before;
  }
  return settled;
}
