import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { assertBuilt, lintJson, makeTempDir, repoRoot, runCli } from './run-cli.ts';

beforeAll(assertBuilt);

const fixtures = 'test/fixtures/audit';
const manifestCsv = `${fixtures}/manifest.csv`;
const out = makeTempDir();
afterAll(out.remove);

interface AuditJson {
  notes: number;
  words: number;
  diagnostics: number;
  byCategory: Record<string, number>;
  byRule: Record<string, number>;
  perNote: {
    path: string;
    id: string;
    words: number;
    diagnostics: number;
    writtenToChildShare: number | null;
    childVoice: boolean;
    team?: string;
    date?: string;
    reReferral?: boolean;
  }[];
  skipped: ({ path: string; reason: string } | { row: string; reason: string })[];
  warnings: { path: string; reason: string }[];
  byTeam: { group: string; notes: number }[];
  reReferrals: { group: string; notes: number }[];
  periods: { group: string; notes: number; after: string; through: string }[] | null;
  childVoice: { notes: number; share: number };
  writtenToChild: { histogram: { notes: number }[]; noShare: number };
  examples: { ruleId: string; path: string; before: string; actual: string; after: string }[];
  excluded: { outsideDates: number; noDate: number };
}

function audit(args: string[]) {
  const json = path.join(out.dir, `report-${Math.random().toString(36).slice(2)}.json`);
  const html = json.replace(/\.json$/, '.html');
  const run = runCli(['audit', ...args, '--json', json, '--out', html]);
  if (run.status !== 0) throw new Error(`casenote audit exited ${run.status}: ${run.stderr}`);
  return { run, report: JSON.parse(readFileSync(json, 'utf8')) as AuditJson, html: readFileSync(html, 'utf8') };
}

const full = audit([fixtures, '--manifest', manifestCsv]);

