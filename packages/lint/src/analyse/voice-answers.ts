// The child's answer to a question a sentence opens with: "When asked who she considers part of her family, Audrey
// identified…", "When his teachers asked him what had happened, he identified…", "When asked what she was apologising
// for, the girl pointed to…". Whatever verb the answer takes (a word, a gesture, a choice on a form), it is the child
// speaking, as the blind labels read it (voice39; 66a and the older dev files label it so).
import type { SentenceAddress } from './addressee.ts';
import { nounPhrase } from './voice-clauses.ts';
import type { WordRole } from './people.ts';
import type { NoteWord } from './read-note.ts';
import { speakerKind, type VoiceReading } from './voice-speaker.ts';

/** Who may be asked: "asked him", "asked her". */
const askedWhom = new Set(['him', 'her', 'them']);
/** How far the asker may stand from "When": "When his social worker asked him". */
const askerReach = 5;
/** How long the question may run before the comma that closes it. */
const questionReach = 20;
/** An answer that is a state, not an act ("When asked, she was quiet", "he had no idea"): not read as words. */
const notAnswers = new Set([
  'was',
  'were',
  'is',
  'are',
  'had',
  'has',
  'seemed',
  'appeared',
  'became',
  'could',
  'would',
]);

/** The index of "asked" in an opening "When asked…" or "When <asker> asked him|her…", or -1. */
function askedAt(words: NoteWord[]): number {
  if (words[0]?.lower !== 'when') return -1;
  if (words[1]?.lower === 'asked') return 1;
  for (let index = 2; index <= askerReach && index < words.length; index += 1) {
    const word = words[index] as NoteWord;
    if (word.quoted || word.breakBefore) return -1;
    if (word.lower === 'asked') return askedWhom.has(words[index + 1]?.lower ?? '') ? index : -1;
  }
  return -1;
}

/**
 * The child's answer after an opening question: the first word after the comma that closes the question, past "the" or
 * "a", read as the child by the speaker reading, followed by a verb of acting (not "was", "had", "could"…).
 */
export function answerAfterAsked(words: NoteWord[], roles: WordRole[], address: SentenceAddress): VoiceReading | null {
  const asked = askedAt(words);
  if (asked === -1) return null;
  let subject = asked + 1;
  while (subject < words.length && subject - asked <= questionReach && !(words[subject] as NoteWord).breakBefore)
    subject += 1;
  if (subject >= words.length || subject - asked > questionReach) return null;
  while (subject < words.length - 1 && nounPhrase.has((words[subject] as NoteWord).lower)) subject += 1;
  const word = words[subject] as NoteWord;
  if (word.quoted || speakerKind(words, roles, subject, address) !== 'child') return null;
  const verb = words[subject + 1];
  if (!verb || verb.quoted || verb.breakBefore || notAnswers.has(verb.lower)) return null;
  return { voice: 'child', speaker: word.text };
}
