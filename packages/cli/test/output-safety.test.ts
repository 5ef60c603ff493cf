import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { assertBuilt, makeTempDir, repoRoot, runCli } from './run-cli.ts';

beforeAll(assertBuilt);

const note = 'I visited you at home today. You said school is going well.\n';
const temp = makeTempDir({ 'keep.txt': note, 'notes/a.txt': note });
afterAll(temp.remove);

describe('casenote audit never overwrites a note and names a bad output before the work', () => {
  test('--json onto a note is refused and the note is unchanged', () => {
    const run = runCli(['audit', 'keep.txt', '--json', 'keep.txt'], { cwd: temp.dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('will not write a report onto an input: keep.txt');
    expect(readFileSync(path.join(temp.dir, 'keep.txt'), 'utf8')).toBe(note);
  });

  test('--out onto a note found inside a folder, by another name, is refused', () => {
    const run = runCli(['audit', 'notes', '--out', './notes/../notes/a.txt'], { cwd: temp.dir });
    expect(run.status).toBe(2);
    expect(readFileSync(path.join(temp.dir, 'notes/a.txt'), 'utf8')).toBe(note);
  });

  test('an unwritable --out is reported before any note is audited', () => {
    const run = runCli(['audit', 'notes', '--out', 'no/such/folder/report.html'], { cwd: temp.dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('casenote: cannot write no/such/folder/report.html: no such file\n');
    expect(run.stderr).not.toContain('Audited');
  });
});

describe.runIf(existsSync('/dev/full'))('a full disk is one line and exit 2, never a stack trace', () => {
  const intoFullDisk = (args: string[]) => {
    const full = openSync('/dev/full', 'w');
    try {
      return spawnSync(process.execPath, [path.join(repoRoot, 'packages/cli/bin/casenote.js'), ...args], {
        cwd: temp.dir,
        stdio: ['ignore', full, 'pipe'],
        encoding: 'utf8',
        timeout: 20_000,
      });
    } finally {
      closeSync(full);
    }
  };

  test('casenote lint > /dev/full', () => {
    const run = intoFullDisk(['lint', 'keep.txt']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('casenote: cannot write to standard output: no space left on the device\n');
  });

  test('casenote audit --json - > /dev/full', () => {
    const run = intoFullDisk(['audit', 'keep.txt', '--json', '-']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/casenote: cannot write to standard output: no space left on the device\n$/);
    expect(run.stderr).not.toMatch(/\bat .*:\d+:\d+/);
  });

  test('casenote audit --out /dev/full', () => {
    const run = runCli(['audit', 'keep.txt', '--out', '/dev/full'], { cwd: temp.dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/casenote: cannot write \/dev\/full: no space left on the device\n$/);
  });
});
