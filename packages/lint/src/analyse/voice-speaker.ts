import { wordSet } from '../word-set.ts';
import type { SentenceAddress } from './addressee.ts';
import { isAdultRole } from './adult-roles.ts';
import type { WordRole } from './people.ts';
import { isCapitalised } from './names.ts';
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
  /** The child speaks inside someone else's quotation ("“Ruby said she would…,” the officer read"): not carried on. */
  quotedReport?: boolean;
  /** Whose quotation that is, when named before it ("Her mother said: “…when Ruby said…”"). */
  quotedBy?: VoiceReading;
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
  const word = words[index]?.lower ?? '';
  // every ending taken off holds an apostrophe: most words are read without the expression
  const lower = word.includes("'") ? word.replace(/'s$|s'$|'$/, '') : word;
  if (!childNouns.has(lower)) return false;
  // "social work students", "university students": adults studying
  if ((lower === 'student' || lower === 'students') && adultStudents.has(words[index - 1]?.lower ?? '')) return false;
  return !peopleNouns.has(lower) || words[index - 1]?.lower === 'young';
}

/**
 * The age a report sets after a name, between commas ("Ella Grady, 9,", "Cassey, aged 11"), or -1: a name with an age
 * under 18 is a child's, whoever the note is about, and one with an age of 18 or more an adult's.
 */
export function ageAfterName(words: NoteWord[], index: number): number {
  const at = ageAt(words, index);
  return at === -1 ? -1 : Number((words[at] as NoteWord).lower);
}

/** The index of the age set after a name between commas ("Will Cullen, 8,"), or -1. */
export function ageAt(words: NoteWord[], index: number): number {
  const name = words[index];
  if (!name || name.quoted || !isCapitalised(name.text) || !/^\p{Lu}\p{Ll}+$/u.test(name.text)) return -1;
  let next = index + 1;
  // past a surname ("Ella Grady, 9")
  const surname = words[next];
  if (surname && !surname.quoted && !surname.breakBefore && /^\p{Lu}\p{Ll}+$/u.test(surname.text)) next += 1;
  const first = words[next];
  if (!first || first.quoted || !first.breakBefore) return -1;
  if (first.lower === 'aged') next += 1;
  const age = words[next];
  return age && !age.quoted && /^\d{1,2}$/.test(age.lower) ? next : -1;
}

/** Court words for the person who was harmed, a child only with an age under 18 beside them. */
const courtPersons = wordSet('complainant victim complainants victims');
const numberWords = wordSet(
  'two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen',
);
/** Words an age may follow in an aside: ", aged 12,", ", who is now 8,", ", who was 13 at the time". */
const ageAsideWords = wordSet('aged who is was now then only');
const underEighteen = (word: NoteWord | undefined): boolean =>
  !!word && !word.quoted && ((/^\d{1,2}$/.test(word.lower) && Number(word.lower) < 18) || numberWords.has(word.lower));

/**
 * "the alleged 8-year-old victim", "the complainant, who is now 8,", "the complainant, 14,": in a court report the
 * person harmed is a child when the report gives an age under 18 (the lead's answer to voice31's question 4).
 */
export function courtChild(words: NoteWord[], index: number): boolean {
  if (!courtPersons.has(words[index]?.lower ?? '')) return false;
  if (words[index - 1]?.lower === 'old' && words[index - 2]?.lower === 'year' && underEighteen(words[index - 3]))
    return true;
  if (!words[index + 1]?.breakBefore) return false;
  for (let at = index + 1; at < words.length && at - index <= 5; at += 1) {
    const word = words[at] as NoteWord;
    if (at > index + 1 && word.breakBefore) return false;
    if (underEighteen(word)) return true;
    if (!ageAsideWords.has(word.lower)) return false;
  }
  return false;
}

/** "Nine-year-old Suzanne", "14-year-old Ben": a capitalised name straight after an age under 18. */
function ageBeforeName(words: NoteWord[], index: number): boolean {
  const name = words[index];
  if (!name || !/^\p{Lu}\p{Ll}+$/u.test(name.text) || name.breakBefore) return false;
  const [old, year, number] = [words[index - 1], words[index - 2], words[index - 3]];
  return (
    old?.lower === 'old' && !old.breakBefore && year?.lower === 'year' && !year.breakBefore && underEighteen(number)
  );
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
  // "said Ella Grady, 9": a child by the age the report gives; "said Jean Grady, 44": an adult, whoever the note is about
  const age = ageAfterName(words, index);
  if (age !== -1) return age < 18 ? 'child' : 'other';
  // "Nine-year-old Suzanne wants to know…": a name after an age under 18 is a child's
  if (ageBeforeName(words, index)) return 'child';
  if (role === 'child-name' || role === 'child-phrase') return 'child';
  if (role === 'child-pronoun') return sheHeThey.includes(word.lower) ? 'child' : null;
  if (role === 'second-person')
    return youForms.includes(word.lower) && address.addressee === 'child' ? 'child' : 'other';
  // "the boy", "one young person", "children in care": not "her son's teacher"
  if (isChildNoun(words, index) || courtChild(words, index)) return 'child';
  // "the former principal said", "the class teacher told me": an adult by their work
  if (isAdultRole(words, index)) return 'other';
  if (role === 'other-person' || role === 'other-pronoun' || role === 'self-reference') return 'other';
  // "both parents were claiming", "the carers said"
  if (pluralOthers.has(word.lower)) return 'other';
  if (firstPerson.has(word.lower) || word.lower === 'we') return 'other';
  return null;
}
