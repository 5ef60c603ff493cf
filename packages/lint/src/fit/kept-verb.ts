/**
 * A verb the flagged words open with, which the suggestion must keep (fixes39, the twenty-sixth reading sample,
 * fix-reading-38.yml): "when you first become looked after" → "when you first come into care", never "when you first
 * in care"; "results in a child becoming looked after" → not "results in a child in care". Where the flagged words open
 * with a verb the rule's pattern inflects (`{become}`), a suggestion that opens with no verb leaves the clause without
 * one (every such fix on the samples and the dev files was read broken), so it is held back; the rule's other
 * suggestion ("came into care") keeps the verb and stays.
 */
import type { Token } from '@casenote/rules';
import type { FitContext } from './slot.ts';
import { verbReadings } from './verbs.ts';
import { beForms } from './word-classes.ts';

const prepositions = /^(?:in|into|at|on|under|out|within|without|with|from|of|for)$/i;

/** Whether `suggestion` drops the verb the flagged words open with: it opens with a preposition. */
export function losesItsVerb(context: FitContext, suggestion: string): boolean {
  const first = context.tokens[context.start] as Token | undefined;
  if (!first || context.ruleLemmas.length === 0) return false;
  // the flagged words open with a form of a verb the rule inflects ("become", "becoming", "became")
  if (!verbReadings(first.lower, context.ruleLemmas).some((reading) => context.ruleLemmas.includes(reading.lemma)))
    return false;
  // a form of "be" the fix leaves before it takes the phrase as its complement ("Jade is playing with fire" → "Jade is
  // in danger")
  const before = context.tokens[context.start - 1];
  if (before && beForms.has(before.lower)) return false;
  return prepositions.test(suggestion.split(/\s+/)[0] ?? '');
}

const negative = /\b(?:not|no|never|without|un\p{Ll}+)\b|n['’]t\b/iu;

/** Whether the flagged words are one word, "un-" and a form of the rule's own verb ("unallocated"), and `suggestion` drops the "un-". */
export function losesItsNegative(context: FitContext, suggestion: string): boolean {
  if (context.end !== context.start + 1 || context.ruleLemmas.length === 0) return false;
  const word = (context.tokens[context.start] as Token).lower;
  if (!word.startsWith('un') || word.length < 6) return false;
  const rest = word.slice(2);
  if (!verbReadings(rest, context.ruleLemmas).some((reading) => context.ruleLemmas.includes(reading.lemma)))
    return false;
  return !negative.test(suggestion);
}
