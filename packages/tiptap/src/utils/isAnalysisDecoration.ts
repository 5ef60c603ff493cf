/** Predicate for `DecorationSet.find`: the decoration carries a finding of the whole-note analysis. */
export function isAnalysisDecoration(spec: { diagnostic?: unknown; origin?: string }): boolean {
  return spec.diagnostic !== undefined && spec.origin === 'analysis';
}
