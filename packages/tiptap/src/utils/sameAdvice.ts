import type { Diagnostic } from '../types.ts';

type Advice = Pick<
  Diagnostic,
  'ruleId' | 'category' | 'severity' | 'actual' | 'message' | 'explanation' | 'source' | 'suggestions' | 'consider'
>;

const none: readonly string[] = [];

/** Two lists of wording with the same entries in the same order. */
const sameWording = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((wording, index) => wording === b[index]);

/**
 * Whether two findings say the same thing to the writer: rule, category, severity, flagged words,
 * message, explanation, source, suggestions and wording to consider (ranges and ids aside). No
 * allocation: it runs over every finding when results land.
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
    sameWording(a.suggestions, b.suggestions) &&
    sameWording(a.consider ?? none, b.consider ?? none)
  );
}
