/*
 * A service term named as a concept: "The concept of corporate parenting was introduced in 1998", "the notion of
 * permanence". The writer discusses the idea the words name, as reports and briefings for councillors and professionals
 * do, not a child's or a family's own circumstances (precision37, dev-clean-26a and 33a). The engine drops such a jargon
 * finding beside a term the sentence defines (`retext-case-note.ts`, `definedWhereUsed` in quoted.ts).
 * Also initials named as a word (precision37b, service acronyms on clean dev text): "Some people call us ‘IROs’ for
 * short", "‘ISW’ will refer to independent social work", "just say the word ‘LAC’". Only these three: "the acronym
 * ‘LAC’", "the terms …", "stands for" and "known as" each lose a labelled find on the dev sets.
 */

// "the concept of", "the notion of ‘…’", "the idea of": right before the words, a quotation mark between at most
const conceptBefore = /\b(?:(?:concept|notion|idea)s?\s+of|the\s+word)\s+['‘“"]?$/i;
// "… for short" ending its clause (not "for short breaks"), right after the words, a closing quotation mark between at
// most; "‘…’ will refer to" only with the words quoted ("The LADO will refer to the police" is the officer acting)
const namedAfter = /^(?:['’”"]?\s+for\s+short\s*(?:[).,;:!?]|$)|['’”"]\s+will\s+refer\s+to\b)/i;

/** Whether the flagged words text[from, …) are named as a concept in their own sentence (which starts at sentenceStart). */
export function conceptNamed(text: string, sentenceStart: number, from: number, to = from): boolean {
  return (
    conceptBefore.test(text.slice(Math.max(sentenceStart, from - 40), from)) || namedAfter.test(text.slice(to, to + 30))
  );
}
