import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { assertBuilt, makeTempDir, runCli } from './run-cli.ts';

beforeAll(assertBuilt);

const fixtures = 'test/fixtures/audit';
const manifest = `${fixtures}/manifest.csv`;
const out = makeTempDir();
afterAll(out.remove);

interface Report {
  notes: number;
  perNote: { id: string; date?: string }[];
  excluded: { outsideDates: number; noDate: number; beforePeriods: number };
  filters: { since: string | null; until: string | null; comparePeriods: string | null };
  periods: { group: string; notes: number; after: string; through: string; perThousandWords: number }[] | null;
}

function auditJson(args: string[]): { report: Report; stderr: string; html: string } {
  const html = path.join(out.dir, 'report.html');
  const run = runCli(['audit', fixtures, '--manifest', manifest, '--json', '-', '--out', html, ...args]);
  if (run.status !== 0) throw new Error(`casenote audit exited ${run.status}: ${run.stderr}`);
  return { report: JSON.parse(run.stdout) as Report, stderr: run.stderr, html: readFileSync(html, 'utf8') };
}

describe('--since and --until', () => {
  test('keep only notes dated within the dates, inclusive, and count the rest', () => {
    const { report, stderr } = auditJson(['--since', '2024-04-15', '--until', '2024-11-13']);
    const dates = report.perNote.map((note) => note.date);
    expect(dates.every((date) => date !== undefined && date >= '2024-04-15' && date <= '2024-11-13')).toBe(true);
    expect(report.perNote.map((note) => note.id)).toContain('n01-maya-visit'); // dated 2024-04-15
    expect(report.perNote.map((note) => note.id)).toContain('n05-ruby-visit'); // dated 2024-11-13
    expect(report.notes).toBe(13);
    // 32 notes found: 13 kept, 2 with no usable row (bad date, bad re_referral) have no date, the rest are outside.
    expect(report.excluded).toMatchObject({ noDate: 2, outsideDates: 17 });
    expect(report.filters).toEqual({ since: '2024-04-15', until: '2024-11-13', comparePeriods: null });
    expect(stderr).toContain('Left out by --since/--until: 17 outside the dates, 2 without a date.');
  });

  test('--since alone', () => {
    const { report } = auditJson(['--since', '2025-03-01']);
    expect(report.perNote.map((note) => note.date)).toEqual([
      '2025-03-09',
      '2025-05-01',
      '2025-04-21',
      '2025-06-13',
      '2025-04-11',
      '2025-06-03',
    ]);
  });
});

describe('--compare-periods', () => {
  test('6m splits the notes into half-years ending at the latest date', () => {
    const { report, html } = auditJson(['--compare-periods', '6m']);
    expect(report.periods).not.toBeNull();
    const periods = report.periods!;
    expect(periods.map((period) => period.group)).toEqual([
      '2023-12-14 to 2024-06-13',
      '2024-06-14 to 2024-12-13',
      '2024-12-14 to 2025-06-13',
    ]);
    expect(periods.at(-1)!.through).toBe('2025-06-13');
    // Every dated note (28) is in exactly one period.
    expect(periods.reduce((sum, period) => sum + period.notes, 0)).toBe(28);
    expect(report.excluded.beforePeriods).toBe(0);
    expect(html).toContain('<h2>Period against period</h2>');
    expect(html).toContain('<th scope="row">2024-12-14 to 2025-06-13</th>');
  });

  test('3m makes more, shorter periods that still cover every dated note', () => {
    const { report } = auditJson(['--compare-periods', '3m']);
    expect(report.periods!.length).toBe(6);
    expect(report.periods!.reduce((sum, period) => sum + period.notes, 0)).toBe(28);
    expect(report.periods![0]!.group).toBe('2023-12-14 to 2024-03-13');
  });

  test('combined with --until, periods end at the latest note kept', () => {
    const { report } = auditJson(['--until', '2024-12-31', '--compare-periods', '1y']);
    expect(report.periods!.map((period) => period.group)).toEqual(['2023-11-24 to 2024-11-23']);
  });
});

describe('bad usage exits 2 with one line on stderr', () => {
  const cases: [string[], string][] = [
    [[], "casenote audit: no notes: give one or more files or folders (see 'casenote audit --help')\n"],
    [
      [fixtures, '--since', '2024-02-30', '--manifest', manifest],
      "casenote audit: option '--since' takes a date written yyyy-mm-dd, not '2024-02-30' (see 'casenote audit --help')\n",
    ],
    [
      [fixtures, '--since', '2024-03-01'],
      "casenote audit: option '--since' needs --manifest (the notes' dates come from it) (see 'casenote audit --help')\n",
    ],
    [
      [fixtures, '--manifest', manifest, '--compare-periods', 'half-year'],
      "casenote audit: option '--compare-periods' takes a length such as 6m, 3m, 1y, 2w or 30d, not 'half-year' (see 'casenote audit --help')\n",
    ],
    [
      [fixtures, '--manifest', manifest, '--since', '2025-01-01', '--until', '2024-01-01'],
      "casenote audit: --since 2025-01-01 is after --until 2024-01-01 (see 'casenote audit --help')\n",
    ],
    [
      [fixtures, '--manifest', 'no-such-manifest.csv'],
      'casenote: cannot read manifest no-such-manifest.csv: no such file\n',
    ],
    [[fixtures, '--frobnicate'], "casenote audit: unknown option '--frobnicate' (see 'casenote audit --help')\n"],
  ];
  test.each(cases)('casenote audit %j', (args, stderr) => {
    const run = runCli(['audit', ...args]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(stderr);
    expect(run.stdout).toBe('');
  });

  test('a manifest without an id column', () => {
    const temp = makeTempDir({ 'rows.csv': 'name,date\nn01,2024-01-01\n' });
    try {
      const run = runCli(['audit', path.resolve(fixtures), '--manifest', 'rows.csv'], { cwd: temp.dir });
      expect(run.status).toBe(2);
      expect(run.stderr).toBe(
        "casenote: invalid manifest rows.csv: no 'id' column in the header (expected id, child_id, date, team, type, re_referral)\n",
      );
    } finally {
      temp.remove();
    }
  });

  test('--help lists every option', () => {
    const run = runCli(['audit', '--help']);
    expect(run.status).toBe(0);
    for (const option of [
      '--out',
      '--json',
      '--manifest',
      '--since',
      '--until',
      '--compare-periods',
      '--config',
      '--no-examples',
      '--jobs',
    ])
      expect(run.stdout).toContain(option);
    expect(runCli(['--help']).stdout).toMatch(/\n {2}audit +Audit folders of notes/);
  });
});
