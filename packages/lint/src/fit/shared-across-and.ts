/**
 * Whether flagged words share a determiner or a head with words joined to them by "and" or "or" ("a care and
 * placement order", "a care order and placement order"): a fix in their place would part what they share.
 */
import type { Token } from '@casenote/rules';
import { isAuxiliary } from './word-classes.ts';

/**
 * "a care and placement order" (one word before "and" shares the flagged head), "a care order and placement
 * order" (the conjunct after shares the flagged words' determiner and head).
 */
export function sharedAcrossAnd(
  text: string,
  first: Token,
  last: Token,
  describesNoun: boolean,
): 'head' | 'determiner' | undefined {
  // (flagged words with a determiner or a verb of their own are a phrase or clause of their own: "a stranger and
  // should have known better", "on the bus and a relationship developed")
  const ownStart = determinerWords.has(first.lower) || isAuxiliary(first.lower);
  const before = text.slice(Math.max(0, first.start - 30), first.start);
  // (both tests end in "and" or "or": most places have neither just before, and the tests are slow to fail)
  if (!ownStart && conjunctionBefore.test(before)) {
    if (!describesNoun && sharedHeadBefore.test(before)) return 'head';
    if (orderHeads.has(last.lower) && orderKindBefore.test(before)) return 'head';
  }
  if (!/\b(?:a|an|the)\s+$/i.test(text.slice(Math.max(0, first.start - 5), first.start))) return undefined;
  const conjunct = bareConjunctAfter.exec(text.slice(last.end, last.end + 40));
  return conjunct && conjunct[1]?.toLowerCase() === last.lower ? 'determiner' : undefined;
}

const determinerWords = new Set([
  'a',
  'an',
  'the',
  'this',
  'that',
  'these',
  'those',
  'my',
  'your',
  'his',
  'her',
  'its',
  'our',
  'their',
]);
/** What `sharedHeadBefore` and `orderKindBefore` end with. */
const conjunctionBefore = /\s(?:and|or|&)\s+$/i;
/** "a care and " before the flagged words: one word that shares their head, after a determiner. */
const sharedHeadBefore = /\b(?:a|an|the)\s+[\p{L}-]+\s+(?:and|or)\s+$/iu;
/** "care and " before orders, plans or proceedings ("the subject of care and [placement orders]"): a kind of
 * order that shares the flagged words' head, without a determiner. */
const orderKindBefore = /\b(?:care|supervision|placement|adoption|residence|interim)\s+(?:and|or|&)\s+$/i;
const orderHeads = new Set(['orders', 'proceedings', 'plans', 'applications']);
/** " and placement order": a noun phrase with no determiner of its own after the flagged words. */
const bareConjunctAfter =
  /^\s+(?:and|or)\s+(?!(?:a|an|the|this|that|these|those|my|your|his|her|its|our|their|any|some|no|all|each|every)\b)[\p{L}-]+\s+([\p{L}-]+)/iu;
