// Where a word stands in its sentence's clauses, for whose words a sentence records (read by `readVoice`, voice.ts):
// what only names what was said, the words of the speaker's own clause, what a person owns or is the object of.
import type { NoteWord } from './read-note.ts';
import { nounPhrase } from './voice-clauses.ts';
import { hopeForms } from './voice-words.ts';

/** Words before "what" that make what a child said only named: "a look at what children told us", "capture what the child said". */
const mentions = new Set(['at', 'about', 'on', 'capture', 'record', 'note', 'reflect', 'reflects']);

/** The index of the word before the up to three noun-phrase words in front of `index` ("what the young people said"). */
function beforeNounPhrase(words: NoteWord[], index: number): number {
  let before = index - 1;
  while (before >= 0 && index - before <= 3 && nounPhrase.has((words[before] as NoteWord).lower)) before -= 1;
  return before;
}

/** Verbs of passing words on, and whom to, before "what" ("tell her what you have told me"). */
const passOn = new Set(['tell', 'show', 'explain']);
const passedTo = new Set(['her', 'him', 'them']);

/**
 * Whether the speaker at `index` follows "what" after a word that only names what was said ("capture what the child
 * said"), or after advice to pass it on ("tell her what you have told me": the adviser's words, not the child's).
 */
export function namedOnly(words: NoteWord[], index: number): boolean {
  const before = beforeNounPhrase(words, index);
  if (words[before]?.lower !== 'what') return false;
  const one = words[before - 1]?.lower ?? '';
  return mentions.has(one) || (passedTo.has(one) && passOn.has(words[before - 2]?.lower ?? ''));
}

/**
 * "Kai hopes to go home", "he is hoping to move": a wish of the subject's own, said of the child in the third person
 * ("he hopes that you…" may be anyone's view; "the family you hope to become part of" is said to a reader).
 */
export function hopeFor(words: NoteWord[], speaker: number, index: number): boolean {
  return (
    words[speaker]?.lower !== 'you' && hopeForms.has(words[index]?.lower ?? '') && words[index + 1]?.lower === 'to'
  );
}

/**
 * The words before a speaker that belong to the speaker's own clause: none before "because" ("she hadn't said
 * anything because she didn't want…": "anything" is the other clause's), and "so" after "and" is what followed, not a
 * purpose ("this bothered Jamie and so he wants to help"; "so you can tell us" stays hypothetical).
 */
export function ownClauseBefore(before: string[]): string[] {
  const own = before.slice(before.lastIndexOf('because') + 1);
  const so = own.indexOf('so');
  return so > 0 && own[so - 1] === 'and' ? own.filter((_, at) => at !== so) : own;
}

/** Words after a verb that make it a participle of something passed on: "views … shared through the surveys". */
export const throughVia = ['through', 'via'];

/** Whether the person at `index` owns something named before them: "the views of children", "experiences of the girls". */
export function ownedBy(words: NoteWord[], index: number): boolean {
  return words[beforeNounPhrase(words, index)]?.lower === 'of';
}

/** Whether a word is two or three words into a relative clause ("staff who support care leavers"): its object. */
export function inRelativeObject(words: NoteWord[], index: number): boolean {
  for (let back = 2; back <= 3; back += 1) {
    const word = words[index - back];
    if (word && !word.quoted && word.lower === 'who' && index - back > 0) return true;
  }
  return false;
}
