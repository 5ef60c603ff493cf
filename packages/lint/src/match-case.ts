const isAllCaps = (text: string): boolean => /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);

/**
 * Gives a suggestion the capitalisation of its place: a capital first letter when it starts a sentence,
 * capitals throughout when the words it replaces shouted in them. An acronym in capitals does not make
 * its plain-words suggestion shout, and a capital the replaced words have mid-sentence is a name's ("the
 * PLO meeting", "at the Initial Case Conference"): plain words in their place take none.
 */
export function matchCase(suggestion: string, actual: string, startsSentence: boolean, isAcronym: boolean): string {
  // "SSW" (one short word in capitals) → "foster carer's social worker", not in capitals
  const initials = !/\s/.test(actual) && actual.length <= 5 && /\s/.test(suggestion);
  if (isAllCaps(actual) && !isAcronym && actual.length > 1 && !initials) return suggestion.toUpperCase();
  // mid-sentence a capital is a name's ("at the Initial Case Conference", "a Pathway plan"), and plain words
  // in its place take none: "at the meeting about keeping the child safe", not "at the Meeting about …"
  if (!startsSentence) return suggestion;
  return suggestion.charAt(0).toUpperCase() + suggestion.slice(1);
}
