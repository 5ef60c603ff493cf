import { severities, type Severity } from '@casenote/lint';
import type { FileReport } from './report.ts';

/**
 * Formats reports one finding a line, `path:line:column severity message (ruleId)`, then a summary
 * line with the count per severity and the number of files.
 */
export function formatText(reports: FileReport[]): string {
  const lines: string[] = [];
  const counts = new Map<Severity, number>(severities.map((severity) => [severity, 0]));
  for (const report of reports) {
    for (const diagnostic of report.diagnostics) {
      // Keep each finding on one line even if a message were to contain a line break.
      const message = diagnostic.message.replace(/\s+/g, ' ').trim();
      lines.push(
        `${report.path}:${diagnostic.line}:${diagnostic.column} ${diagnostic.severity} ${message} (${diagnostic.ruleId})`,
      );
      counts.set(diagnostic.severity, (counts.get(diagnostic.severity) ?? 0) + 1);
    }
    lines.push(`${report.path}: ${describeSummary(report)}`);
    if (report.record) lines.push(`${report.path}: ${describeRecord(report.record)}`);
  }
  lines.push(summarise(counts, reports.length));
  return `${lines.join('\n')}\n`;
}

const severityNouns: Record<Severity, [one: string, many: string]> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  info: ['info', 'info'],
  hint: ['hint', 'hints'],
};

function summarise(counts: Map<Severity, number>, fileCount: number): string {
  const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
  const files = plural(fileCount, 'file', 'files');
  if (total === 0) return `No findings in ${files}.`;
  const perSeverity = severities.map((severity) => plural(counts.get(severity) ?? 0, ...severityNouns[severity]));
  return `${plural(total, 'finding', 'findings')} in ${files}: ${perSeverity.join(', ')}.`;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** One line on how the note speaks to the child. */
function describeSummary({ summary }: FileReport): string {
  const share =
    summary.writtenToChildShare === null
      ? 'no sentences to or about the child'
      : `${Math.round(summary.writtenToChildShare * 100)} % written to the child (${summary.toChild} of ${summary.toChild + summary.aboutChild} sentences)`;
  const voice = summary.childVoice ? "child's voice recorded" : "child's voice not recorded";
  const missing = summary.missingChildren.length > 0 ? `; not mentioned: ${summary.missingChildren.join(', ')}` : '';
  const reading = summary.readingAge === null ? '' : `; reading age ${summary.readingAge}`;
  return `${share}; ${voice}${missing}${reading}`;
}

const statusWords = { missing: 'missing', empty: 'empty', thin: 'needs more', complete: 'done' } as const;

/** One line on the contact record: how many sections are done and which are not. */
function describeRecord(record: NonNullable<FileReport['record']>): string {
  const done = record.sections.filter((section) => section.status === 'complete').length;
  const open = record.sections
    .filter((section) => section.status !== 'complete')
    .map((section) => `${section.heading} (${statusWords[section.status]})`);
  return `record ${done} of ${record.sections.length} sections done${open.length > 0 ? `; ${open.join(', ')}` : ''}`;
}
