// One home for telling a headline item apart (the lead's answer 3 to deficit40): an item whose `genre` is `headline`
// (a headline, a law report's title or a post's title, marked in the dev files). The measure scripts take
// `--headlines` and report headline items and the other items apart with these helpers.

/** True for an item marked `genre: headline`. */
export const isHeadline = (item: { genre?: unknown }): boolean => item.genre === 'headline';

/** True when the command line asks for headlines to be reported apart. */
export const headlinesApart = (argv: readonly string[] = process.argv): boolean => argv.includes('--headlines');

/**
 * The parts to report: every item, and with `apart` the headline items and the other items on their own lines.
 * @returns label and items, the whole set first
 */
export function headlineParts<T extends { genre?: unknown }>(items: readonly T[], apart: boolean): [string, T[]][] {
  const all: [string, T[]] = ['all items', [...items]];
  if (!apart) return [all];
  return [all, ['headlines', items.filter(isHeadline)], ['not headlines', items.filter((item) => !isHeadline(item))]];
}

/** The text as the title test compares it: lower case, no quotation marks or punctuation, single spaces. */
const titleKey = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The mechanical headline test deficit41 marked the dev files by (the lead's answer 4 to deficit41): an item whose
 * text, compared as `titleKey` does and at least three words long, is found inside its document's title (`doc`). It
 * reads no label, so it can mark a set nobody may read (the sealed sets' headline figures).
 */
export const textIsDocTitle = (text: string, doc: unknown): boolean => {
  if (typeof doc !== 'string') return false;
  const key = titleKey(text);
  return key.split(' ').length >= 3 && titleKey(doc).includes(key);
};
