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

/**
 * Finds phrases that two rules both match (every expanded word sequence, compared with its
 * flagged span). Used when validating rule sets, not on the hot path.
 */
export function findPhraseClashes(inputs: MatcherInput[]): PhraseClash[] {
  const owners = new Map<string, number>();
  const clashes: PhraseClash[] = [];
  for (const input of inputs) {
    for (const pattern of input.patterns) {
      for (const sequence of expandPattern(pattern, input.caseSensitive ?? false)) {
        const key = `${sequence.spanStart}:${sequence.spanEnd}:${sequence.steps.map((step) => (step === ANY ? '*' : step)).join('\u0001')}`;
        const owner = owners.get(key);
        if (owner === undefined) owners.set(key, input.rule);
        else if (owner !== input.rule)
          clashes.push({ rule: input.rule, otherRule: owner, phrase: describe(sequence.steps) });
      }
    }
  }
  return clashes;
}
