const wordPattern = /[\p{L}\p{N}]+(?:['\u2019\-\u2010\u2011][\p{L}\p{N}]+)*/gu;

/** The words of a text, lower-cased with straight apostrophes (hyphenated words count as one). */
export function wordsOf(text: string): string[] {
  return Array.from(text.matchAll(wordPattern), (found) => found[0].replace(/\u2019/g, "'").toLowerCase());
}
