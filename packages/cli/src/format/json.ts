import type { FileReport } from './report.ts';

/**
 * Formats reports as `{"files":[{"path","diagnostics":[…],"summary":{…},"sentences":[…]}]}`. Every diagnostic has the same keys in
 * the same order; `source` is `null` when the rule cites no URL.
 */
export function formatJson(reports: FileReport[]): string {
  const files = reports.map((report) => ({
    path: report.path,
    diagnostics: report.diagnostics.map((diagnostic) => ({
      from: diagnostic.from,
      to: diagnostic.to,
      line: diagnostic.line,
      column: diagnostic.column,
      ruleId: diagnostic.ruleId,
      category: diagnostic.category,
      severity: diagnostic.severity,
      message: diagnostic.message,
      explanation: diagnostic.explanation,
      actual: diagnostic.actual,
      suggestions: diagnostic.suggestions,
      // every diagnostic has the same keys in the same order: wording to consider is empty for most
      consider: diagnostic.consider ?? [],
      source: diagnostic.source ?? null,
    })),
    summary: report.summary,
    sentences: report.sentences,
    ...(report.record ? { record: report.record } : {}),
  }));
  return `${JSON.stringify({ files }, null, 2)}\n`;
}
