import type { EditorDiagnostic } from '../types.ts';

/** Predicate for `DecorationSet.find`: the decoration carries a finding. */
export function isDiagnosticDecoration(spec: { diagnostic?: EditorDiagnostic }): boolean {
  return spec.diagnostic !== undefined;
}
