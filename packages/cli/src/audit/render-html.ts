import { categories } from '@casenote/lint';
import type { AuditReport, GroupFigures } from './report-model.ts';

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

const categoryNames: Record<string, string> = {
  'victim-blaming': 'Victim-blaming wording',
  jargon: 'Jargon and acronyms',
  deficit: 'Deficit labels',
  'write-to-child': 'Writing to the child',
  readability: 'Readability',
};
const categoryName = (category: string) => categoryNames[category] ?? category;

const numberFormat = new Intl.NumberFormat('en-GB');
const decimalFormat = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const whole = (value: number) => numberFormat.format(value);
const decimal = (value: number) => decimalFormat.format(value);
const percent = (share: number | null) => (share === null ? 'none' : `${Math.round(share * 100)}%`);

interface Bar {
  label: string;
  value: number;
  /** The value as printed beside the bar. */
  shown: string;
}

let chartCount = 0;
/** Rules with excerpts shown in the Examples section. */
const examplesShown = 20;

/**
 * A horizontal bar chart as inline SVG. It is a picture of the table printed beside it, so it is
 * labelled for screen readers with its title and the values are printed as text, not only drawn.
 */
function barChart(title: string, bars: Bar[]): string {
  chartCount += 1;
  const id = `chart-${chartCount}`;
  const labelWidth = 230;
  const barArea = 300;
  const rowHeight = 26;
  const height = bars.length * rowHeight + 10;
  const max = Math.max(...bars.map((bar) => bar.value), 0);
  const rows = bars
    .map((bar, index) => {
      const y = 5 + index * rowHeight;
      const length = max === 0 ? 0 : Math.max(bar.value > 0 ? 2 : 0, Math.round((bar.value / max) * barArea));
      const label = bar.label.length > 34 ? `${bar.label.slice(0, 33)}…` : bar.label;
      return (
        `<text x="${labelWidth - 8}" y="${y + 16}" text-anchor="end">${escapeHtml(label)}</text>` +
        `<rect x="${labelWidth}" y="${y + 3}" width="${length}" height="18" rx="2"></rect>` +
        `<text x="${labelWidth + length + 6}" y="${y + 16}">${escapeHtml(bar.shown)}</text>`
      );
    })
    .join('');
  return `<svg class="chart" role="img" aria-labelledby="${id}" viewBox="0 0 ${labelWidth + barArea + 70} ${height}" width="100%" preserveAspectRatio="xMinYMin meet"><title id="${id}">${escapeHtml(title)}</title>${rows}</svg>`;
}

/** A vertical histogram as inline SVG, one column per bin. */
function histogramChart(title: string, bars: Bar[]): string {
  chartCount += 1;
  const id = `chart-${chartCount}`;
  const columnWidth = 56;
  const plotHeight = 160;
  const max = Math.max(...bars.map((bar) => bar.value), 0);
  const columns = bars
    .map((bar, index) => {
      const x = 10 + index * columnWidth;
      const height = max === 0 ? 0 : Math.max(bar.value > 0 ? 2 : 0, Math.round((bar.value / max) * plotHeight));
      const top = 20 + plotHeight - height;
      return (
        `<rect x="${x + 6}" y="${top}" width="${columnWidth - 12}" height="${height}" rx="2"></rect>` +
        `<text x="${x + columnWidth / 2}" y="${top - 5}" text-anchor="middle">${escapeHtml(bar.shown)}</text>` +
        `<text x="${x + columnWidth / 2}" y="${plotHeight + 38}" text-anchor="middle" class="axis">${escapeHtml(bar.label)}</text>`
      );
    })
    .join('');
  const width = 20 + bars.length * columnWidth;
  return `<svg class="chart" role="img" aria-labelledby="${id}" viewBox="0 0 ${width} ${plotHeight + 50}" width="100%" preserveAspectRatio="xMinYMin meet"><title id="${id}">${escapeHtml(title)}</title><line x1="10" x2="${width - 10}" y1="${plotHeight + 20}" y2="${plotHeight + 20}"></line>${columns}</svg>`;
}

