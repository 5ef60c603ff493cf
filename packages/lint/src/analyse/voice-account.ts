import type { NoteSentence } from './read-note.ts';
import type { VoiceReading } from './voice-speaker.ts';
import { firstPerson } from './voice-words.ts';

/** Greetings that open words spoken to someone: "Hi, Maya!". */
const greetings = new Set(['hi', 'hello', 'hey', 'welcome']);

/** Quoted words in a child's account that open by greeting someone ("Hi, Maya!"): someone else's words to the child. */
function greetsWriter(sentence: NoteSentence): boolean {
  const first = sentence.words[0];
  return !!first && first.quoted && greetings.has(first.lower);
}

/**
 * The sentences of the child's own account that name no speaker: in a note the child wrote in their own words (the
 * writer says "I" or "my" outside quotation marks somewhere), a sentence with no one speaking ("Mum has anxiety
 * issues.", "It was a big step.") is still the child telling their story, so it records their voice. A question is
 * not counted (a heading or one asked of the reader), nor a note whose only first person is quoted: a report that
 * quotes a child ("'I miss my mum,' one boy said") is the reporter's, not the child's account. Returns the readings,
 * changed where an account's sentence was read as no one's.
 */
export function ownAccount(
  sentences: NoteSentence[],
  readings: VoiceReading[],
  writerIsChild: boolean,
): VoiceReading[] {
  if (!writerIsChild) return readings;
  const ownWords = sentences.some((sentence) =>
    sentence.words.some((word) => !word.quoted && firstPerson.has(word.lower)),
  );
  if (!ownWords) return readings;
  return readings.map((reading, index) => {
    const sentence = sentences[index] as NoteSentence;
    if (reading.voice !== 'none' || reading.speaker !== null || greetsWriter(sentence)) return reading;
    if (sentence.text.trimEnd().endsWith('?')) return reading;
    return { voice: 'child', speaker: null };
  });
}
