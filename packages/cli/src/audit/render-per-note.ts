import { escapeHtml, percent, whole } from './html-parts.ts';
import type { AuditReport, PerNote } from './report-model.ts';

/** Rows in each pre-sorted list; the JSON report has every note. */
const rowsPerList = 50;

const seriousness = (note: PerNote) => [
  note.bySeverity.error ?? 0,
  note.bySeverity.warning ?? 0,
  note.perThousandWords,
];

function compareSerious(a: PerNote, b: PerNote): number {
  const [x, y] = [seriousness(a), seriousness(b)];
  for (let index = 0; index < x.length; index += 1) {
    const difference = (y[index] ?? 0) - (x[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return a.path < b.path ? -1 : 1;
}

function noteTable(caption: string, notes: PerNote[]): string {
  const rows = notes
    .map(
      (note) =>
        `<tr><th scope="row" class="path">${escapeHtml(note.path)}</th><td>${escapeHtml(note.date ?? '')}</td><td>${escapeHtml(note.team ?? '')}</td>` +
        `<td class="num">${whole(note.bySeverity.error ?? 0)}</td><td class="num">${whole(note.bySeverity.warning ?? 0)}</td>` +
        `<td class="num">${whole((note.bySeverity.info ?? 0) + (note.bySeverity.hint ?? 0))}</td>` +
        `<td class="num">${percent(note.writtenToChildShare)}</td><td>${note.childVoice ? 'Yes' : 'No'}</td></tr>`,
    )
    .join('\n');
  return (
    `<div class="scroll"><table class="notes"><caption>${escapeHtml(caption)}</caption><thead><tr>` +
    `<th scope="col">Note</th><th scope="col">Date</th><th scope="col">Team</th><th scope="col" class="num">Errors</th>` +
    `<th scope="col" class="num">Warnings</th><th scope="col" class="num">Info and hints</th>` +
    `<th scope="col" class="num">Written to the child</th><th scope="col">Child's voice</th></tr></thead><tbody>\n${rows}\n</tbody></table></div>`
  );
}

function list(summary: string, caption: string, notes: PerNote[], open: boolean): string {
  const shown = notes.slice(0, rowsPerList);
  const more =
    notes.length > shown.length
      ? ` (first ${shown.length} of ${whole(notes.length)}; the JSON report lists every note)`
      : '';
  return `<details${open ? ' open' : ''}><summary>${escapeHtml(summary)} (${whole(notes.length)})</summary>${
    shown.length === 0 ? '<p>None.</p>' : noteTable(`${caption}${more}`, shown)
  }</details>`;
}

/**
 * Notes for dip-sampling, in lists already sorted for the question an auditor asks (no scripts):
 * the most serious findings, the least written to the child, no child's voice, and every note.
 */
export function perNoteSection(report: AuditReport): string {
  const notes = report.perNote;
  const serious = notes
    .filter((note) => (note.bySeverity.error ?? 0) + (note.bySeverity.warning ?? 0) > 0)
    .toSorted(compareSerious);
  const leastToChild = notes
    .filter((note) => note.writtenToChildShare !== null)
    .toSorted((a, b) => (a.writtenToChildShare ?? 0) - (b.writtenToChildShare ?? 0) || (a.path < b.path ? -1 : 1));
  const noVoice = notes.filter((note) => !note.childVoice).toSorted(compareSerious);
  const byPath = notes.toSorted((a, b) => (a.path < b.path ? -1 : 1));
  return [
    `<h2>Notes to dip-sample</h2>`,
    `<p>Each list is sorted for one question. Open a list to see its notes; read the notes themselves before drawing any conclusion.</p>`,
    list(
      'Notes with errors or warnings, most serious first',
      'Notes with errors or warnings, most serious first',
      serious,
      true,
    ),
    list('Notes least written to the child', 'Notes by share written to the child, lowest first', leastToChild, false),
    list(
      "Notes without the child's voice",
      "Notes without the child's voice, most serious findings first",
      noVoice,
      false,
    ),
    list('Every note, by path', 'Every note, by path', byPath, false),
  ].join('\n');
}
