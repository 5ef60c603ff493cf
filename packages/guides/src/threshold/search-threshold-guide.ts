import type { ThresholdGuide, ThresholdSearchResult } from './types.ts';

function fold(text: string): string {
  return text
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u2010\u2011\u2013]/g, '-')
    .toLowerCase();
}

/**
 * Searches a threshold guide for a panel's search box: every word of the query must occur (ignoring
 * case) in a level's name and description, or in an indicator's text and keywords. An empty query
 * matches everything, so the panel shows the whole guide.
 *
 * @param guide A validated guide.
 * @param query What the worker typed.
 * @returns The levels with a match, in guide order: whether the level itself matches, and which of its
 *   indicators do.
 * @example
 * searchThresholdGuide(exampleThresholdGuide, 'school'); // levels whose indicators mention school
 */
export function searchThresholdGuide(guide: ThresholdGuide, query: string): ThresholdSearchResult[] {
  const terms = fold(query)
    .split(/\s+/)
    .filter((term) => term.length > 0);
  const matches = (...fields: string[]): boolean => {
    const haystack = fold(fields.join('\n'));
    return terms.every((term) => haystack.includes(term));
  };
  return guide.levels.flatMap((level): ThresholdSearchResult[] => {
    const levelMatches = matches(level.name, level.description);
    const indicatorIds = level.indicators
      .filter((indicator) => matches(indicator.text, ...indicator.keywords))
      .map((indicator) => indicator.id);
    return levelMatches || indicatorIds.length > 0 ? [{ levelId: level.id, levelMatches, indicatorIds }] : [];
  });
}
