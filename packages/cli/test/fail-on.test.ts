import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { assertBuilt, makeTempDir, repoRoot, runCli, sampleNote } from './run-cli.ts';

beforeAll(assertBuilt);

const severities = ['error', 'warning', 'info', 'hint'] as const;
const teamPack = path.join(repoRoot, 'packages/cli/test/fixtures/packs/team-rules.yml');
const temp = makeTempDir({
  'note.txt': 'Jade has a consistent guide at school.\n',
  'clean.txt': 'I visited you at home today. You told me you like your new school.\n',
});
afterAll(temp.remove);

/** A config where the team rule is the only rule that can fire, at the given severity. */
function configAt(severity: (typeof severities)[number]): string {
  return temp.write(
    `only-${severity}.yml`,
    [
      `extraRules: [${JSON.stringify(teamPack)}]`,
      'categories: { victim-blaming: off, jargon: off, deficit: off, write-to-child: off, readability: off }',
      `rules: { team-consistent-guide: ${severity} }`,
      '',
    ].join('\n'),
  );
}

describe('--fail-on exits 1 when a finding is at that severity or more serious', () => {
  for (const found of severities) {
    for (const threshold of severities) {
      const expected = severities.indexOf(found) <= severities.indexOf(threshold) ? 1 : 0;
      test(`a ${found} finding with --fail-on ${threshold} exits ${expected}`, () => {
        const run = runCli(['lint', 'note.txt', '--config', configAt(found), '--fail-on', threshold], {
          cwd: temp.dir,
        });
        expect(run.stderr).toBe('');
        expect(run.stdout).toMatch(new RegExp(`^note\\.txt:1:12 ${found} .+ \\(team-consistent-guide\\)\\n`));
        expect(run.status).toBe(expected);
      });
    }
  }

  test('without --fail-on, findings still exit 0', () => {
    const run = runCli(['lint', 'note.txt', '--config', configAt('error')], { cwd: temp.dir });
    expect(run.stdout).toContain(' error ');
    expect(run.status).toBe(0);
  });

  test('a clean note passes --fail-on hint', () => {
    expect(runCli(['lint', 'clean.txt', '--fail-on', 'hint'], { cwd: temp.dir }).status).toBe(0);
  });

  test('the sample note fails --fail-on info and the json is still printed', () => {
    const run = runCli(['lint', sampleNote, '--format', 'json', '--fail-on', 'info']);
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout).files[0].diagnostics.length).toBeGreaterThan(0);
  });
});
