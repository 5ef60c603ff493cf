import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { assertBuilt, makeTempDir, runCli } from './run-cli.ts';

beforeAll(assertBuilt);

const temp = makeTempDir({
  'notes/good.txt': 'I visited you at home today and you told me about your new school.\n',
  'notes/binary.txt': 'I visited\u0000you\u0000',
  'notes/broken.html': '<p>I visited you today.</p><p>You said <b "hi"',
  'notes/comment.html': '<p>You showed me your drawing.</p><!-- never closed',
  'notes/ignored.pdf': 'not a note type',
  'manifest.jsonl': [
    '{"id": "good", "date": "2024-02-01", "re_referral": "yes"}',
    '{"id": "ghost", "date": "2024-02-01"}',
    '{"id": "broken", "date": "2024-02-31"}',
    '["not", "an", "object"]',
  ].join('\n'),
});
// Bytes that are not UTF-8 (Latin-1 "café"), and a note that points nowhere.
writeFileSync(path.join(temp.dir, 'notes/latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
symlinkSync(path.join(temp.dir, 'nowhere.txt'), path.join(temp.dir, 'notes/dangling.txt'));
afterAll(temp.remove);

test('unreadable files, broken HTML, bad manifest rows and missing paths are reported with their location, never fatal', () => {
  const run = runCli(
    [
      'audit',
      'notes',
      'missing-folder',
      'notes/ignored.pdf',
      '--manifest',
      'manifest.jsonl',
      '--json',
      'report.json',
      '--out',
      'report.html',
    ],
    { cwd: temp.dir },
  );
  expect(run.status).toBe(0);
  const report = JSON.parse(readFileSync(path.join(temp.dir, 'report.json'), 'utf8')) as {
    notes: number;
    skipped: ({ path: string; reason: string } | { row: string; reason: string })[];
    warnings: { path: string; reason: string }[];
    perNote: { id: string; reReferral?: boolean }[];
  };
  expect(report.perNote.map((note) => note.id)).toEqual(['broken', 'comment', 'good']);
  expect(report.perNote[2]).toMatchObject({ id: 'good', reReferral: true });
  expect(report.skipped).toEqual([
    { path: 'missing-folder', reason: 'cannot read: no such file' },
    { path: 'notes/ignored.pdf', reason: 'not a note (expected .txt, .md, .html, .htm)' },
    { path: 'notes/binary.txt', reason: 'not a text file (it contains NUL bytes)' },
    { path: 'notes/dangling.txt', reason: 'cannot read: no such file' },
    { path: 'notes/latin1.txt', reason: 'not UTF-8 text (save it as UTF-8 or UTF-16)' },
    { row: 'manifest.jsonl:2', reason: "no note named 'ghost' (.txt, .md or .html) among the paths given" },
    { row: 'manifest.jsonl:3', reason: "bad date '2024-02-31' for 'broken' (expected yyyy-mm-dd)" },
    { row: 'manifest.jsonl:4', reason: 'not a JSON object' },
  ]);
  expect(report.warnings).toEqual([
    { path: 'notes/broken.html', reason: 'a tag is never closed (<b "hi"…); the rest of the file was dropped' },
    { path: 'notes/comment.html', reason: 'a comment (<!--) is never closed; the rest of the file was dropped' },
  ]);
  expect(run.stderr).toContain('Skipped 8 inputs:\n  missing-folder: cannot read: no such file\n');
  expect(run.stderr).toContain('  manifest.jsonl:3: bad date');
  expect(run.stderr).toContain(
    'Read with problems (audited as far as possible):\n  notes/broken.html: a tag is never closed',
  );
  const html = readFileSync(path.join(temp.dir, 'report.html'), 'utf8');
  expect(html).toContain('Inputs skipped or read with problems (10)');
  expect(html).toContain('<th scope="row">notes/dangling.txt</th><td>Skipped</td><td>cannot read: no such file</td>');
  expect(html).toContain('<th scope="row">notes/broken.html</th><td>Audited as far as it could be read</td>');
});

test('with nothing readable the audit still writes an empty report and exits 0', () => {
  const run = runCli(['audit', 'missing-folder', '--json', '-'], { cwd: temp.dir });
  expect(run.status).toBe(0);
  const report = JSON.parse(run.stdout) as { notes: number; words: number; diagnostics: number; skipped: unknown[] };
  expect(report).toMatchObject({
    notes: 0,
    words: 0,
    diagnostics: 0,
    skipped: [{ path: 'missing-folder', reason: 'cannot read: no such file' }],
  });
});

test('a report that cannot be written is a one-line error with exit 2', () => {
  const run = runCli(['audit', 'notes/good.txt', '--out', 'no/such/folder/report.html'], { cwd: temp.dir });
  expect(run.status).toBe(2);
  expect(run.stderr).toBe('casenote: cannot write no/such/folder/report.html: no such file\n');
});
