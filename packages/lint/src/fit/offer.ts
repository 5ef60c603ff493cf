/**
 * What a phrase rule's finding offers: each of the rule's suggestions fitted to its sentence, in the
 * capitals of the words it replaces, kept if it reads cleanly and the rule would not flag it again.
 */
import type { CompiledRules } from '../compile-rules.ts';
import { matchCase } from '../match-case.ts';
import { fitFinding, ruleLemmas, stillFlagged, type FitContext, type FittedFinding } from './index.ts';

/**
 * Each of a rule's suggestions fitted to the sentence, kept if it reads cleanly and the rule would
 * not flag it again; the range may take in an auxiliary or an article.
 */
export function fitAndCheck(
  compiled: CompiledRules,
  ruleNumber: number,
  where: Omit<FitContext, 'ruleLemmas'>,
  isAcronym: boolean,
): FittedFinding {
  const { rule } = compiled.active[ruleNumber] as CompiledRules['active'][number];
  const context = { ...where, ruleLemmas: ruleLemmas(rule), category: rule.category };
  const fitted = fitFinding(context, rule.suggestions, (suggestion, replaced, startsSentence) =>
    matchCase(suggestion, replaced, startsSentence, isAcronym),
  );
  const suggestions = fitted.suggestions.filter(
    (fix) => !stillFlagged(compiled.matcher, ruleNumber, context, fitted.from, fitted.to, fix),
  );
  return { from: fitted.from, to: fitted.to, suggestions };
}
