import type { NoteSentence } from './read-note.ts';
import type { VoiceReading } from './voice.ts';

/**
 * Whose words each sentence records, read across the note: a quotation that runs on from the
 * sentence before is still its speaker's, so an adult's quoted words stay theirs even where a
 * sentence of them, read alone, looks like a child speaking ("Anne Longfield said: “Young care
 * leavers tell me… I am determined to improve…”"), and a child's quotation running on stays the
 * child's ("Lauren said, “Carla has helped me… She has been supportive all the way.”"). Returns
 * the readings, changed where the note says more than the sentence alone.
 */
export function settleVoices(sentences: NoteSentence[], readings: VoiceReading[]): VoiceReading[] {
  const settled = [...readings];
  for (let index = 1; index < sentences.length; index += 1) {
    const sentence = sentences[index] as NoteSentence;
    const previous = sentences[index - 1] as NoteSentence;
    const before = settled[index - 1] as VoiceReading;
    const reading = settled[index] as VoiceReading;
    if (!sentence.quoteCarried || !previous.hasQuote || reading.speaker !== null) continue;
    if (before.voice === 'other') settled[index] = before;
    // "Lauren said, “Carla has helped me… She has been supportive all the way.”": the child's quotation running on
    // (only a quotation its own sentence gave to the child by name, pronoun or role: a guess is not carried on)
    else if (
      before.voice === 'child' &&
      before.speaker !== null &&
      reading.voice !== 'other' &&
      sentence.words[0]?.quoted
    )
      settled[index] = { voice: 'child', speaker: before.speaker };
  }
  return settled;
}
