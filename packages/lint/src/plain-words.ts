/**
 * The words a Unicode word pattern finds, read by its plain-ASCII twin when the text has no other letter or
 * digit. The fit step reads the words of the text around every finding and of every fix, and a pattern of
 * Unicode classes (`\p{L}`, `\p{N}`) runs about three times slower than one of ASCII ranges; most of a
 * note is ASCII, with curly quotation marks and dashes. On such a text the two patterns find the same words
 * (`\p{L}` among ASCII characters is `A-Za-z`, `\p{N}` is `0-9`), so the answer does not change.
 */

/** Characters beyond ASCII that are neither letters nor digits, common in notes: quotation marks, dashes, … */
const plainMarks = new Set([0x2018, 0x2019, 0x201c, 0x201d, 0x2013, 0x2014, 0x2026, 0xa0, 0xa3]);

/** Whether every character of `text` is ASCII or one of `plainMarks` (no letter or digit beyond ASCII). */
export function isPlainText(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code >= 128 && !plainMarks.has(code)) return false;
  }
  return true;
}

/** A global Unicode word pattern and its twin with ASCII ranges in place of `\p{L}` and `\p{N}`. */
export interface WordPattern {
  unicode: RegExp;
  ascii: RegExp;
}

/** `text.match(pattern.unicode) ?? []`, by the ASCII twin where that finds the same. */
export function matchWords(text: string, pattern: WordPattern): string[] {
  return text.match(isPlainText(text) ? pattern.ascii : pattern.unicode) ?? [];
}
