/** A word without its possessive "'s" ("Jade's" → "Jade"), as written otherwise. */
export const stripPossessive = (word: string): string =>
  word.endsWith("'s") || word.endsWith("'S") ? word.slice(0, -2) : word;
