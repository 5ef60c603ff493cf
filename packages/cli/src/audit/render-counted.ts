import type { CountedSentence } from './types.ts';
import { escapeHtml, percent, table, whole } from './html-parts.ts';
import type { AuditReport, PerNote } from './report-model.ts';

/** Notes whose counted sentences the HTML lists; the JSON report has every note's. */
const notesListed = 50;

const countedAs: Record<CountedSentence['kind'], string> = {
  'to-child': 'Written to the child',
  'about-child': 'About the child',
  neutral: 'Not counted in the share',
};

function countedAsOf(sentence: CountedSentence): string {
  if (sentence.kind === 'neutral' && sentence.addressee === 'other')
    return 'To someone else (not counted in the share)';
  return countedAs[sentence.kind];
}

function whoseWords(sentence: CountedSentence): string {
  if (sentence.voice === 'child') return sentence.speaker ? `The child's (${sentence.speaker})` : "The child's";
  if (sentence.voice === 'other') return sentence.speaker ? `Someone else's (${sentence.speaker})` : "Someone else's";
  return '–';
}

/** The household section: which children the notes leave out, or how to ask for it. */
export function householdSection(report: AuditReport): string {
  const heading = `<h2>Every child in the household</h2>`;
  const household = report.household;
  if (household === null) {
    return `${heading}<p>No household was given. Run with <code>--household NAME,NAME,…</code> (as <code>casenote lint</code>) to see which children each note mentions, so that every child is considered on their own and as part of the family.</p>`;
  }
  const rows = household.considered.map((name) => {
    const missing = household.notesMissing[name] ?? 0;
    return [
      name,
      whole(report.notes - missing),
      whole(missing),
      percent(report.notes === 0 ? null : missing / report.notes),
    ];
  });
  return (
    heading +
    `<p>The notes were checked for each child of the household: ${escapeHtml(household.considered.join(', '))}. ` +
    `${whole(household.notesMentioningAll)} of ${whole(report.notes)} notes mention every one of them. A note written to a child counts as mentioning them.</p>` +
    table(
      'Children of the household, and the notes that mention them',
      ['Child', 'Notes mentioning them', 'Notes not mentioning them', 'Share not mentioning them'],
      rows,
    )
  );
}

function noteDetails(note: PerNote): string {
  const { counted } = note;
  const child = note.child.name === null ? 'the child (not named with certainty)' : note.child.name;
  const household = note.household
    ? ` Household: mentions ${whole(note.household.mentioned.length)} of ${whole(note.household.considered.length)}${note.household.missing.length > 0 ? ` (not ${escapeHtml(note.household.missing.join(', '))})` : ''}.`
    : '';
  const summary =
    `${whole(counted.toChild)} written to the child, ${whole(counted.aboutChild)} about them, ` +
    `${whole(counted.toSomeoneElse)} to someone else; ${whole(counted.childVoice)} in the child's own words`;
  const withReasons = note.countedSentences.some((sentence) => sentence.reason !== undefined);
  const headers = ['Line:column', 'Counted as', 'Whose words', ...(withReasons ? ['Why'] : [])];
  const rows = note.countedSentences.map((sentence) => [
    `${sentence.line}:${sentence.column}`,
    countedAsOf(sentence),
    whoseWords(sentence),
    ...(withReasons ? [sentence.reason ?? ''] : []),
  ]);
  return (
    `<details><summary>${escapeHtml(note.path)}: ${summary}</summary>` +
    `<p>Read as written to or about ${escapeHtml(child)}${note.child.inferred && note.child.name !== null ? ' (inferred from the note)' : ''}. ` +
    `Share written to the child: ${percent(note.writtenToChildShare)} (${whole(counted.toChild)} of ${whole(counted.toChild + counted.aboutChild)} sentences).${household}</p>` +
    (rows.length === 0
      ? '<p>No sentence speaks to or about the child or records anyone’s words.</p>'
      : `<div class="scroll">${table(`Sentences counted in ${note.path}`, headers, rows, 99)}</div>`) +
    `</details>`
  );
}

/** What the share and the child's voice counted, note by note (the first notes by path). */
export function countedSection(report: AuditReport): string {
  const notes = report.perNote.toSorted((a, b) => (a.path < b.path ? -1 : 1));
  const shown = notes.slice(0, notesListed);
  const more =
    notes.length > shown.length
      ? ` The first ${shown.length} of ${whole(notes.length)} notes by path are listed; the JSON report has every note's.`
      : '';
  return (
    `<h2>What was counted, note by note</h2>` +
    `<p>The sentences behind each note's share written to the child and its child's voice, by line and column in the note (as read, HTML turned into text), with whose words they record and why they were counted so. The notes' text is not copied here: open the note at the line.${
      report.examples.length > 0 ? '' : ' Names were left out (--no-examples): who spoke and why are not given.'
    }${more}</p>` +
    shown.map(noteDetails).join('\n')
  );
}
