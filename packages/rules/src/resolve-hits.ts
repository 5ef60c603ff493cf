import type { AcceptKind } from './compile-pattern.ts';

/** One place a rule's pattern matched, in token indices (end exclusive). */
export interface Hit {
  rule: number;
  kind: AcceptKind;
  /** The flagged span. */
  start: number;
  end: number;
  /** The whole matched sequence, context included. */
  fullStart: number;
  fullEnd: number;
  /** A word read inside the term before its last word (`isInnerWord`: "significant emotional harm"), by token index. */
  inner?: number;
  /** The flagged words' last word was read without its possessive ending ("a looked after child's care"): the finding ends before the "'s". */
  possessive?: true;
}

/**
 * Drops matches that fall inside one of their rule's exceptions, and repeated matches of one rule
 * over the same words (keeping the longest), returning flagged hits in text order.
 */
export function resolveHits(hits: readonly Hit[]): Hit[] {
  // most sentences have no match at all, and most of the rest one or two and no exception
  if (hits.length === 0) return [];
  if (!hits.some((hit) => hit.kind === 'exception')) {
    const matches = hits.filter((hit) => hit.kind === 'match');
    return matches.length <= 1 ? matches : keepLongest(matches);
  }
  // each rule's exceptions sorted by start, with the furthest end reached so far: a match is
  // excepted when the last exception starting at or before it reaches its end (a binary search)
  const exceptions = new Map<number, { starts: number[]; reach: number[] }>();
  for (const hit of [...hits].filter((one) => one.kind === 'exception').sort((a, b) => a.fullStart - b.fullStart)) {
    let rule = exceptions.get(hit.rule);
    if (!rule) {
      rule = { starts: [], reach: [] };
      exceptions.set(hit.rule, rule);
    }
    rule.starts.push(hit.fullStart);
    rule.reach.push(Math.max(hit.fullEnd, rule.reach.at(-1) ?? -1));
  }
  const excepted = (hit: Hit): boolean => {
    const rule = exceptions.get(hit.rule);
    if (!rule) return false;
    let low = 0;
    let high = rule.starts.length - 1;
    if ((rule.starts[0] as number) > hit.start) return false;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((rule.starts[middle] as number) <= hit.start) low = middle;
      else high = middle - 1;
    }
    return (rule.reach[low] as number) >= hit.end;
  };
  return keepLongest(hits.filter((hit) => hit.kind === 'match' && !excepted(hit)));
}

/** Of matches of one rule over the same words, the longest; in text order. */
function keepLongest(matches: Hit[]): Hit[] {
  matches.sort((a, b) => a.start - b.start || b.end - a.end || a.rule - b.rule);
  // in start order, a match overlaps a kept one of its rule exactly when it starts before the
  // furthest end kept for that rule
  const keptEnd = new Map<number, number>();
  const kept: Hit[] = [];
  for (const hit of matches) {
    if (hit.start < (keptEnd.get(hit.rule) ?? -1)) continue;
    kept.push(hit);
    keptEnd.set(hit.rule, Math.max(hit.end, keptEnd.get(hit.rule) ?? -1));
  }
  return kept;
}
