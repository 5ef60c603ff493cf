import { categories } from '@casenote/lint';
import {
  barChart,
  categoryName,
  chartWithTable,
  decimal,
  escapeHtml,
  histogramChart,
  percent,
  resetCharts,
  table,
  whole,
} from './html-parts.ts';
import { groupSection } from './render-groups.ts';
import { densitySection, examplesSection, rulesSection, severitySummary } from './render-findings.ts';
import { countedSection, householdSection } from './render-counted.ts';
import { perNoteSection } from './render-per-note.ts';
import type { AuditReport } from './report-model.ts';
import { styles } from './report-styles.ts';

export { escapeHtml } from './html-parts.ts';

/**
 * Renders the audit as one self-contained HTML page: inline CSS, charts as inline SVG, no scripts,
 * fonts, images or links that reach the network. Every chart has a table with the same figures.
 *
 * @param report The report built by `buildReport` (the same object the JSON report holds).
 * @returns The page, ready to write to a file.
 */
export function renderHtmlReport(report: AuditReport): string {
  resetCharts();
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
    ['Notes with errors or warnings', whole(report.notesWithErrorsOrWarnings)],
    ["Notes with the child's voice", percent(report.notes === 0 ? null : report.childVoice.share)],
    ['Median share written to the child', percent(report.writtenToChild.median)],
    ...(report.household
      ? ([['Notes mentioning every child of the household', whole(report.household.notesMentioningAll)]] as [
          string,
          string,
        ][])
      : []),
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

  parts.push(severitySummary(report));

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

  parts.push(densitySection(report));

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

  parts.push(householdSection(report));

  parts.push(rulesSection(report));
  parts.push(examplesSection(report));
  parts.push(perNoteSection(report));
  parts.push(countedSection(report));

  // Groups
  const needsManifest =
    'Needs a manifest (--manifest) giving each note its team, type, date and whether it is a re-referral.';
  if (report.manifest === null) {
    parts.push(`<h2>Per team, per type and re-referrals</h2><p>${escapeHtml(needsManifest)}</p>`);
  } else {
    parts.push(groupSection('Per team', 'Notes grouped by the team in the manifest.', report.byTeam));
    parts.push(groupSection('Per type of note', 'Notes grouped by the type in the manifest.', report.byType));
    parts.push(
      groupSection(
        'Re-referrals against the rest',
        'Notes on re-referrals compared with all other notes (re_referral in the manifest).',
        report.reReferrals,
      ),
    );
  }
  if (report.periods !== null) {
    const periods = report.periods;
    parts.push(
      groupSection(
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
      ),
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
      `<li>The share written to the child and the child's voice come from the same analysis as <code>casenote lint</code> and the editor's meter. A sentence is written to the child when "you" in it is the child or it speaks to them by name; about the child when it names them or refers to them in the third person. Sentences written to another adult (a letter to a parent, an email to a colleague) that are not about the child are left out of the share.</li>` +
      `<li>The child's voice is the child's own words or views, quoted or reported ("you told me", "Jade said", "showed me"); other people's words about the child do not count. "What was counted, note by note" lists the sentences.</li>` +
      `<li>A household child counts as mentioned when the note names them (or an alias), and the child the note is written to when it speaks to them.</li>` +
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
