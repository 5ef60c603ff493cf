/**
 * The fitting step: before a finding's suggestions are offered as one-click fixes, each is fitted to
 * its sentence (see fit-suggestion.ts). A suggestion with no correct fit is dropped; the finding
 * keeps its explanation. When fits take in neighbouring words ("is" before "putting herself at
 * risk"), the finding's range grows to cover every fit and each fix carries the words it keeps.
 */
import type { Rule } from '@casenote/rules';
import { fitSuggestion, type Fitted } from './fit-suggestion.ts';
import type { FitContext } from './slot.ts';

export type { FitContext } from './slot.ts';
export { fitSuggestion } from './fit-suggestion.ts';

export interface FittedFinding {
  from: number;
  to: number;
  suggestions: string[];
}

/**
 * Fits every suggestion of one finding.
 *
 * @param applyCase gives a fitted suggestion the capitalisation of the words it replaces.
 */
export function fitFinding(
  context: FitContext,
  suggestions: readonly string[],
  applyCase: (suggestion: string, replaced: string, startsSentence: boolean) => string,
): FittedFinding {
  const first = context.tokens[context.start];
  const last = context.tokens[context.end - 1];
  const from0 = first?.start ?? 0;
  const to0 = last?.end ?? 0;
  const fits: Fitted[] = [];
  for (const suggestion of suggestions) {
    const fitted = fitSuggestion(context, suggestion);
    if (fitted) fits.push(fitted);
  }
  if (fits.length === 0) return { from: from0, to: to0, suggestions: [] };
  const from = Math.min(from0, ...fits.map((fit) => fit.from));
  const to = Math.max(to0, ...fits.map((fit) => fit.to));
  const { text } = context;
  const fitted = fits.map(
    (fit) =>
      text.slice(from, fit.from) +
      applyCase(fit.text, text.slice(fit.from, fit.to), fit.fromToken === 0) +
      text.slice(fit.to, to),
  );
  return { from, to, suggestions: [...new Set(fitted)] };
}

const verbInPattern = /\{([\p{L}']+)\}/gu;
const lemmaCache = new WeakMap<Rule, string[]>();

/** The verbs a rule's patterns inflect (`{put} <self> at risk` → ["put"]). */
export function ruleLemmas(rule: Rule): string[] {
  let lemmas = lemmaCache.get(rule);
  if (!lemmas) {
    lemmas = [
      ...new Set(rule.patterns.flatMap((pattern) => [...pattern.matchAll(verbInPattern)].map((m) => m[1] as string))),
    ];
    lemmaCache.set(rule, lemmas);
  }
  return lemmas;
}
