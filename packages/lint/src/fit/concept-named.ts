/*
 * A service term named as a concept: "The concept of corporate parenting was introduced in 1998", "the notion of
 * permanence". The writer discusses the idea the words name, as reports and briefings for councillors and professionals
 * do, not a child's or a family's own circumstances (precision37, dev-clean-26a and 33a). The engine drops such a jargon
 * finding beside a term the sentence defines (`retext-case-note.ts`, `definedWhereUsed` in quoted.ts).
 */

// "the concept of", "the notion of ‘…’", "the idea of": right before the words, a quotation mark between at most
const conceptBefore = /\b(?:concept|notion|idea)s?\s+of\s+['‘“"]?$/i;

/** Whether the flagged words text[from, …) are named as a concept in their own sentence (which starts at sentenceStart). */
export function conceptNamed(text: string, sentenceStart: number, from: number): boolean {
  return conceptBefore.test(text.slice(Math.max(sentenceStart, from - 40), from));
}
