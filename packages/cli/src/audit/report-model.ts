import { categories, severities } from '@casenote/lint';
import { moreSerious } from './audit-note.ts';
import { ruleName } from './rule-names.ts';
import type { Manifest, ManifestRow } from './manifest.ts';
import { makePeriods, periodOf, type Period, type PeriodLength } from './periods.ts';
import type { CountedFigures, CountedSentence, HouseholdFigures, InputProblem, NoteFigures, Snippet } from './types.ts';

/** One note's line in the JSON report. */
export interface PerNote {
  path: string;
  id: string;
  words: number;
  diagnostics: number;
  writtenToChildShare: number | null;
  childVoice: boolean;
  /** What the share and the child's voice counted: sentences to and about the child, to someone else, whose words. */
  counted: CountedFigures;
  /** The child the note was read as written to or about (`null` when the analysis was unsure); `inferred` when not given. */
  child: { name: string | null; inferred: boolean };
  /** Which children of the household (`--household`) the note mentions; `null` when none was given. */
  household: HouseholdFigures | null;
  /** The sentences counted, by line; who spoke, why and the text only with examples. */
  countedSentences: CountedSentence[];
  byCategory: Record<string, number>;
  /** Findings by severity, most serious first. */
  bySeverity: Record<string, number>;
  perThousandWords: number;
  childId?: string;
  date?: string;
  team?: string;
  type?: string;
  reReferral?: boolean;
}

/** Figures for a group of notes (a team, a type, a period…). */
export interface GroupFigures {
  group: string;
  notes: number;
  words: number;
  diagnostics: number;
  perThousandWords: number;
  byCategoryPerThousandWords: Record<string, number>;
  /** Median written-to-child share of the notes that have one; null when none has. */
  medianWrittenToChildShare: number | null;
  /** Share of notes that record the child's own words or views. */
  childVoiceShare: number;
}

export interface Example extends Snippet {
  path: string;
}

/** The JSON report of `casenote audit` (the HTML report shows the same figures). */
export interface AuditReport {
  tool: 'casenote audit';
  generatedAt: string;
  notes: number;
  words: number;
  diagnostics: number;
  perThousandWords: number;
  byCategory: Record<string, number>;
  byCategoryPerThousandWords: Record<string, number>;
  /** Findings by severity, most serious first. */
  bySeverity: Record<string, number>;
  /** Notes with at least one finding at `error` or `warning`. */
  notesWithErrorsOrWarnings: number;
  /** Findings by rule id: the most serious rules first (by the most serious severity each fired at), then the most frequent. */
  byRule: Record<string, number>;
  /** Category of each rule in `byRule`. */
  ruleCategories: Record<string, string>;
  /** The most serious severity each rule in `byRule` fired at. */
  ruleSeverities: Record<string, string>;
  /** A plain name for each rule in `byRule` ("Acronym: CIN"). */
  ruleNames: Record<string, string>;
  /** Notes by findings per 1,000 words: `from` inclusive, `to` exclusive (`null`: no upper bound). */
  findingsPerThousandWords: { histogram: { from: number; to: number | null; notes: number }[] };
  /** Notes in which each rule fired at least once. */
  notesByRule: Record<string, number>;
  writtenToChild: {
    /** Notes by written-to-child share in tenths: `from` inclusive, `to` exclusive (the last bin includes 1). */
    histogram: { from: number; to: number; notes: number }[];
    /** Notes with no sentence to or about the child (share is null). */
    noShare: number;
    median: number | null;
  };
  childVoice: { notes: number; share: number };
  /**
   * The household the notes were checked against (`--household`), and for each of its children the
   * notes that never mention them; `null` when no household was given.
   */
  household: {
    considered: string[];
    /** Notes that mention every child of the household. */
    notesMentioningAll: number;
    /** For each child, the notes that do not mention them. */
    notesMissing: Record<string, number>;
  } | null;
  byTeam: GroupFigures[];
  byType: GroupFigures[];
  reReferrals: GroupFigures[];
  periods: (GroupFigures & { after: string; through: string })[] | null;
  filters: { since: string | null; until: string | null; comparePeriods: string | null };
  /** Notes left out by the filters (not problems). */
  excluded: { outsideDates: number; noDate: number; beforePeriods: number };
  manifest: { path: string; rows: number; matchedNotes: number; notesWithoutRow: number } | null;
  examples: Example[];
  perNote: PerNote[];
  /** Inputs not audited: note files as `path`, manifest rows as `row` (`file:line`). */
  skipped: ({ path: string; reason: string } | { row: string; reason: string })[];
  /** Notes audited despite a problem (broken HTML read as far as possible). */
  warnings: { path: string; reason: string }[];
}

export interface ReportInputs {
  figures: NoteFigures[];
  examples: Example[];
  manifest: Manifest | undefined;
  /** Manifest rows matched to each note path. */
  rowOf: (figures: NoteFigures) => ManifestRow | undefined;
  skippedNotes: InputProblem[];
  skippedRows: InputProblem[];
  since: string | undefined;
  until: string | undefined;
  comparePeriods: { spec: string; length: PeriodLength } | undefined;
  excluded: { outsideDates: number; noDate: number };
  now: Date;
}

