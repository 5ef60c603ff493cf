import { readingWords } from './generated/reading-words.ts';

// The word lists two of the reading-age formulas count with, shipped compact (see
// scripts/build-reading-words.ts) and read into sets on first use.
// - The Dale–Chall list of familiar words (from the `dale-chall` package, MIT): sorted, each word
//   written as how many letters it shares with the word before (one digit) and the rest; `!`
//   before a word that is on the Spache list too.
// - After `|`, the Spache words that are not on the Dale–Chall list (from `spache`, MIT), likewise.

/** The encoding's marks: no word on either list has a digit, `!` or `|`. */
export const spacheMark = '!';
export const listBreak = '|';

/** Words written as shared-prefix digit and rest; `mark` before a word flags it. */
export function encodeSortedWords(words: readonly string[], flagged: (word: string) => boolean = () => false): string {
  let previous = '';
  let out = '';
  for (const word of words) {
    if (/[0-9!|]/.test(word)) throw new Error(`reading words: "${word}" holds a digit, "!" or "|"`);
    let shared = 0;
    while (shared < 9 && shared < previous.length && previous[shared] === word[shared]) shared += 1;
    out += (flagged(word) ? spacheMark : '') + shared + word.slice(shared);
    previous = word;
  }
  return out;
}

/** The words of `encodeSortedWords`, each with whether it was flagged. */
export function decodeSortedWords(encoded: string): Array<{ word: string; flagged: boolean }> {
  const words: Array<{ word: string; flagged: boolean }> = [];
  let previous = '';
  for (const [, mark, digit, rest] of encoded.matchAll(/(!?)([0-9])([^0-9!]*)/g)) {
    previous = previous.slice(0, Number(digit)) + rest;
    words.push({ word: previous, flagged: mark === spacheMark });
  }
  return words;
}

let lists: { daleChall: ReadonlySet<string>; spache: ReadonlySet<string> } | undefined;

/** The Dale–Chall familiar words and the Spache words, lower case. */
export function readingWordLists(): { daleChall: ReadonlySet<string>; spache: ReadonlySet<string> } {
  if (lists) return lists;
  const [familiar = '', spacheOnly = ''] = readingWords.split(listBreak);
  const daleChall = new Set<string>();
  const spache = new Set<string>();
  for (const { word, flagged } of decodeSortedWords(familiar)) {
    daleChall.add(word);
    if (flagged) spache.add(word);
  }
  for (const { word } of decodeSortedWords(spacheOnly)) spache.add(word);
  lists = { daleChall, spache };
  return lists;
}