describe('casenote audit over the sample notes with a CSV manifest', () => {
  test('the JSON report has the documented shape', () => {
    const { report } = full;
    for (const key of ['notes', 'words', 'diagnostics', 'byCategory', 'byRule', 'perNote', 'skipped'])
      expect(report).toHaveProperty(key);
    expect(report.notes).toBe(30);
    expect(report.perNote).toHaveLength(30);
    for (const note of report.perNote) {
      expect(Object.keys(note).slice(0, 6)).toEqual([
        'path',
        'id',
        'words',
        'diagnostics',
        'writtenToChildShare',
        'childVoice',
      ]);
      expect(note.words).toBeGreaterThan(20);
      expect(note.id).toBe(path.basename(note.path, path.extname(note.path)));
    }
    const paths = report.perNote.map((note) => note.path);
    expect(paths).toEqual(paths.toSorted());
    expect(report.words).toBe(report.perNote.reduce((sum, note) => sum + note.words, 0));
    expect(report.diagnostics).toBe(report.perNote.reduce((sum, note) => sum + note.diagnostics, 0));
    expect(Object.values(report.byCategory).reduce((sum, count) => sum + count, 0)).toBe(report.diagnostics);
    expect(Object.values(report.byRule).reduce((sum, count) => sum + count, 0)).toBe(report.diagnostics);
  });

  test('its totals equal what casenote lint finds on the same notes (HTML notes converted as the audit converts them)', () => {
    const { report } = full;
    expect(report.perNote.filter((note) => note.path.endsWith('.html')).length).toBeGreaterThanOrEqual(5);
    // One lint run over every note, text and HTML alike (lint converts HTML to text as the audit does).
    const linted = lintJson(report.perNote.map((note) => note.path));
    const byPath = new Map(
      linted.files.map((file) => [path.relative(repoRoot, path.resolve(repoRoot, file.path)), file]),
    );
    const byRule: Record<string, number> = {};
    let diagnostics = 0;
    for (const note of report.perNote) {
      const file = byPath.get(note.path);
      expect(file, note.path).toBeDefined();
      expect(note.diagnostics, note.path).toBe(file?.diagnostics.length);
      expect(note.childVoice, note.path).toBe(file?.summary.childVoice);
      diagnostics += file?.diagnostics.length ?? 0;
      for (const diagnostic of file?.diagnostics ?? [])
        byRule[diagnostic.ruleId] = (byRule[diagnostic.ruleId] ?? 0) + 1;
    }
    expect(linted.files).toHaveLength(report.perNote.length);
    expect(report.diagnostics).toBe(diagnostics);
    expect(report.byRule).toEqual(byRule);
  });

  test('manifest rows give notes their team, date and re-referral; groups add up', () => {
    const { report } = full;
    const maya = report.perNote.find((note) => note.id === 'n01-maya-visit');
    expect(maya).toMatchObject({ team: 'North', date: '2024-04-15', reReferral: false });
    expect(report.byTeam.map((group) => group.group)).toEqual(['MASH', 'North', 'South', '(no team)']);
    expect(report.byTeam.reduce((sum, group) => sum + group.notes, 0)).toBe(30);
    expect(report.reReferrals.map((group) => group.group)).toEqual(['Other notes', 'Re-referrals', '(not recorded)']);
    expect(report.reReferrals.reduce((sum, group) => sum + group.notes, 0)).toBe(30);
    expect(
      report.writtenToChild.histogram.reduce((sum, bin) => sum + bin.notes, 0) + report.writtenToChild.noShare,
    ).toBe(30);
    expect(report.childVoice.notes).toBe(report.perNote.filter((note) => note.childVoice).length);
  });

  test('bad input is skipped, counted and named with its file or manifest line', () => {
    const { report, run } = full;
    expect(report.skipped).toEqual([
      { path: `${fixtures}/mash/m11-empty.txt`, reason: 'empty note' },
      { path: `${fixtures}/mash/m12-only-markup.html`, reason: 'no text once the markup is removed' },
      { row: `${manifestCsv}:9`, reason: expect.stringContaining("bad re_referral 'maybe'") },
      { row: `${manifestCsv}:16`, reason: expect.stringContaining("duplicate id 'n02-leo-visit'") },
      { row: `${manifestCsv}:30`, reason: expect.stringContaining("bad date '2024-13-01'") },
      { row: `${manifestCsv}:35`, reason: expect.stringContaining("no note named 'n99-ghost'") },
      { row: `${manifestCsv}:36`, reason: expect.stringContaining("no note named 's03-isla-visit, with a comma'") },
    ]);
    expect(report.warnings).toEqual([
      { path: `${fixtures}/mash/m06-harvey-contact.html`, reason: expect.stringContaining('not closed') },
    ]);
    expect(run.stderr).toContain('Skipped 7 inputs:');
    expect(run.stderr).toContain(`${manifestCsv}:30: bad date`);
    expect(full.html).toContain(`${manifestCsv}:35`);
    expect(full.html).toContain('Inputs skipped or read with problems (8)');
  });

  test('a piped run prints throughput but no progress bar on stderr, and nothing on stdout', () => {
    const { run } = full;
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^Audited 30 notes \([\d,]+ words\) in [\d.]+ s: [\d,]+ notes\/s, [\d,]+ words\/s\.\n/);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: no progress bar (ANSI) when not a terminal
    expect(run.stderr).not.toMatch(/[\r\u001b█░]/);
  });

  test('examples are short, HTML-escaped and have the phrase marked', () => {
    const { report, html } = full;
    expect(report.examples.length).toBeGreaterThan(5);
    for (const example of report.examples)
      expect(example.before.length + example.actual.length + example.after.length).toBeLessThan(140);
    const marked = [...html.matchAll(/<mark>([^<]*)<\/mark>/g)].map((match) => match[1]);
    expect(marked.length).toBeGreaterThan(20);
    const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
    for (const phrase of marked) expect(report.examples.map((example) => escapeHtml(example.actual))).toContain(phrase);
    expect(marked).toContain('putting herself at risk');
    // m09's "poor choices & putting herself at risk" is quoted with its ampersand escaped.
    expect(html).toMatch(/poor choices &#38; <mark>putting herself at risk<\/mark>/);
  });

  test('the HTML report is self-contained and accessible', () => {
    const { html } = full;
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en-GB">')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    expect(html).not.toMatch(/\b(?:src|href)\s*=/i);
    expect(html).not.toMatch(/https?:\/\//i);
    const charts = html.match(/<svg class="chart" role="img" aria-labelledby="chart-\d+"/g) ?? [];
    expect(charts.length).toBeGreaterThanOrEqual(7);
    // Every chart sits beside (or, for wide tables, above) a table with a caption.
    const pairs =
      html.match(/<figure><svg[\s\S]*?<\/svg><\/figure>(?:\n<div class="scroll">)?<table><caption>[^<]+<\/caption>/g) ??
      [];
    expect(pairs.length).toBe(charts.length);
    expect(html).toContain('<th scope="col">');
    const levels = [...html.matchAll(/<h([1-6])\b/g)].map((match) => Number(match[1]));
    expect(levels[0]).toBe(1);
    for (const [index, level] of levels.entries())
      if (index > 0) expect(level - levels[index - 1]!).toBeLessThanOrEqual(1);
    for (const heading of [
      'Findings per 1,000 words, by category',
      'Notes written to the child',
      "The child's voice",
      'Findings by severity',
      'Findings per 1,000 words, note by note',
      'Findings by rule',
      'Examples',
      'Notes to dip-sample',
      'Per team',
      'Per type of note',
      'Re-referrals against the rest',
    ]) {
      expect(html).toContain(`<h2>${heading}</h2>`);
    }
  });
});

describe('casenote audit with a JSONL manifest', () => {
  test('reads the same rows and reports its bad lines by line number', () => {
    const { report } = audit([fixtures, '--manifest', `${fixtures}/manifest.jsonl`]);
    expect(report.notes).toBe(30);
    expect(report.diagnostics).toBe(full.report.diagnostics);
    const rows = report.skipped.filter((entry): entry is { row: string; reason: string } => 'row' in entry);
    expect(rows).toEqual([
      { row: `${fixtures}/manifest.jsonl:6`, reason: 'not valid JSON' },
      { row: `${fixtures}/manifest.jsonl:9`, reason: expect.stringContaining("bad re_referral 'perhaps'") },
      { row: `${fixtures}/manifest.jsonl:29`, reason: expect.stringContaining("bad date '01/06/2024'") },
      { row: `${fixtures}/manifest.jsonl:34`, reason: expect.stringContaining("no note named 'n99-ghost'") },
    ]);
    expect(report.perNote.find((note) => note.id === 'm02-mason-contact')).toMatchObject({
      team: 'MASH',
      reReferral: true,
    });
  });
});

describe('threads', () => {
  test('--jobs 2 gives the same report as auditing in one thread', () => {
    const temp = makeTempDir();
    try {
      // Enough notes for the worker threads to start (they are used from 200 notes).
      const base = readFileSync(path.join(repoRoot, fixtures, 'north/n03-priya-contact.txt'), 'utf8');
      const good = readFileSync(path.join(repoRoot, fixtures, 'north/n01-maya-visit.txt'), 'utf8');
      for (let index = 0; index < 240; index += 1)
        temp.write(`notes/note-${String(index).padStart(3, '0')}.txt`, index % 3 ? base : good);
      const strip = (report: AuditJson) => ({ ...report, generatedAt: '' });
      const one = runCli(['audit', 'notes', '--jobs', '1', '--json', 'one.json'], { cwd: temp.dir });
      const two = runCli(['audit', 'notes', '--jobs', '2', '--json', 'two.json'], { cwd: temp.dir });
      expect(one.status).toBe(0);
      expect(two.status).toBe(0);
      const first = JSON.parse(readFileSync(path.join(temp.dir, 'one.json'), 'utf8')) as AuditJson;
      const second = JSON.parse(readFileSync(path.join(temp.dir, 'two.json'), 'utf8')) as AuditJson;
      expect(first.notes).toBe(240);
      expect(strip(second)).toEqual(strip(first));
    } finally {
      temp.remove();
    }
    // Two audits of 240 notes each, threads started: more than the unit tests' 30 s on a loaded machine.
  }, 90_000);
});
