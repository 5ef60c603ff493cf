import type { Diagnostic } from '../types.ts';

type Advice = Pick<
  Diagnostic,
  'ruleId' | 'category' | 'severity' | 'actual' | 'message' | 'explanation' | 'source' | 'suggestions' | 'consider'
>;

/**
 * Whether two findings say the same thing to the writer: rule, category, severity, flagged words,
 * message, explanation, source, suggestions and wording to consider (ranges and ids aside). No allocation: it runs over
 * every finding when results land.
 */
export function sameAdvice(a: Advice, b: Advice): boolean {
  return (
    a.ruleId === b.ruleId &&
    a.category === b.category &&
    a.severity === b.severity &&
    a.actual === b.actual &&
    a.message === b.message &&
    a.explanation === b.explanation &&
    a.source === b.source &&
    a.suggestions.length === b.suggestions.length &&
    a.suggestions.every((suggestion, index) => suggestion === b.suggestions[index]) &&
    (a.consider ?? []).length === (b.consider ?? []).length &&
    (a.consider ?? []).every((wording, index) => wording === b.consider?.[index])
  );
}