/** Bins of the findings-per-1,000-words distribution: [from, to) with no upper bound on the last. */
const densityBins: [number, number | null][] = [
  [0, 5],
  [5, 10],
  [10, 20],
  [20, 40],
  [40, 80],
  [80, null],
];

const round = (value: number, places = 2) => Math.round(value * 10 ** places) / 10 ** places;
const perThousand = (count: number, words: number) => (words === 0 ? 0 : round((count / words) * 1000));

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = values.toSorted((a, b) => a - b);
  const middle = sorted.length >> 1;
  return round(
    sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2,
    3,
  );
}

function groupFigures(group: string, notes: NoteFigures[]): GroupFigures {
  let words = 0;
  let diagnostics = 0;
  let voices = 0;
  const byCategory: Record<string, number> = Object.fromEntries(categories.map((category) => [category, 0]));
  const shares: number[] = [];
  for (const note of notes) {
    words += note.words;
    diagnostics += note.diagnostics;
    if (note.childVoice) voices += 1;
    if (note.writtenToChildShare !== null) shares.push(note.writtenToChildShare);
    for (const [category, count] of Object.entries(note.byCategory))
      byCategory[category] = (byCategory[category] ?? 0) + count;
  }
  return {
    group,
    notes: notes.length,
    words,
    diagnostics,
    perThousandWords: perThousand(diagnostics, words),
    byCategoryPerThousandWords: Object.fromEntries(
      Object.entries(byCategory).map(([category, count]) => [category, perThousand(count, words)]),
    ),
    medianWrittenToChildShare: median(shares),
    childVoiceShare: notes.length === 0 ? 0 : round(voices / notes.length, 3),
  };
}

function groupBy(notes: NoteFigures[], keyOf: (note: NoteFigures) => string): GroupFigures[] {
  const groups = new Map<string, NoteFigures[]>();
  for (const note of notes) {
    const key = keyOf(note);
    const list = groups.get(key);
    if (list) list.push(note);
    else groups.set(key, [note]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a.startsWith('(') ? 1 : 0) - (b.startsWith('(') ? 1 : 0) || a.localeCompare(b, 'en-GB'))
    .map(([key, list]) => groupFigures(key, list));
}

/** Across notes: who the household was, and how many notes leave each child out. */
function householdTotals(figures: NoteFigures[]): AuditReport['household'] {
  const considered = figures.find((note) => note.household !== null)?.household?.considered;
  if (!considered) return null;
  const notesMissing: Record<string, number> = Object.fromEntries(considered.map((name) => [name, 0]));
  let notesMentioningAll = 0;
  for (const note of figures) {
    const missing = note.household?.missing ?? [];
    if (missing.length === 0) notesMentioningAll += 1;
    for (const name of missing) notesMissing[name] = (notesMissing[name] ?? 0) + 1;
  }
  return { considered, notesMentioningAll, notesMissing };
}

