/**
 * The form in which allowed phrases and flagged text are compared: curly apostrophes straightened,
 * any run of spaces (including non-breaking ones and line breaks) made one space, trimmed, lower
 * case. Use it on both sides: `normalisePhrase(allowed) === normalisePhrase(finding.actual)`.
 *
 * @example normalisePhrase('  Child’s   PLAN ') // "child's plan"
 */
export function normalisePhrase(phrase: string): string {
  return phrase
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
