import { isNotName } from './lexicon.ts';
import { gapAfter, nameReadings, stripPossessive } from './names.ts';
import type { NoteSentence, NoteWord } from './read-note.ts';

// word lists read in loops, made once (an array written in a loop is a new array each time it runs)
const isWas = ['is', 'was'];

/**
 * Children a note declares by age or by apposition, the way judgments and reports introduce them:
 * "Paul (15)", "Marcus, aged 15", "MN 7 months", "C is 11 years old", "a son, C1,", "a little girl
 * called GB", "identified only by the initial B". A cipher ("C1", "MN", "B") is read as a name only
 * when it is declared so; a name with an adult's age ("CM 22 years") is not declared a child.
 */
export interface DeclaredChild {
  /** The name or cipher as written (without a possessive). */
  display: string;
  /** Times it is written in the note outside quotation marks. */
  mentions: number;
  /** A cipher ("C1", "MN") rather than a name: never shown in messages. */
  cipher: boolean;
}

const numberWords = new Map(
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen'
    .split(' ')
    .map((word, index) => [word, index + 1]),
);
const cipherPattern = /^(?:[A-Z]{1,3}|[A-Z][0-9])$/;
const childNouns = new Set('son daughter child boy girl baby infant toddler'.split(' '));
const cipherWords = new Set(['initial', 'initials', 'cipher', 'pseudonym']);

/** A word without its possessive, and an initial without its full stop ("Z." is "Z"). */
const cipherOf = (text: string): string => {
  const bare = stripPossessive(text);
  // most words end in no full stop: read without the expression
  return bare.endsWith('.') ? bare.replace(/^(\p{Lu})\.$/u, '$1') : bare;
};

/** The number a word gives ("15", "fifteen"), or -1. */
function numberOf(word: NoteWord | undefined): number {
  if (!word) return -1;
  if (/^\d{1,3}$/.test(word.lower)) return Number(word.lower);
  return numberWords.get(word.lower) ?? -1;
}

/** Whether the words from `at` give a child's age: "15", "7 months", "11 years old", "aged 4". */
function childAgeAt(words: NoteWord[], at: number, bareNumber: boolean): boolean {
  let index = at;
  if (words[index]?.lower === 'aged' || words[index]?.lower === 'age') index += 1;
  const age = numberOf(words[index]);
  if (age < 0) return false;
  const unit = words[index + 1]?.lower ?? '';
  if (/^(?:months?|weeks?|days?)$/.test(unit)) return true;
  if (/^years?$/.test(unit) || index > at) return age < 18;
  return bareNumber && age < 18;
}

/** Whether the word at `index` is declared a child by what follows or comes before it. */
function declaredAt(sentence: NoteSentence, index: number): boolean {
  const words = sentence.words;
  const after = gapAfter(sentence, index);
  // "Paul (15)", "Marcus, aged 15", "MN 7 months", "C, 11,"
  if (/^\s*\(\s*$/.test(after) && childAgeAt(words, index + 1, true)) return true;
  if (/^\s*,?\s*$/.test(after) && childAgeAt(words, index + 1, false)) return true;
  // "C is 11 years old", "Jade, who is 9,"
  let verb = index + 1;
  if (words[verb]?.lower === 'who') verb += 1;
  if (isWas.includes(words[verb]?.lower ?? '') && childAgeAt(words, verb + 1, true)) return true;
  // "a son, C1,", "a little girl called GB", "the initial B"
  const previous = words[index - 1]?.lower ?? '';
  const before = words[index - 2]?.lower ?? '';
  // ("an initial PLO meeting": the adjective before a meeting's name declares no one)
  if (cipherWords.has(previous) && before !== 'an' && before !== 'a') return true;
  if ((previous === 'called' || previous === 'named') && childNouns.has(stripPossessive(before))) return true;
  const gapBefore = index > 0 ? gapAfter(sentence, index - 1) : '';
  return /^\s*,\s*$/.test(gapBefore) && childNouns.has(previous);
}

/**
 * Whether a press-style age set off by commas follows the word at `index`: "Harry Miller, 13, a member of…", "Wil
 * Jenkinson, eight, of 1st Chinnor Scouts". A bare number after a name is read as an age only between commas
 * ("Paul, 15 and Amy" is not one).
 */
function pressAgeAfter(sentence: NoteSentence, index: number): boolean {
  if (!/^\s*,\s*$/.test(gapAfter(sentence, index))) return false;
  const age = numberOf(sentence.words[index + 1]);
  return age > 0 && age < 18 && /^\s*,/.test(gapAfter(sentence, index + 1));
}

/** The children a note declares by age or apposition, in order of first declaration. */
export function declaredChildren(sentences: NoteSentence[]): DeclaredChild[] {
  const found = new Map<string, DeclaredChild>();
  for (const sentence of sentences) {
    const readings = nameReadings(sentence);
    for (let index = 0; index < sentence.words.length; index += 1) {
      const word = sentence.words[index] as NoteWord;
      if (word.quoted) continue;
      // a cipher starts with a capital letter (A-Z); anything else needs a name's reading
      const first = word.text.charCodeAt(0);
      if (readings[index] !== 'name' && !(first >= 65 && first <= 90)) continue;
      const bare = cipherOf(word.text);
      const cipher = cipherPattern.test(bare) && bare !== 'A' && bare !== 'I' && !isNotName(bare.toLowerCase());
      if (!cipher && readings[index] !== 'name') continue;
      if (found.has(bare)) continue;
      // "Wil Jenkinson, eight, of…": the first name declared by the age after the surname
      const press =
        readings[index] === 'name' &&
        (pressAgeAfter(sentence, index) || (readings[index + 1] === 'surname' && pressAgeAfter(sentence, index + 1)));
      if (!press && !declaredAt(sentence, index)) continue;
      found.set(bare, { display: bare, mentions: 0, cipher });
    }
  }
  if (found.size === 0) return [];
  // only a word that starts as a declared child does is read again (the possessive and full stop go at its end)
  const firsts = new Set([...found.keys()].map((key) => key[0]));
  for (const sentence of sentences)
    for (const word of sentence.words) {
      if (word.quoted || !firsts.has(word.text[0])) continue;
      const entry = found.get(cipherOf(word.text));
      if (entry) entry.mentions += 1;
    }
  return [...found.values()];
}
