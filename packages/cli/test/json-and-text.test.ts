import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { assertBuilt, lintJson, makeTempDir, repoRoot, runCli, sampleNote, type JsonReport } from './run-cli.ts';

beforeAll(assertBuilt);

const teamConfig = path.join(repoRoot, 'packages/cli/test/fixtures/team-config.yml');
const sampleText = readFileSync(sampleNote, 'utf8');
const temp = makeTempDir({
  'first.txt': 'Jade has a consistent guide at school.\n',
  'second.txt': 'I visited you at home today and you showed me your room.\n',
  'third.txt': 'Two consistent guides help Jade with reading.\n',
});
afterAll(temp.remove);

const diagnosticKeys = [
  'from',
  'to',
  'line',
  'column',
  'ruleId',
  'category',
  'severity',
  'message',
  'explanation',
  'actual',
  'suggestions',
  'consider',
  'source',
];

describe('--format json', () => {
  test('has exactly the documented shape, every diagnostic with the same keys in the same order', () => {
    const run = runCli(['lint', '--format', 'json', 'test/fixtures/notes/sample-visit.txt']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(Object.keys(report)).toEqual(['files']);
    expect(report.files).toHaveLength(1);
    const [file] = report.files;
    expect(Object.keys(file!)).toEqual(['path', 'diagnostics', 'summary', 'sentences']);
    // every sentence as the analysis counted it: the summary's figures are made of these
    expect(file!.sentences).toHaveLength(file!.summary.sentences);
    expect(file!.sentences.filter((sentence) => sentence.kind === 'to-child')).toHaveLength(file!.summary.toChild);
    for (const sentence of file!.sentences)
      expect(Object.keys(sentence)).toEqual([
        'from',
        'to',
        'line',
        'column',
        'kind',
        'addressee',
        'voice',
        'speaker',
        'reason',
      ]);
    expect(Object.keys(file!.summary)).toEqual([
      'sentences',
      'toChild',
      'aboutChild',
      'neutral',
      'writtenToChildShare',
      'childVoice',
      'missingChildren',
      'readingAge',
    ]);
    expect(file!.path).toBe('test/fixtures/notes/sample-visit.txt');
    expect(file!.diagnostics.length).toBeGreaterThan(5);
    for (const diagnostic of file!.diagnostics) {
      expect(Object.keys(diagnostic)).toEqual(diagnosticKeys);
      expect(diagnostic.actual).toBe(sampleText.slice(diagnostic.from, diagnostic.to));
      expect(diagnostic.suggestions).toBeInstanceOf(Array);
      expect(typeof diagnostic.explanation).toBe('string');
      expect(diagnostic.source === null || /^https?:\/\//.test(diagnostic.source)).toBe(true);
    }
  });

  test('the sample visit note is flagged for victim-blaming wording and jargon', () => {
    const [file] = lintJson([sampleNote]).files;
    const categories = new Set(file!.diagnostics.map((diagnostic) => diagnostic.category));
    expect(categories).toContain('victim-blaming');
    expect(categories).toContain('jargon');
    expect(categories).toContain('deficit');
  });

  test('diagnostics are in text order', () => {
    const [file] = lintJson([sampleNote]).files;
    const starts = file!.diagnostics.map((diagnostic) => diagnostic.from);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  test('one full diagnostic from a team rule pack', () => {
    const report = lintJson(['--config', teamConfig, 'first.txt'], { cwd: temp.dir });
    const found = report.files[0]!.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'team-consistent-guide');
    expect(found).toEqual([
      {
        from: 11,
        to: 27,
        line: 1,
        column: 12,
        ruleId: 'team-consistent-guide',
        category: 'jargon',
        severity: 'info',
        message: expect.stringContaining('consistent guide'),
        explanation:
          'Children in care asked for plainer words than this service phrase. Say who supports the child and how.',
        actual: 'consistent guide',
        suggestions: ['constant support'],
        consider: [],
        source: 'https://tactfostering.org.uk/knowledge-centre/language-that-cares',
      },
    ]);
  });

  test('one entry per input, in input order, with "-" for standard input', () => {
    const report = lintJson(['--config', teamConfig, 'third.txt', '-', 'first.txt', 'second.txt'], {
      cwd: temp.dir,
      input: 'The consistent guide came to the review.\n',
    });
    expect(report.files.map((file) => file.path)).toEqual(['third.txt', '-', 'first.txt', 'second.txt']);
    const teamFindings = report.files.map((file) =>
      file.diagnostics
        .filter((diagnostic) => diagnostic.ruleId === 'team-consistent-guide')
        .map((diagnostic) => diagnostic.actual),
    );
    expect(teamFindings).toEqual([['consistent guides'], ['consistent guide'], ['consistent guide'], []]);
  });

  test('a note with nothing to flag gives an empty list', () => {
    const report = lintJson(['second.txt'], { cwd: temp.dir });
    expect(report.files.map((file) => [file.path, file.diagnostics])).toEqual([['second.txt', []]]);
  });
});

describe('--format text (the default)', () => {
  test('one finding a line, path:line:column severity message (ruleId), matching the json', () => {
    const text = runCli(['lint', 'test/fixtures/notes/sample-visit.txt']);
    expect(text.status).toBe(0);
    const [file] = lintJson(['test/fixtures/notes/sample-visit.txt']).files;
    const lines = text.stdout.trimEnd().split('\n');
    const findings = lines.slice(0, -2);
    expect(lines.at(-2)).toMatch(
      /^test\/fixtures\/notes\/sample-visit\.txt: \d+ % written to the child \(\d+ of \d+ sentences\); child's voice (not )?recorded/,
    );
    expect(findings).toEqual(
      file!.diagnostics.map(
        (diagnostic) =>
          `test/fixtures/notes/sample-visit.txt:${diagnostic.line}:${diagnostic.column} ${diagnostic.severity} ${diagnostic.message} (${diagnostic.ruleId})`,
      ),
    );
    for (const line of findings) {
      expect(line).toMatch(
        /^test\/fixtures\/notes\/sample-visit\.txt:\d+:\d+ (error|warning|info|hint) \S.* \([a-z0-9-]+\)$/,
      );
    }
  });

  test('ends with a summary of the counts per severity and the number of files', () => {
    const run = runCli(['lint', sampleNote, '-'], { input: '' });
    const [file] = lintJson([sampleNote]).files;
    const count = (severity: string) =>
      file!.diagnostics.filter((diagnostic) => diagnostic.severity === severity).length;
    const total = file!.diagnostics.length;
    const summary = run.stdout.trimEnd().split('\n').at(-1);
    expect(summary).toBe(
      `${total} findings in 2 files: ${count('error')} error${count('error') === 1 ? '' : 's'}, ` +
        `${count('warning')} warning${count('warning') === 1 ? '' : 's'}, ${count('info')} info, ` +
        `${count('hint')} hint${count('hint') === 1 ? '' : 's'}.`,
    );
  });

  test('a single finding reads naturally', () => {
    const run = runCli(['lint', '--config', teamConfig, 'first.txt'], { cwd: temp.dir });
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toContainEqual(expect.stringMatching(/^first\.txt:1:12 info .+ \(team-consistent-guide\)$/));
  });

  test('a clean note says so', () => {
    const run = runCli(['lint', 'second.txt'], { cwd: temp.dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(
      /: 100 % written to the child \(\d+ of \d+ sentences\); child's voice recorded.*\nNo findings in 1 file\.\n$/,
    );
  });
});

describe('standard input', () => {
  test('is read when no file is given and stdin is not a terminal', () => {
    const report = lintJson([], { input: sampleText });
    expect(report.files.map((file) => file.path)).toEqual(['-']);
    expect(report.files[0]!.diagnostics).toEqual(lintJson([sampleNote]).files[0]!.diagnostics);
  });

  test("is read for '-'", () => {
    const run = runCli(['lint', '-'], {
      input: 'I visited you at home today. You told me you like your new school.\n',
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      "-: 100 % written to the child (2 of 2 sentences); child's voice recorded; reading age 6\nNo findings in 1 file.\n",
    );
  });
});

describe('writing to the child (--child, --household, summary)', () => {
  test('reports the summary per file and a prompt for each child not mentioned', () => {
    const report = lintJson(['--child', 'Jade:9', '--household', 'Jade:9,Sam:6,Mo:14', '-'], {
      input: 'SW visited Jade at home. Jade said she likes school. Sam was asleep.\n',
    });
    const [file] = report.files;
    expect(file!.summary).toEqual({
      sentences: 3,
      toChild: 0,
      aboutChild: 2,
      neutral: 1,
      writtenToChildShare: 0,
      childVoice: true,
      missingChildren: ['Mo'],
      readingAge: expect.any(Number),
    });
    expect(
      file!.diagnostics
        .filter((d) => d.ruleId === 'household-child-not-mentioned')
        .map((d) => [d.message, d.line, d.column]),
    ).toEqual([['This note does not mention Mo yet', 1, 1]]);
    expect(file!.diagnostics.find((d) => d.ruleId === 'about-child-sentence')?.suggestions).toEqual(['I visited you']);
  });

  test('computes the summary without context too', () => {
    const [file] = lintJson(['-'], { input: 'I visited you today. You told me about your friends.\n' }).files;
    expect(file!.summary).toMatchObject({
      toChild: 2,
      aboutChild: 0,
      writtenToChildShare: 1,
      childVoice: true,
      missingChildren: [],
    });
  });

  test('rejects a malformed --child', () => {
    const run = runCli(['lint', '--child', 'Jade:old', '-'], { input: 'x' });
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain("option '--child' takes NAME or NAME:AGE, not 'Jade:old'");
  });
});
