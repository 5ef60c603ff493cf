import type { SentenceAddress } from './addressee.ts';
import type { WordRole } from './people.ts';
import type { NoteWord } from './read-note.ts';
import { childNouns, firstPerson } from './voice-words.ts';
import { pluralOthers } from './words.ts';
import type { Voice } from './types.ts';

// word lists read in loops, made once (an array written in a loop is a new array each time it runs)
const sheHeThey = ['she', 'he', 'they'];
const youForms = ['you', "you'd"];

export interface VoiceReading {
  voice: Voice;
  /** Who spoke, as written ("Jade", "you", "Mum"), when a speaker was found. */
  speaker: string | null;
}

export type SpeakerKind = 'child' | 'other' | null;

/** Nouns for children only with "young" before them: "young people", not "other people's views". */
const peopleNouns = new Set(['people', 'person', 'persons']);

/** Words before "students" that make them adults: "social work students", "university students". */
const adultStudents = new Set(
  'work university medical nursing postgraduate graduate mature phd law college adult'.split(' '),
);

/** Whether the word at `index` is a noun for a child or children ("the boy's", "one young person"). */
export function isChildNoun(words: NoteWord[], index: number): boolean {
  const lower = (words[index]?.lower ?? '').replace(/'s$|s'$|'$/, '');
  if (!childNouns.has(lower)) return false;
  // "social work students", "university students": adults studying
  if ((lower === 'student' || lower === 'students') && adultStudents.has(words[index - 1]?.lower ?? '')) return false;
  return !peopleNouns.has(lower) || words[index - 1]?.lower === 'young';
}

/** Whether the word at `index` (with its role) is the child speaking. */
export function speakerKind(
  words: NoteWord[],
  roles: WordRole[],
  index: number,
  address: SentenceAddress,
): SpeakerKind {
  const word = words[index];
  if (!word || word.quoted) return null;
  const role = roles[index];
  if (role === 'child-name' || role === 'child-phrase') return 'child';
  if (role === 'child-pronoun') return sheHeThey.includes(word.lower) ? 'child' : null;
  if (role === 'second-person')
    return youForms.includes(word.lower) && address.addressee === 'child' ? 'child' : 'other';
  // "the boy", "one young person", "children in care": not "her son's teacher"
  if (isChildNoun(words, index)) return 'child';
  if (role === 'other-person' || role === 'other-pronoun' || role === 'self-reference') return 'other';
  // "both parents were claiming", "the carers said"
  if (pluralOthers.has(word.lower)) return 'other';
  if (firstPerson.has(word.lower) || word.lower === 'we') return 'other';
  return null;
}
