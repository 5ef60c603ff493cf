import { findWords } from '@casenote/rules';

/**
 * The words of a text, lower-cased with straight apostrophes (hyphenated words count as one), by
 * the one definition of a word every package shares (`findWords`).
 */
export function wordsOf(text: string): string[] {
  return findWords(text).map((word) => word.text.replace(/[\u2018\u2019\u02bc]/g, "'").toLowerCase());
}
