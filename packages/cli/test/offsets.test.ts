import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { main } from '../src/main.ts';
import { assertBuilt, lintJson, makeTempDir, repoRoot } from './run-cli.ts';

beforeAll(assertBuilt);

const teamConfig = path.join(repoRoot, 'packages/cli/test/fixtures/team-config.yml');
const temp = makeTempDir();
afterAll(temp.remove);

// Line 1 has an emoji (two UTF-16 code units) and a non-ASCII name; lines end in CRLF.
const note =
  'Zoë 😀 went to school.\r\nShe has a consistent guide 🏫 there.\r\n\r\n😀😀 Her consistent guides help.\r\n';

function expectedLocation(text: string, needle: string, fromIndex = 0) {
  const from = text.indexOf(needle, fromIndex);
  const before = text.slice(0, from).split('\r\n');
  return { from, to: from + needle.length, line: before.length, column: before.at(-1)!.length + 1, actual: needle };
}

describe('offsets, lines and columns', () => {
  test('with CRLF line endings, emoji and non-ASCII names, from a file and from stdin', () => {
    const file = temp.write('crlf.txt', note);
    const fromFile = lintJson(['--config', teamConfig, file]).files[0]!.diagnostics;
    const fromStdin = lintJson(['--config', teamConfig, '-'], { input: note }).files[0]!.diagnostics;
    expect(fromStdin).toEqual(fromFile);

    const team = fromFile
      .filter((diagnostic) => diagnostic.ruleId === 'team-consistent-guide')
      .map(({ from, to, line, column, actual }) => ({ from, to, line, column, actual }));
    expect(team).toEqual([expectedLocation(note, 'consistent guide'), expectedLocation(note, 'consistent guides')]);
    // Spelled out so that a mistake in expectedLocation cannot hide one in the CLI.
    expect(team.map(({ line, column }) => [line, column])).toEqual([
      [2, 11],
      [4, 10],
    ]);
    for (const diagnostic of fromFile) expect(note.slice(diagnostic.from, diagnostic.to)).toBe(diagnostic.actual);
  });

  test('a byte order mark is not counted: line 1, column 1 is the first visible character', () => {
    const file = temp.write('bom.txt', '\uFEFFConsistent guide visits weekly.\n');
    const [found] = lintJson(['--config', teamConfig, file]).files[0]!.diagnostics.filter(
      (diagnostic) => diagnostic.ruleId === 'team-consistent-guide',
    );
    expect(found).toMatchObject({ from: 0, to: 16, line: 1, column: 1, actual: 'Consistent guide' });
  });
});

/** Stands in for an interactive terminal (were it read, the empty note would lint clean and exit 0). */
function terminalStdin(): NodeJS.ReadableStream & { isTTY: boolean } {
  return Object.assign(Readable.from([]), { isTTY: true });
}

describe('standard input from a terminal', () => {
  test('with no files, a terminal on stdin is a usage error rather than a silent wait', async () => {
    const stdout: string[] = [];
    const stderr: string[] = [];
    const code = await main(['lint'], {
      stdin: terminalStdin(),
      stdout: { write: (chunk: string) => stdout.push(chunk) } as unknown as NodeJS.WritableStream,
      stderr: { write: (chunk: string) => stderr.push(chunk) } as unknown as NodeJS.WritableStream,
      cwd: temp.dir,
    });
    expect(code).toBe(2);
    expect(stdout).toEqual([]);
    expect(stderr.join('')).toBe(
      "casenote lint: no input: give a FILE, or pipe a note into standard input (see 'casenote lint --help')\n",
    );
  });
});
