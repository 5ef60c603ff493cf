import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const bin = path.join(repoRoot, 'packages/cli/bin/casenote.js');
const builtMain = path.join(repoRoot, 'packages/cli/dist/main.js');
const builtEngine = path.join(repoRoot, 'packages/lint/dist/index.js');

/** The sample note that `pnpm demo:cli` lints. */
export const sampleNote = path.join(repoRoot, 'test/fixtures/notes/sample-visit.txt');

/** Fails the suite with a clear instruction when the CLI has not been built (the tests run dist/). */
export function assertBuilt(): void {
  for (const file of [builtMain, builtEngine]) {
    if (!existsSync(file)) {
      throw new Error(
        `${path.relative(repoRoot, file)} is missing: run \`pnpm build\` at the repo root before the CLI tests.`,
      );
    }
  }
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node packages/cli/bin/casenote.js …` as a real process. */
export function runCli(args: string[], options: { input?: string; cwd?: string } = {}): CliRun {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? repoRoot,
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 20_000,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The parsed `--format json` output. */
export interface JsonReport {
  files: {
    path: string;
    diagnostics: JsonDiagnostic[];
    summary: import('@casenote/lint').NoteSummary;
    sentences: JsonSentence[];
  }[];
}
/** A sentence of `--format json`: where it starts, how the analysis counted it and why. */
export interface JsonSentence {
  from: number;
  to: number;
  line: number;
  column: number;
  kind: 'to-child' | 'about-child' | 'neutral';
  addressee: 'child' | 'other' | 'none';
  voice: 'child' | 'other' | 'none';
  speaker: string | null;
  reason: string;
}
export interface JsonDiagnostic {
  from: number;
  to: number;
  line: number;
  column: number;
  ruleId: string;
  category: string;
  severity: string;
  message: string;
  explanation: string;
  actual: string;
  suggestions: string[];
  source: string | null;
}

export function lintJson(args: string[], options: { input?: string; cwd?: string } = {}): JsonReport {
  const run = runCli(['lint', '--format', 'json', ...args], options);
  if (run.status !== 0) throw new Error(`casenote exited ${run.status}: ${run.stderr}`);
  return JSON.parse(run.stdout) as JsonReport;
}

/** A temporary folder of files for one test file; `remove()` deletes it. */
export function makeTempDir(files: Record<string, string> = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'casenote-cli-'));
  const write = (name: string, content: string) => {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
    return file;
  };
  for (const [name, content] of Object.entries(files)) write(name, content);
  return { dir, write, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
