import { severities } from '@casenote/lint';
import {
  barChart,
  categoryName,
  chartWithTable,
  escapeHtml,
  histogramChart,
  severityName,
  whole,
} from './html-parts.ts';
import type { AuditReport } from './report-model.ts';

/** Info- and hint-level rules listed after every error- and warning-level rule. */
const lesserRulesShown = 15;
/** Rules with excerpts shown in the Examples section (every error- and warning-level rule, then these). */
const lesserExamplesShown = 10;

const isSerious = (report: AuditReport, ruleId: string) => {
  const severity = report.ruleSeverities[ruleId];
  return severity === 'error' || severity === 'warning';
};

/** The findings by severity, most serious first, and how many notes have an error or warning. */
export function severitySummary(report: AuditReport): string {
  const bars = severities.map((severity) => ({
    label: severityName(severity),
    value: report.bySeverity[severity] ?? 0,
    shown: whole(report.bySeverity[severity] ?? 0),
  }));
  const rows = severities
    .map(
      (severity) =>
        `<tr><th scope="row">${severityName(severity)}</th><td class="num">${whole(report.bySeverity[severity] ?? 0)}</td></tr>`,
    )
    .join('');
  return (
    `<h2>Findings by severity</h2>\n<p>Errors and warnings are the wording most likely to blame a child or hide harm; info and hints are jargon, plainer-wording and writing-to-the-child prompts. ` +
    `${whole(report.notesWithErrorsOrWarnings)} of ${whole(report.notes)} notes have at least one error or warning.</p>\n` +
    chartWithTable(
      barChart('Findings by severity', bars),
      `<table><caption>Findings by severity</caption><thead><tr><th scope="col">Severity</th><th scope="col" class="num">Findings</th></tr></thead><tbody>${rows}</tbody></table>`,
    )
  );
}

/** Every error- and warning-level rule that occurred, then the most frequent of the rest. */
export function rulesSection(report: AuditReport): string {
  const ruleIds = Object.keys(report.byRule);
  if (ruleIds.length === 0) return `<h2>Findings by rule</h2><p>No findings.</p>`;
  const serious = ruleIds.filter((ruleId) => isSerious(report, ruleId));
  const lesser = ruleIds.filter((ruleId) => !isSerious(report, ruleId)).slice(0, lesserRulesShown);
  const row = (ruleId: string) =>
    `<tr><th scope="row">${escapeHtml(report.ruleNames[ruleId] ?? ruleId)} <span class="rule">${escapeHtml(ruleId)}</span></th>` +
    `<td>${escapeHtml(severityName(report.ruleSeverities[ruleId] ?? ''))}</td>` +
    `<td>${escapeHtml(categoryName(report.ruleCategories[ruleId] ?? ''))}</td>` +
    `<td class="num">${whole(report.byRule[ruleId] ?? 0)}</td><td class="num">${whole(report.notesByRule[ruleId] ?? 0)}</td></tr>`;
  const head = `<thead><tr><th scope="col">Rule</th><th scope="col">Severity</th><th scope="col">Category</th><th scope="col" class="num">Findings</th><th scope="col" class="num">Notes</th></tr></thead>`;
  const parts = [
    `<h2>Findings by rule</h2>`,
    `<p>Ordered by severity, then by how often each rule fired. Every error- and warning-level rule found is listed${lesser.length > 0 ? `, then the ${lesser.length} most frequent info and hint rules` : ''}.</p>`,
  ];
  if (serious.length > 0) {
    parts.push(
      chartWithTable(
        barChart(
          'Errors and warnings, by rule',
          serious.slice(0, 15).map((ruleId) => ({
            label: report.ruleNames[ruleId] ?? ruleId,
            value: report.byRule[ruleId] ?? 0,
            shown: whole(report.byRule[ruleId] ?? 0),
          })),
        ),
        `<table><caption>Errors and warnings, by rule (${serious.length})</caption>${head}<tbody>${serious.map(row).join('\n')}</tbody></table>`,
      ),
    );
  } else parts.push(`<p>No error- or warning-level findings.</p>`);
  if (lesser.length > 0) {
    parts.push(
      `<div class="scroll"><table><caption>Most frequent info and hints, by rule</caption>${head}<tbody>${lesser.map(row).join('\n')}</tbody></table></div>`,
    );
  }
  return parts.join('\n');
}

/** Excerpts for every error- and warning-level rule, then the most frequent others. */
export function examplesSection(report: AuditReport): string {
  const withExamples = Object.keys(report.byRule).filter((ruleId) =>
    report.examples.some((example) => example.ruleId === ruleId),
  );
  const shown = [
    ...withExamples.filter((ruleId) => isSerious(report, ruleId)),
    ...withExamples.filter((ruleId) => !isSerious(report, ruleId)).slice(0, lesserExamplesShown),
  ];
  const parts = [`<h2>Examples</h2>`];
  if (shown.length === 0) {
    parts.push(
      `<p>No examples${report.examples.length === 0 && report.diagnostics > 0 ? ' (left out with --no-examples, or every finding is about a whole note)' : ''}.</p>`,
    );
    return parts.join('\n');
  }
  parts.push(
    `<p>Short excerpts, the flagged words marked: every error- and warning-level rule first, then the most frequent others. Findings about a whole note have none.</p>`,
  );
  for (const ruleId of shown) {
    parts.push(
      `<h3>${escapeHtml(report.ruleNames[ruleId] ?? ruleId)} <span class="rule">${escapeHtml(ruleId)}</span> <span class="muted">(${escapeHtml(severityName(report.ruleSeverities[ruleId] ?? ''))}; ${escapeHtml(categoryName(report.ruleCategories[ruleId] ?? ''))})</span></h3>`,
    );
    for (const example of report.examples.filter((candidate) => candidate.ruleId === ruleId)) {
      parts.push(
        `<blockquote><p>${escapeHtml(example.before)}<mark>${escapeHtml(example.actual)}</mark>${escapeHtml(example.after)}</p><p class="muted">${escapeHtml(example.path)}</p></blockquote>`,
      );
    }
  }
  return parts.join('\n');
}

/** How findings per 1,000 words spread over the notes, so a few very poor notes stand out from the median. */
export function densitySection(report: AuditReport): string {
  const bins = report.findingsPerThousandWords.histogram;
  const label = (bin: (typeof bins)[number]) => (bin.to === null ? `${bin.from}+` : `${bin.from}–${bin.to}`);
  const rows = bins
    .map(
      (bin) =>
        `<tr><th scope="row">${bin.to === null ? `${bin.from} or more` : `${bin.from} to under ${bin.to}`}</th><td class="num">${whole(bin.notes)}</td></tr>`,
    )
    .join('');
  return (
    `<h2>Findings per 1,000 words, note by note</h2>\n<p>How many notes fall in each band of findings per 1,000 words: a spread, not an average, so that a group of much weaker notes is not hidden.</p>\n` +
    chartWithTable(
      histogramChart(
        'Notes by findings per 1,000 words',
        bins.map((bin) => ({ label: label(bin), value: bin.notes, shown: whole(bin.notes) })),
      ),
      `<table><caption>Notes by findings per 1,000 words</caption><thead><tr><th scope="col">Findings per 1,000 words</th><th scope="col" class="num">Notes</th></tr></thead><tbody>${rows}</tbody></table>`,
    )
  );
}
