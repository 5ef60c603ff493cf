import { categories } from '@casenote/lint';
import { barChart, categoryName, decimal, escapeHtml, percent, table, whole } from './html-parts.ts';
import type { GroupFigures } from './report-model.ts';

/** A section comparing groups of notes (teams, types, re-referrals, periods): a chart and its table. */
export function groupSection(
  heading: string,
  intro: string,
  groups: GroupFigures[],
  extraColumn?: { header: string; cell: (group: GroupFigures, index: number) => string },
): string {
  if (groups.length === 0) return `<h2>${escapeHtml(heading)}</h2><p>${escapeHtml(intro)} No notes to compare.</p>`;
  const headers = [
    'Group',
    'Notes',
    'Words',
    'Findings',
    'Per 1,000 words',
    ...categories.map((category) => `${categoryName(category)} per 1,000 words`),
    'Median share written to the child',
    "Notes with the child's voice",
  ];
  if (extraColumn) headers.push(extraColumn.header);
  const rows = groups.map((group, index) => {
    const cells = [
      group.group,
      whole(group.notes),
      whole(group.words),
      whole(group.diagnostics),
      decimal(group.perThousandWords),
      ...categories.map((category) => decimal(group.byCategoryPerThousandWords[category] ?? 0)),
      percent(group.medianWrittenToChildShare),
      percent(group.childVoiceShare),
    ];
    if (extraColumn) cells.push(extraColumn.cell(group, index));
    return cells;
  });
  const chart = barChart(
    `${heading}: findings per 1,000 words`,
    groups.map((group) => ({
      label: group.group,
      value: group.perThousandWords,
      shown: decimal(group.perThousandWords),
    })),
  );
  // Too many columns to sit beside the chart: the chart, then the table across the page.
  return `<h2>${escapeHtml(heading)}</h2>\n<p>${escapeHtml(intro)}</p>\n<figure>${chart}</figure>\n<div class="scroll">${table(`${heading}: findings per 1,000 words, writing to the child and the child's voice`, headers, rows)}</div>`;
}
