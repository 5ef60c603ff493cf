import { ANY, expandPattern, type Step } from './pattern.ts';
import type { MatcherInput } from './matcher.ts';

/** Reported by `findPhraseClashes` when two rules compile to the same word sequence. */
export interface PhraseClash {
  rule: number;
  otherRule: number;
  phrase: string;
}

function describe(steps: Step[]): string {
  return steps.map((step) => (step === ANY ? '*' : step.replace(/^=/, ''))).join(' ');
}

/** The key two rules clash on: a word sequence with its flagged span, for each sequence the patterns stand for. */
export function* phraseKeys(input: MatcherInput): Generator<{ key: string; steps: Step[] }> {
  for (const pattern of input.patterns)
    for (const sequence of expandPattern(pattern, input.caseSensitive ?? false))
      yield {
        key: `${sequence.spanStart}:${sequence.spanEnd}:${sequence.steps.map((step) => (step === ANY ? '*' : step)).join('\u0001')}`,
        steps: sequence.steps,
      };
}

/**
 * Every phrase the rules match, with the first rule that matches it: what `findPhraseClashes` checks
 * another set against (`validateRuleSet` passes only the earlier rules that share a new phrase's words).
 */
export function phraseOwners(inputs: readonly MatcherInput[]): ReadonlyMap<string, number> {
  const owners = new Map<string, number>();
  for (const input of inputs)
    for (const { key } of phraseKeys(input)) if (!owners.has(key)) owners.set(key, input.rule);
  return owners;
}

/**
 * Finds phrases that two rules both match (every expanded word sequence, compared with its
 * flagged span), among `inputs` and, when given, against the phrases of rules checked before
 * (`phraseOwners`). Used when validating rule sets, not on the hot path.
 */
export function findPhraseClashes(
  inputs: readonly MatcherInput[],
  before: ReadonlyMap<string, number> = new Map(),
): PhraseClash[] {
  const owners = new Map<string, number>();
  const clashes: PhraseClash[] = [];
  for (const input of inputs) {
    for (const { key, steps } of phraseKeys(input)) {
      const owner = before.get(key) ?? owners.get(key);
      if (owner === undefined) owners.set(key, input.rule);
      else if (owner !== input.rule) clashes.push({ rule: input.rule, otherRule: owner, phrase: describe(steps) });
    }
  }
  return clashes;
}
