// Where a labelled phrase sits in its sentence, for the measures that ask whether a finding lies on it (the lead's
// ruling, thirty-first session: the phrase is found on word boundaries, not as letters inside a longer word, so "LA"
// is found in "from the LA", not in "law"). The first whole-word occurrence, ignoring case. A phrase that occurs only
// inside longer words is not found (start -1): the fallback to its first letters went when no dev label needed it
// (the lead's answer 4, thirty-second session). `substring: true` gives the old reading (the first occurrence of the
// letters), for reporting figures both ways.
export interface Span {
  start: number;
  end: number;
}

const wordChar = /[\p{L}\p{N}]/u;

/** The phrase's place in the text: its first whole-word occurrence; start -1 when it is absent or only inside words. */
export function phraseSpan(text: string, phrase: string, options: { substring?: boolean } = {}): Span {
  const haystack = text.toLowerCase();
  const needle = phrase.toLowerCase();
  const first = haystack.indexOf(needle);
  if (options.substring || first < 0 || needle.length === 0) return { start: first, end: first + needle.length };
  for (let at = first; at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const before = at > 0 ? text[at - 1] : '';
    const after = text[at + needle.length] ?? '';
    const boundedBefore = !before || !wordChar.test(before) || !wordChar.test(needle[0] ?? '');
    const boundedAfter = !after || !wordChar.test(after) || !wordChar.test(needle.at(-1) ?? '');
    if (boundedBefore && boundedAfter) return { start: at, end: at + needle.length };
  }
  return { start: -1, end: -1 };
}

/** Whether the measures should read phrases the old way (`--substring` on their command line). */
export const substringFlag = (args: readonly string[]): boolean => args.includes('--substring');
