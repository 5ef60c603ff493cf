import type { NoteWord } from '../analyse/read-note.ts';
import { femaleOthers, maleOthers } from '../analyse/words.ts';

/**
 * The words that say a person in a note is a child, and where they say it: the noun a name is said
 * to be ("Shane is a Year 11 pupil"), a school year ("in Year 8"), the noun an age is said of past a
 * place ("a 13-year-old Kentucky girl") and a headline's noun in capitals ("CRACK DEALER, 13").
 */

// family words that may be a child: who they are is unknown
export const maybeChildren = new Set([
  'girl',
  'boy',
  'daughter',
  'son',
  'sister',
  'brother',
  'stepsister',
  'stepbrother',
  'niece',
  'nephew',
  'baby',
  'toddler',
  'pupil',
  'friend',
  'friends',
  'cousin',
  'sibling',
  'siblings',
]);
// "X is a schoolgirl", "X, a toddler,": words that say the person is a child; "pupil" only with its school year
export const schoolChildren = new Set(['schoolboy', 'schoolgirl', 'schoolchild', 'toddler']);

/** "Year 8" at `index`: a school year, 1 to 13, written with a capital. */
export const inSchoolYear = (words: readonly NoteWord[], index: number): boolean =>
  words[index]?.text === 'Year' &&
  !words[index + 1]?.breakBefore &&
  /^(?:[1-9]|1[0-3])$/.test(words[index + 1]?.text ?? '');

// nouns that say the person is a child, or a girl or boy: what a name is said to be ("Katie is a pupil"), what an
// age is said of ("Girl, 13, convicted")
export const childNouns = new Set([...maybeChildren, ...schoolChildren]);

/**
 * The noun a name is said to be, when it is a child's ("Shane is a Year 11 pupil", "Katie, a pupil at
 * Hill School"): its index, so the noun stands for the name and is no new person.
 */
export function predicateChildNoun(words: readonly NoteWord[], index: number): number | undefined {
  let cursor = index + 1;
  if (/^(?:is|was)$/.test(words[cursor]?.lower ?? '') && !words[cursor]?.breakBefore) cursor += 1;
  else if (!words[cursor]?.breakBefore) return undefined;
  if (!/^an?$/.test(words[cursor]?.lower ?? '')) return undefined;
  for (let next = cursor + 1; next <= cursor + 4; next += 1) {
    const word = words[next];
    if (!word || word.breakBefore) return undefined;
    if (childNouns.has(word.lower)) return next;
  }
  return undefined;
}

/** Past the place after a noun ("a pupil at Hill School"): the index of the place's last word, or the noun's. */
export function placeAfter(words: readonly NoteWord[], noun: number): number {
  if (!/^(?:at|in|from)$/.test(words[noun + 1]?.lower ?? '') || words[noun + 1]?.breakBefore) return noun;
  let last = noun + 1;
  while (words[last + 1] && !words[last + 1]?.breakBefore && /^\p{Lu}/u.test(words[last + 1]?.text ?? '')) last += 1;
  return last;
}

/** A word in capitals, as a headline writes a noun ("CRACK DEALER, 13"): two letters or more, no lower case. */
export const inCapitals = (word: NoteWord): boolean => /^\p{Lu}[\p{Lu}'’-]+$/u.test(word.text);

/**
 * The noun an age phrase is said of, past a word or two of a place or a school year before it: "a
 * 13-year-old Kentucky girl", "the 14-year-old Rotherham schoolgirl", "a 12-year-old Year 8 pupil". Its
 * index, or undefined when the words after the age are no such noun.
 */
export function nounAfterAge(words: readonly NoteWord[], start: number): number | undefined {
  for (let next = start; next <= start + 2; next += 1) {
    const word = words[next];
    if (!word || word.breakBefore) return undefined;
    if (femaleOthers.has(word.lower) || maleOthers.has(word.lower) || childNouns.has(word.lower)) {
      return next === start ? undefined : next;
    }
    // "a 12-year-old Year 8 pupil": the school year's number
    if (!/^\p{Lu}/u.test(word.text) && !inSchoolYear(words, next - 1)) return undefined;
  }
  return undefined;
}
