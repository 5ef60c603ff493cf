const isAllCaps = (text: string): boolean => /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
// "PLO meeting", "CP conference": a first word of two or more capitals before more words
const acronymFirst = /^\p{Lu}[\p{Lu}\d]+(?:['’]?s)?\s/u;
const opensWithAcronym = (text: string): boolean => acronymFirst.test(text);

/**
 * Gives a suggestion the capitalisation of the words it replaces: a capital first letter when the
 * original had one (or starts a sentence), capitals throughout when the original shouted in them.
 * An acronym in capitals does not make its plain-words suggestion shout, and an acronym opening the
 * replaced words mid-sentence ("the PLO meeting") does not give the suggestion a capital.
 */
export function matchCase(suggestion: string, actual: string, startsSentence: boolean, isAcronym: boolean): string {
  // "SSW" (one short word in capitals) → "foster carer's social worker", not in capitals
  const initials = !/\s/.test(actual) && actual.length <= 5 && /\s/.test(suggestion);
  if (isAllCaps(actual) && !isAcronym && actual.length > 1 && !initials) return suggestion.toUpperCase();
  const first = actual.charAt(0);
  const capitalise =
    startsSentence || (first !== first.toLowerCase() && !isAcronym && !initials && !opensWithAcronym(actual));
  // "gives Parental Responsibility" → "gives the legal right…", not "gives The legal right…"
  if (!capitalise || (!startsSentence && /^(the|a|an) /.test(suggestion))) return suggestion;
  return suggestion.charAt(0).toUpperCase() + suggestion.slice(1);
}
