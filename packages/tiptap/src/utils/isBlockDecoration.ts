/** Predicate for `DecorationSet.find`: the decoration carries a finding of the per-paragraph lint. */
export function isBlockDecoration(spec: { diagnostic?: unknown; origin?: string }): boolean {
  return spec.diagnostic !== undefined && spec.origin !== 'analysis';
}
