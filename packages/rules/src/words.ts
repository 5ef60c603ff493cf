/**
 * How the phrase matcher reads a lone ampersand (one standing between spaces, a word by `findWords`):
 * as the word it stands for, so "Education, Health & Care Plan" is the same name as "Education,
 * Health and Care Plan" and "Mum & Dad" the same words as "Mum and Dad". "A&E" stays one word.
 */
export const ampersandReadAs = 'and';

/**
 * Whether `text[start, end)` is a lone ampersand: one "&" with a space (or the text's edge) on each
 * side, as `findWords` reads it. For parsers whose tree gives the ampersand as a mark, not a word.
 */
export function isLoneAmpersand(text: string, start: number, end: number): boolean {
  if (end !== start + 1 || text.charCodeAt(start) !== 38 /* & */) return false;
  return (start === 0 || /\s/.test(text.charAt(start - 1))) && (end === text.length || /\s/.test(text.charAt(end)));
}

/** A word of plain text and where it is. */
export interface WordSpan {
  /** The word as written. */
  text: string;
  /** UTF-16 offsets into the text (end exclusive). */
  start: number;
  end: number;
}

// Letters, digits and combining marks, joined by an apostrophe, hyphen, full stop or ampersand
// with letters on both sides: "don't", "after-school", "e.g", "A&E" are one word each. A
// trailing full stop or apostrophe ends the sentence or the quote, not the word. An ampersand
// standing alone between spaces is a word too, the "and" it stands for ("Mum & Dad", "Education,
// Health & Care Plan"): see `ampersandReadAs`.
const wordPattern =
  /[\p{L}\p{N}\p{M}]+(?:['\u2018\u2019\u02bc\-\u2010\u2011.&][\p{L}\p{N}\p{M}]+)*|&(?<=(?:^|\s)&)(?=\s|$)/gu;
const hyphens = /[-\u2010\u2011]/;

/**
 * The words of a text: the one definition of a word for every package (matching phrases,
 * counting words, ignore keys, keyword search), so that all of them agree on what a word is.
 *
 * @param text Any plain text.
 * @returns The words in order, with their offsets.
 * @example findWords("Jade's after-school club").map((word) => word.text) // ["Jade's", 'after-school', 'club']
 */
export function findWords(text: string): WordSpan[] {
  const words: WordSpan[] = [];
  // `exec` on the one pattern, not `matchAll` (which copies the pattern on every call: this runs for
  // every sentence, suggestion and fix checked)
  wordPattern.lastIndex = 0;
  for (let found = wordPattern.exec(text); found !== null; found = wordPattern.exec(text)) {
    words.push({ text: found[0], start: found.index, end: found.index + found[0].length });
  }
  return words;
}

/**
 * Calls `visit` with each word of `text` and its start, as `findWords` finds them, without building
 * the list (for hot paths that read each word once).
 */
export function forEachWord(text: string, visit: (word: string, start: number) => void): void {
  wordPattern.lastIndex = 0;
  for (let found = wordPattern.exec(text); found !== null; found = wordPattern.exec(text)) {
    const lastIndex = wordPattern.lastIndex;
    visit(found[0], found.index);
    // `visit` may find words itself: go on from this word's end
    wordPattern.lastIndex = lastIndex;
  }
}

/**
 * How many words a text has (a hyphenated word counts once).
 *
 * @example countWords('I visited you after-school.') // 4
 */
export function countWords(text: string): number {
  let count = 0;
  wordPattern.lastIndex = 0;
  while (wordPattern.exec(text) !== null) count += 1;
  return count;
}

/**
 * A word's parts between hyphens ("after-school" → "after", "school"), with offsets; a word
 * without hyphens is its own only part.
 */
export function hyphenParts(word: WordSpan): WordSpan[] {
  if (!hyphens.test(word.text)) return [word];
  const parts: WordSpan[] = [];
  let offset = 0;
  for (const part of word.text.split(hyphens)) {
    if (part.length > 0) parts.push({ text: part, start: word.start + offset, end: word.start + offset + part.length });
    offset += part.length + 1;
  }
  return parts;
}
