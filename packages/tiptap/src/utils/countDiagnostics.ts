import type { DiagnosticCounts, EditorDiagnostic } from '../types.ts';

/** Findings per category; categories with none are absent. */
export function countDiagnostics(diagnostics: readonly EditorDiagnostic[]): DiagnosticCounts {
  const counts: DiagnosticCounts = {};
  for (const { category } of diagnostics) counts[category] = (counts[category] ?? 0) + 1;
  return counts;
}
