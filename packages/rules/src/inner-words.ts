/**
 * The closed list of words the phrase matcher lets stand inside a term, just before its last word:
 * the kinds of harm and abuse a writer names inside the term itself. "Significant emotional harm" is
 * the legal test "significant harm" with its kind said, and is read as that term; the kind is kept
 * in the fix ("serious emotional harm"). One word at most, and never before a term's first word or
 * after its last: "emotional significant harm" or "significant harm emotionally" are not the term.
 * The list is short on purpose: every word here reaches every rule, so each one was measured on
 * every clean file (README, "jargon27") before it was kept.
 */
const innerWords: ReadonlySet<string> = new Set(['emotional', 'physical', 'sexual', 'psychological']);

/** Whether a word (lower case, as the matcher's `Token.lower`) may stand inside a term before its last word. */
export function isInnerWord(lower: string): boolean {
  return innerWords.has(lower);
}

/**
 * A rule's suggestions for a finding read with an inner word (`isInnerWord`): each suggestion that
 * ends with the term's last word takes the inner word before it, as the term did ("serious harm"
 * for "significant emotional harm" is "serious emotional harm"); a suggestion that does not end with
 * that word cannot say the kind of harm in its place, and is left out rather than lose it.
 *
 * @param suggestions The rule's suggestions.
 * @param lastWord The flagged words' last word, lower case ("harm").
 * @param inner The inner word as written ("emotional").
 */
export function withInnerWord(suggestions: readonly string[], lastWord: string, inner: string): string[] {
  const kept: string[] = [];
  for (const suggestion of suggestions) {
    const space = suggestion.lastIndexOf(' ');
    const last = suggestion.slice(space + 1);
    if (last.toLowerCase() !== lastWord) continue;
    kept.push(`${suggestion.slice(0, space + 1)}${inner} ${last}`);
  }
  return kept;
}
