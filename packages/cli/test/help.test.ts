import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { assertBuilt, repoRoot, runCli } from './run-cli.ts';

beforeAll(assertBuilt);

describe('casenote --help, --version and command dispatch', () => {
  test('--help lists the commands and exits 0', () => {
    const run = runCli(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: casenote <command>/);
    expect(run.stdout).toMatch(/^ {2}lint +Check case notes/m);
    expect(run.stdout).toMatch(/^ {2}audit +\S/m);
    expect(run.stderr).toBe('');
  });

  test('lint --help and help lint print the lint usage', () => {
    const viaFlag = runCli(['lint', '--help']);
    expect(viaFlag.status).toBe(0);
    expect(viaFlag.stdout).toMatch(/^Usage: casenote lint \[FILE\|FOLDER\|GLOB…\|-\]/);
    expect(viaFlag.stdout).toContain('--fail-on');
    expect(viaFlag.stdout).toContain('UTF-16 code units');
    expect(runCli(['help', 'lint']).stdout).toBe(viaFlag.stdout);
  });

  test('--version prints the package version', () => {
    const manifest = JSON.parse(readFileSync(`${repoRoot}/packages/cli/package.json`, 'utf8')) as { version: string };
    const run = runCli(['--version']);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${manifest.version}\n`);
  });

  test('no command is a usage error: exit 2, one line on stderr', () => {
    const run = runCli([]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe("casenote: missing command (see 'casenote --help')\n");
  });

  test('an unknown command is a usage error', () => {
    const run = runCli(['audit-everything']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("casenote: unknown command 'audit-everything' (see 'casenote --help')\n");
  });

  test('an unknown top-level option is a usage error', () => {
    const run = runCli(['--colour']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("casenote: unknown option '--colour' (see 'casenote --help')\n");
  });
});
