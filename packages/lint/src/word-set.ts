/** A set of words from a list written with spaces or line breaks between them: one home for the engine's word lists. */
export const wordSet = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));
