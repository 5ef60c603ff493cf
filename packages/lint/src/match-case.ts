const isAllCaps = (text: string): boolean => /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);

/**
 * Gives a suggestion the capitalisation of the words it replaces: a capital first letter when the
 * original had one (or starts a sentence), capitals throughout when the original shouted in them.
 * An acronym in capitals does not make its plain-words suggestion shout.
 */
export function matchCase(suggestion: string, actual: string, startsSentence: boolean, isAcronym: boolean): string {
  if (isAllCaps(actual) && !isAcronym && actual.length > 1) return suggestion.toUpperCase();
  const first = actual.charAt(0);
  const capitalise = startsSentence || (first !== first.toLowerCase() && !isAcronym);
  if (!capitalise) return suggestion;
  return suggestion.charAt(0).toUpperCase() + suggestion.slice(1);
}