/** Builds the report from the figures of every audited note. */
export function buildReport(inputs: ReportInputs): AuditReport {
  const { figures, rowOf } = inputs;
  const total = groupFigures('all', figures);
  const byCategory: Record<string, number> = Object.fromEntries(categories.map((category) => [category, 0]));
  const byRuleCounts = new Map<string, number>();
  const notesByRule = new Map<string, number>();
  const ruleCategories: Record<string, string> = {};
  const ruleSeverities: Record<string, string> = {};
  const bySeverity: Record<string, number> = Object.fromEntries(severities.map((severity) => [severity, 0]));
  let notesWithErrorsOrWarnings = 0;
  const density = densityBins.map(([from, to]) => ({ from, to, notes: 0 }));
  const histogram = Array.from({ length: 10 }, (_, tenth) => ({ from: tenth / 10, to: (tenth + 1) / 10, notes: 0 }));
  let noShare = 0;
  let voices = 0;
  for (const note of figures) {
    for (const [category, count] of Object.entries(note.byCategory))
      byCategory[category] = (byCategory[category] ?? 0) + count;
    for (const [ruleId, count] of Object.entries(note.byRule)) {
      byRuleCounts.set(ruleId, (byRuleCounts.get(ruleId) ?? 0) + count);
      notesByRule.set(ruleId, (notesByRule.get(ruleId) ?? 0) + 1);
      ruleCategories[ruleId] ??= note.ruleCategories[ruleId] ?? '';
      ruleSeverities[ruleId] = moreSerious(ruleSeverities[ruleId], note.ruleSeverities[ruleId] ?? 'hint');
    }
    for (const [severity, count] of Object.entries(note.bySeverity))
      bySeverity[severity] = (bySeverity[severity] ?? 0) + count;
    if ((note.bySeverity.error ?? 0) + (note.bySeverity.warning ?? 0) > 0) notesWithErrorsOrWarnings += 1;
    const rate = perThousand(note.diagnostics, note.words);
    const bin = density.findLast((candidate) => rate >= candidate.from);
    if (bin) bin.notes += 1;
    if (note.writtenToChildShare === null) noShare += 1;
    else (histogram[Math.min(9, Math.floor(note.writtenToChildShare * 10))] as { notes: number }).notes += 1;
    if (note.childVoice) voices += 1;
  }
  const rank = (ruleId: string) => severities.indexOf((ruleSeverities[ruleId] ?? 'hint') as never);
  const byRule = Object.fromEntries(
    [...byRuleCounts.entries()].sort(
      ([a, countA], [b, countB]) => rank(a) - rank(b) || countB - countA || (a < b ? -1 : 1),
    ),
  );

  const withRow = inputs.manifest !== undefined;
  const unknown = (value: string | undefined, what: string) => value ?? `(no ${what})`;
  let periods: AuditReport['periods'] = null;
  let beforePeriods = 0;
  if (inputs.comparePeriods) {
    const dates = figures
      .map((note) => rowOf(note)?.date)
      .filter((date): date is string => date !== undefined)
      .sort();
    const list: Period[] =
      dates.length === 0
        ? []
        : makePeriods(dates[0] as string, dates[dates.length - 1] as string, inputs.comparePeriods.length);
    periods = list.map((period) => {
      const inPeriod = figures.filter((note) => {
        const date = rowOf(note)?.date;
        return date !== undefined && periodOf(date, [period]) !== undefined;
      });
      return { ...groupFigures(period.label, inPeriod), after: period.after, through: period.through };
    });
    beforePeriods = dates.filter((date) => list.length > 0 && periodOf(date, list) === undefined).length;
  }

  return {
    tool: 'casenote audit',
    generatedAt: inputs.now.toISOString(),
    notes: total.notes,
    words: total.words,
    diagnostics: total.diagnostics,
    perThousandWords: total.perThousandWords,
    byCategory,
    byCategoryPerThousandWords: total.byCategoryPerThousandWords,
    bySeverity,
    notesWithErrorsOrWarnings,
    byRule,
    ruleCategories: Object.fromEntries(Object.keys(byRule).map((ruleId) => [ruleId, ruleCategories[ruleId] ?? ''])),
    ruleSeverities: Object.fromEntries(Object.keys(byRule).map((ruleId) => [ruleId, ruleSeverities[ruleId] ?? 'hint'])),
    ruleNames: Object.fromEntries(Object.keys(byRule).map((ruleId) => [ruleId, ruleName(ruleId)])),
    findingsPerThousandWords: { histogram: density },
    notesByRule: Object.fromEntries(Object.keys(byRule).map((ruleId) => [ruleId, notesByRule.get(ruleId) ?? 0])),
    writtenToChild: { histogram, noShare, median: total.medianWrittenToChildShare },
    childVoice: { notes: voices, share: total.childVoiceShare },
    household: householdTotals(figures),
    byTeam: withRow ? groupBy(figures, (note) => unknown(rowOf(note)?.team, 'team')) : [],
    byType: withRow ? groupBy(figures, (note) => unknown(rowOf(note)?.type, 'type')) : [],
    reReferrals: withRow
      ? groupBy(figures, (note) => {
          const reReferral = rowOf(note)?.reReferral;
          return reReferral === undefined ? '(not recorded)' : reReferral ? 'Re-referrals' : 'Other notes';
        })
      : [],
    periods,
    filters: {
      since: inputs.since ?? null,
      until: inputs.until ?? null,
      comparePeriods: inputs.comparePeriods?.spec ?? null,
    },
    excluded: { ...inputs.excluded, beforePeriods },
    manifest: inputs.manifest
      ? {
          path: inputs.manifest.path,
          rows: inputs.manifest.rows.size,
          matchedNotes: figures.filter((note) => rowOf(note) !== undefined).length,
          notesWithoutRow: figures.filter((note) => rowOf(note) === undefined).length,
        }
      : null,
    examples: inputs.examples,
    perNote: figures.map((note) => {
      const row = rowOf(note);
      const line: PerNote = {
        path: note.path,
        id: note.id,
        words: note.words,
        diagnostics: note.diagnostics,
        writtenToChildShare: note.writtenToChildShare === null ? null : round(note.writtenToChildShare, 3),
        childVoice: note.childVoice,
        counted: note.counted,
        child: note.child,
        household: note.household,
        countedSentences: note.countedSentences,
        byCategory: note.byCategory,
        bySeverity: note.bySeverity,
        perThousandWords: perThousand(note.diagnostics, note.words),
      };
      if (row?.childId !== undefined) line.childId = row.childId;
      if (row?.date !== undefined) line.date = row.date;
      if (row?.team !== undefined) line.team = row.team;
      if (row?.type !== undefined) line.type = row.type;
      if (row?.reReferral !== undefined) line.reReferral = row.reReferral;
      return line;
    }),
    skipped: [
      ...inputs.skippedNotes.map((problem) => ({ path: problem.location, reason: problem.reason })),
      ...inputs.skippedRows.map((problem) => ({ row: problem.location, reason: problem.reason })),
    ],
    warnings: figures.flatMap((note) => note.problems.map((reason) => ({ path: note.path, reason }))),
  };
}