/** An accessible table: a caption, column headers and, in the first column, row headers. */
function table(caption: string, headers: string[], rows: string[][], numericFrom = 1): string {
  const head = headers
    .map((header, index) => `<th scope="col"${index >= numericFrom ? ' class="num"' : ''}>${escapeHtml(header)}</th>`)
    .join('');
  const body = rows
    .map(
      (cells) =>
        `<tr>${cells.map((cell, index) => (index === 0 ? `<th scope="row">${escapeHtml(cell)}</th>` : `<td${index >= numericFrom ? ' class="num"' : ''}>${escapeHtml(cell)}</td>`)).join('')}</tr>`,
    )
    .join('\n');
  return `<table><caption>${escapeHtml(caption)}</caption><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/** A chart and the table it pictures, side by side on a wide screen. */
function chartWithTable(chart: string, tableHtml: string): string {
  return `<div class="pair"><figure>${chart}</figure>${tableHtml}</div>`;
}

function groupSection(
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
  return `<h2>${escapeHtml(heading)}</h2>\n<p>${escapeHtml(intro)}</p>\n${chartWithTable(chart, table(`${heading}: findings per 1,000 words, writing to the child and the child's voice`, headers, rows))}`;
}

const styles = `
:root { color-scheme: light; --ink: #1b1b1b; --muted: #505a5f; --bar: #1d70b8; --line: #b1b4b6; --mark: #fff2a8; }
* { box-sizing: border-box; }
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Arial, sans-serif; color: var(--ink); background: #fff; margin: 0 auto; max-width: 72rem; padding: 1.5rem; }
h1 { font-size: 1.9rem; margin: 0 0 .5rem; }
h2 { font-size: 1.4rem; margin: 2.5rem 0 .5rem; border-top: 2px solid var(--line); padding-top: 1rem; }
h3 { font-size: 1.1rem; margin: 1.5rem 0 .25rem; }
p, li { max-width: 48rem; }
.muted { color: var(--muted); }
.pair { display: grid; grid-template-columns: minmax(0, 1fr); gap: 1rem 2rem; align-items: start; }
@media (min-width: 60rem) { .pair { grid-template-columns: minmax(0, 5fr) minmax(0, 6fr); } }
figure { margin: 0; }
.chart { max-width: 40rem; height: auto; font-size: 13px; }
.chart rect { fill: var(--bar); }
.chart text { fill: var(--ink); }
.chart .axis { fill: var(--muted); }
.chart line { stroke: var(--muted); }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; margin: 0 0 1rem; font-size: .95rem; }
caption { text-align: left; font-weight: 600; padding: 0 0 .4rem; }
th, td { border-bottom: 1px solid var(--line); padding: .3rem .6rem; text-align: left; vertical-align: top; }
thead th { border-bottom: 2px solid var(--ink); }
.num { text-align: right; font-variant-numeric: tabular-nums; }
dl.totals { display: grid; grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr)); gap: .75rem; margin: 1rem 0; }
dl.totals div { border-left: 4px solid var(--bar); padding: .25rem .75rem; }
dl.totals dt { color: var(--muted); font-size: .9rem; }
dl.totals dd { margin: 0; font-size: 1.5rem; font-weight: 700; }
blockquote { margin: .25rem 0 .75rem; padding: .4rem .8rem; border-left: 4px solid var(--line); background: #f3f2f1; }
mark { background: var(--mark); color: inherit; outline: 1px solid #b58800; padding: 0 .1em; }
.rule { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .9em; }
@media print { h2 { break-after: avoid; } .pair, table, blockquote { break-inside: avoid; } }
`;

/**
 * Renders the audit as one self-contained HTML page: inline CSS, charts as inline SVG, no scripts,
 * fonts, images or links that reach the network. Every chart has a table with the same figures.
 *
 * @param report The report built by `buildReport` (the same object the JSON report holds).
 * @returns The page, ready to write to a file.
 */
export function renderHtmlReport(report: AuditReport): string {
  chartCount = 0;
  const parts: string[] = [];
  const date = report.generatedAt.slice(0, 10);
  const filters = [
    report.filters.since ? `dated from ${report.filters.since}` : '',
    report.filters.until ? `dated up to ${report.filters.until}` : '',
  ].filter(Boolean);

  parts.push(`<h1>Case-note audit</h1>`);
  parts.push(
    `<p>Produced by <code>casenote audit</code> on ${escapeHtml(date)}${filters.length ? `, notes ${escapeHtml(filters.join(' and '))}` : ''}. ` +
      `It counts the same findings as <code>casenote lint</code>. It is a prompt for a closer look, not a judgement on any worker: read the notes behind any figure before acting on it.</p>`,
  );
  if (report.examples.length > 0) {
    parts.push(
      `<p class="muted">This report quotes short excerpts of notes. Store and share it as you would the notes themselves.</p>`,
    );
  }

  // Summary
  parts.push(`<h2>Summary</h2>`);
  const totals: [string, string][] = [
    ['Notes audited', whole(report.notes)],
    ['Words', whole(report.words)],
    ['Findings', whole(report.diagnostics)],
    ['Findings per 1,000 words', decimal(report.perThousandWords)],
    ["Notes with the child's voice", percent(report.notes === 0 ? null : report.childVoice.share)],
    ['Median share written to the child', percent(report.writtenToChild.median)],
    ['Inputs skipped', whole(report.skipped.length)],
  ];
  parts.push(
    `<dl class="totals">${totals.map(([term, value]) => `<div><dt>${escapeHtml(term)}</dt><dd>${escapeHtml(value)}</dd></div>`).join('')}</dl>`,
  );
  if (report.manifest) {
    parts.push(
      `<p>Manifest <code>${escapeHtml(report.manifest.path)}</code>: ${whole(report.manifest.rows)} usable rows; ${whole(report.manifest.matchedNotes)} audited notes matched a row, ${whole(report.manifest.notesWithoutRow)} did not.</p>`,
    );
  }
  const { outsideDates, noDate } = report.excluded;
  if (outsideDates + noDate > 0)
    parts.push(
      `<p>Left out by the date filter: ${whole(outsideDates)} notes outside the dates and ${whole(noDate)} without a date in the manifest.</p>`,
    );

  // Findings by category
  parts.push(`<h2>Findings per 1,000 words, by category</h2>`);
  parts.push(
    `<p>How often each kind of wording was found, per 1,000 words of notes, so that longer and shorter notes compare fairly.</p>`,
  );
  parts.push(
    chartWithTable(
      barChart(
        'Findings per 1,000 words, by category',
        categories.map((category) => ({
          label: categoryName(category),
          value: report.byCategoryPerThousandWords[category] ?? 0,
          shown: decimal(report.byCategoryPerThousandWords[category] ?? 0),
        })),
      ),
      table(
        'Findings by category',
        ['Category', 'Findings', 'Per 1,000 words'],
        categories.map((category) => [
          categoryName(category),
          whole(report.byCategory[category] ?? 0),
          decimal(report.byCategoryPerThousandWords[category] ?? 0),
        ]),
      ),
    ),
  );

  // Written to the child
  parts.push(`<h2>Notes written to the child</h2>`);
  parts.push(
    `<p>For each note, the share of its sentences about the child that are addressed to the child ("you told me…") rather than written about them ("Jade told SW…"). ` +
      `${whole(report.writtenToChild.noShare)} notes had no sentence to or about the child and are not in the chart.</p>`,
  );
  const bins = report.writtenToChild.histogram.map((bin) => ({
    label: `${Math.round(bin.from * 100)}–${Math.round(bin.to * 100)}%`,
    value: bin.notes,
    shown: whole(bin.notes),
  }));
  parts.push(
    chartWithTable(
      histogramChart('Notes by share of sentences written to the child', bins),
      table(
        'Notes by share of sentences written to the child',
        ['Share written to the child', 'Notes'],
        [
          ...report.writtenToChild.histogram.map((bin, index) => [
            `${Math.round(bin.from * 100)}% to ${index === 9 ? '100% inclusive' : `under ${Math.round(bin.to * 100)}%`}`,
            whole(bin.notes),
          ]),
          ['No sentence to or about the child', whole(report.writtenToChild.noShare)],
        ],
      ),
    ),
  );

  // Child's voice
  parts.push(`<h2>The child's voice</h2>`);
  parts.push(
    `<p>Notes that record the child's own words, wishes or feelings ("you said…", "Jade told me…", or words in quotation marks).</p>`,
  );
  const withoutVoice = report.notes - report.childVoice.notes;
  parts.push(
    chartWithTable(
      barChart("Notes recording the child's voice", [
        {
          label: "Records the child's voice",
          value: report.childVoice.notes,
          shown: `${whole(report.childVoice.notes)} (${percent(report.notes === 0 ? null : report.childVoice.share)})`,
        },
        {
          label: "No child's voice found",
          value: withoutVoice,
          shown: `${whole(withoutVoice)} (${percent(report.notes === 0 ? null : withoutVoice / report.notes)})`,
        },
      ]),
      table(
        "Notes recording the child's voice",
        ['Notes', 'Count', 'Share'],
        [
          [
            "Records the child's voice",
            whole(report.childVoice.notes),
            percent(report.notes === 0 ? null : report.childVoice.share),
          ],
          [
            "No child's voice found",
            whole(withoutVoice),
            percent(report.notes === 0 ? null : withoutVoice / report.notes),
          ],
        ],
      ),
    ),
  );

  // Top rules
  const topRules = Object.entries(report.byRule).slice(0, 15);
  parts.push(`<h2>Most frequent findings</h2>`);
  if (topRules.length === 0) parts.push(`<p>No findings.</p>`);
  else {
    parts.push(
      `<p>The ${topRules.length} rules that fired most often, with the number of notes each was found in.</p>`,
    );
    parts.push(
      chartWithTable(
        barChart(
          'Most frequent findings, by rule',
          topRules.map(([ruleId, count]) => ({ label: ruleId, value: count, shown: whole(count) })),
        ),
        table(
          'Most frequent findings, by rule',
          ['Rule', 'Category', 'Findings', 'Notes'],
          topRules.map(([ruleId, count]) => [
            ruleId,
            categoryName(report.ruleCategories[ruleId] ?? ''),
            whole(count),
            whole(report.notesByRule[ruleId] ?? 0),
          ]),
          2,
        ),
      ),
    );
  }

  // Examples
  parts.push(`<h2>Examples</h2>`);
  const exampleRules = Object.keys(report.byRule)
    .filter((ruleId) => report.examples.some((example) => example.ruleId === ruleId))
    .slice(0, examplesShown);
  if (exampleRules.length === 0)
    parts.push(
      `<p>No examples${report.examples.length === 0 && report.diagnostics > 0 ? ' (left out with --no-examples, or every finding is about a whole note)' : ''}.</p>`,
    );
  else {
    parts.push(
      `<p>Short excerpts for the ${exampleRules.length} most frequent findings that point at words in a note (findings about a whole note have none), the flagged words marked.</p>`,
    );
    for (const ruleId of exampleRules) {
      parts.push(
        `<h3><span class="rule">${escapeHtml(ruleId)}</span> (${escapeHtml(categoryName(report.ruleCategories[ruleId] ?? ''))})</h3>`,
      );
      for (const example of report.examples.filter((candidate) => candidate.ruleId === ruleId)) {
        parts.push(
          `<blockquote><p>${escapeHtml(example.before)}<mark>${escapeHtml(example.actual)}</mark>${escapeHtml(example.after)}</p><p class="muted">${escapeHtml(example.path)}</p></blockquote>`,
        );
      }
    }
  }

  // Groups
  const needsManifest =
    'Needs a manifest (--manifest) giving each note its team, type, date and whether it is a re-referral.';
  if (report.manifest === null) {
    parts.push(`<h2>Per team, per type and re-referrals</h2><p>${escapeHtml(needsManifest)}</p>`);
  } else {
    parts.push(
      `<div class="scroll">${groupSection('Per team', 'Notes grouped by the team in the manifest.', report.byTeam)}</div>`,
    );
    parts.push(
      `<div class="scroll">${groupSection('Per type of note', 'Notes grouped by the type in the manifest.', report.byType)}</div>`,
    );
    parts.push(
      `<div class="scroll">${groupSection('Re-referrals against the rest', 'Notes on re-referrals compared with all other notes (re_referral in the manifest).', report.reReferrals)}</div>`,
    );
  }
  if (report.periods !== null) {
    const periods = report.periods;
    parts.push(
      `<div class="scroll">${groupSection(
        'Period against period',
        `Consecutive periods of ${report.filters.comparePeriods ?? ''} ending at the latest note's date.${report.excluded.beforePeriods > 0 ? ` ${report.excluded.beforePeriods} older notes fall before the first period shown.` : ''}`,
        periods,
        {
          header: 'Change in findings per 1,000 words',
          cell: (group, index) => {
            const previous = periods[index - 1];
            if (index === 0 || previous === undefined || previous.notes === 0 || group.notes === 0) return '–';
            const change = group.perThousandWords - previous.perThousandWords;
            return `${change > 0 ? '+' : change < 0 ? '−' : ''}${decimal(Math.abs(change))}`;
          },
        },
      )}</div>`,
    );
  }

  // Bad input
  parts.push(`<h2>Inputs skipped or read with problems</h2>`);
  if (report.skipped.length === 0 && report.warnings.length === 0) parts.push(`<p>None: every input was read.</p>`);
  else {
    parts.push(
      `<p>Each of these is named with its file, or its manifest file and line. Skipped inputs are not in any figure above.</p>`,
    );
    const rows = [
      ...report.skipped.map((entry) => ['path' in entry ? entry.path : entry.row, 'Skipped', entry.reason]),
      ...report.warnings.map((warning) => [warning.path, 'Audited as far as it could be read', warning.reason]),
    ];
    parts.push(
      `<div class="scroll">${table(`Inputs skipped or read with problems (${rows.length})`, ['Where', 'What happened', 'Why'], rows, 99)}</div>`,
    );
  }

  // Method
  parts.push(`<h2>How the figures are worked out</h2>`);
  parts.push(
    `<ul><li>Each note is checked with the same rules and settings as <code>casenote lint</code>; HTML notes are converted to text first.</li>` +
      `<li>Words are runs of letters and digits; "per 1,000 words" divides findings by the words of the notes counted.</li>` +
      `<li>Notes are matched to manifest rows by file name without its extension.</li>` +
      `<li>Medians and shares are over the notes in each group; a group's "no team" or "no type" row holds notes whose manifest row leaves it blank or that have no row.</li></ul>`,
  );

  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="referrer" content="no-referrer">
<title>Case-note audit, ${escapeHtml(date)}</title>
<style>${styles}</style>
</head>
<body>
<main>
${parts.join('\n')}
</main>
</body>
</html>
`;
}
