import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { assertBuilt, makeTempDir, runCli } from './run-cli.ts';

beforeAll(assertBuilt);

const blaming = 'Jade is putting herself at risk.\n';
const temp = makeTempDir({
  'notes/a.txt': blaming,
  'notes/deep/b.md': 'The CIN plan was reviewed.\n',
  'notes/deep/c.html': '<p>Tom&rsquo;s worker said Jade is putting herself at risk &amp; more.</p>',
  'notes/.hidden/d.txt': blaming,
  'notes/node_modules/e.txt': blaming,
  'notes/skip.pdf': 'not a note',
});
afterAll(temp.remove);

interface Json {
  files: { path: string; diagnostics: { ruleId: string; severity: string; actual: string }[] }[];
}
const json = (stdout: string) => JSON.parse(stdout) as Json;

describe('casenote lint takes files, folders and globs', () => {
  test('a folder is searched for .txt, .md and .html notes, skipping hidden folders and node_modules', () => {
    const run = runCli(['lint', 'notes', '--format', 'json'], { cwd: temp.dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(json(run.stdout).files.map((file) => file.path)).toEqual([
      'notes/a.txt',
      'notes/deep/b.md',
      'notes/deep/c.html',
    ]);
  });

  test('a quoted glob matches notes at any depth', () => {
    const run = runCli(['lint', 'notes/**/*.{md,html}', '--format', 'json'], { cwd: temp.dir });
    expect(run.status).toBe(0);
    expect(json(run.stdout).files.map((file) => file.path)).toEqual(['notes/deep/b.md', 'notes/deep/c.html']);
  });

  test('a glob that matches nothing is named and exits 2', () => {
    const run = runCli(['lint', 'notes/*.docx'], { cwd: temp.dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('casenote lint: skipped notes/*.docx: no notes match this pattern\n');
  });

  test('an HTML note is linted as text, with entities decoded, and offsets point into the text', () => {
    const run = runCli(['lint', 'notes/deep/c.html', '--format', 'json'], { cwd: temp.dir });
    const [file] = json(run.stdout).files;
    const finding = file?.diagnostics.find((diagnostic) => diagnostic.ruleId === 'put-self-at-risk');
    expect(finding?.actual).toBe('is putting herself at risk');
    expect(run.stdout).not.toContain('<p>');
  });
});

describe('notes are read as data', () => {
  const encodings = makeTempDir();
  afterAll(encodings.remove);

  test('a UTF-16 note with a byte order mark is read, not linted as garbage', () => {
    for (const [name, bytes] of [
      ['le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(blaming, 'utf16le')])],
      ['be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(blaming, 'utf16le').swap16()])],
    ] as const) {
      writeFileSync(path.join(encodings.dir, name), bytes);
      const run = runCli(['lint', name, '--format', 'json', '--fail-on', 'warning'], { cwd: encodings.dir });
      expect(run.status, name).toBe(1);
      expect(json(run.stdout).files[0]?.diagnostics.map((diagnostic) => diagnostic.actual)).toContain(
        'is putting herself at risk',
      );
    }
  });

  test('binary and Latin-1 files are named and skipped; the readable note is still reported', () => {
    writeFileSync(path.join(encodings.dir, 'good.txt'), blaming);
    writeFileSync(
      path.join(encodings.dir, 'random.txt'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    );
    writeFileSync(path.join(encodings.dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    const run = runCli(['lint', 'random.txt', 'good.txt', 'latin1.txt', '--format', 'json'], { cwd: encodings.dir });
    expect(run.status).toBe(2);
    expect(json(run.stdout).files.map((file) => file.path)).toEqual(['good.txt']);
    expect(run.stderr).toBe(
      'casenote lint: skipped random.txt: not a text file (it contains NUL bytes)\n' +
        'casenote lint: skipped latin1.txt: not UTF-8 text (save it as UTF-8 or UTF-16)\n',
    );
  });

  test('a note over 5 MB is skipped with the limit named, without reading it all', () => {
    writeFileSync(path.join(encodings.dir, 'huge.txt'), Buffer.alloc(6 * 1024 * 1024, 'a'));
    const run = runCli(['lint', 'huge.txt'], { cwd: encodings.dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('casenote lint: skipped huge.txt: too large to check (6.0 MB; the limit is 5.0 MB)\n');
  });

  test('a newline in a file name cannot fake a line of output', () => {
    const name = 'odd\nnotes/x.txt:1:1 error fake.txt';
    const run = runCli(['lint', name], { cwd: encodings.dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('casenote lint: skipped odd\\nnotes/x.txt:1:1 error fake.txt: cannot read: no such file\n');
  });
});

describe('CI conventions: --quiet, --max-warnings and .casenoterc discovery', () => {
  test('--quiet reports errors only', () => {
    const both = makeTempDir({ 'both.txt': `${blaming}The police called her a child prostitute.\n` });
    try {
      const severitiesOf = (args: string[]) =>
        json(
          runCli(['lint', 'both.txt', '--format', 'json', ...args], { cwd: both.dir }).stdout,
        ).files[0]?.diagnostics.map((diagnostic) => diagnostic.severity);
      expect(severitiesOf([])).toEqual(expect.arrayContaining(['error', 'warning']));
      expect(severitiesOf(['--quiet'])).toEqual(['error']);
    } finally {
      both.remove();
    }
  });

  test('--max-warnings N exits 1 only when warnings exceed N', () => {
    expect(runCli(['lint', 'notes/a.txt', '--max-warnings', '1'], { cwd: temp.dir }).status).toBe(0);
    const over = runCli(['lint', 'notes/a.txt', '--max-warnings', '0'], { cwd: temp.dir });
    expect(over.status).toBe(1);
    expect(over.stderr).toBe('casenote lint: 1 warnings, more than --max-warnings 0\n');
    expect(runCli(['lint', 'notes/a.txt', '--max-warnings', 'few'], { cwd: temp.dir }).status).toBe(2);
  });

  test('the nearest .casenoterc.yml above the working folder applies, and --no-config ignores it', () => {
    const project = makeTempDir({ '.casenoterc.yml': 'rules:\n  put-self-at-risk: off\n', 'team/visit.txt': blaming });
    try {
      const ruleIds = (stdout: string) => json(stdout).files[0]?.diagnostics.map((diagnostic) => diagnostic.ruleId);
      const cwd = path.join(project.dir, 'team');
      expect(ruleIds(runCli(['lint', 'visit.txt', '--format', 'json'], { cwd }).stdout)).not.toContain(
        'put-self-at-risk',
      );
      expect(ruleIds(runCli(['lint', 'visit.txt', '--format', 'json', '--no-config'], { cwd }).stdout)).toContain(
        'put-self-at-risk',
      );
    } finally {
      project.remove();
    }
  });

  test('a config naming __proto__ or constructor as a rule is refused in one line', () => {
    const project = makeTempDir({ 'bad.yml': 'rules:\n  constructor: off\n', 'visit.txt': blaming });
    try {
      const run = runCli(['lint', 'visit.txt', '--config', 'bad.yml'], { cwd: project.dir });
      expect(run.status).toBe(2);
      expect(run.stderr).toBe("casenote: invalid config bad.yml: 'rules.constructor' is not a rule or category name\n");
    } finally {
      project.remove();
    }
  });
});
