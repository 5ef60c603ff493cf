import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { assertBuilt, lintJson, makeTempDir, repoRoot, runCli, sampleNote, type JsonReport } from './run-cli.ts';

beforeAll(assertBuilt);

const fixtures = path.join(repoRoot, 'packages/cli/test/fixtures');
const temp = makeTempDir({ 'note.txt': 'Consistent guides met Jade. Her consistent guide is kind.\n' });
afterAll(temp.remove);

function teamFindings(report: JsonReport) {
  return report.files[0]!.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'team-consistent-guide');
}

function withConfig(name: string, yaml: string): string {
  return temp.write(name, `extraRules: [${JSON.stringify(path.join(fixtures, 'packs/team-rules.yml'))}]\n${yaml}`);
}

describe('--config', () => {
  test('extraRules: a team pack is loaded relative to the config file and its rules run', () => {
    const report = lintJson(['--config', path.join(fixtures, 'team-config.yml'), 'note.txt'], { cwd: temp.dir });
    const found = teamFindings(report);
    expect(found.map((diagnostic) => [diagnostic.actual, diagnostic.severity])).toEqual([
      ['Consistent guides', 'info'],
      ['consistent guide', 'info'],
    ]);
    // Suggestions keep the original's capitalisation.
    expect(found[0]!.suggestions).toEqual(['Constant support']);
    expect(found[1]!.suggestions).toEqual(['constant support']);
  });

  test('JSON configs work as well as YAML', () => {
    const config = temp.write(
      'config.json',
      JSON.stringify({
        extraRules: [path.join(fixtures, 'packs/team-rules.yml')],
        rules: { 'team-consistent-guide': 'warning' },
      }),
    );
    const found = teamFindings(lintJson(['--config', config, 'note.txt'], { cwd: temp.dir }));
    expect(found.map((diagnostic) => diagnostic.severity)).toEqual(['warning', 'warning']);
  });

  test('rules: a rule id sets that rule’s severity, or turns it off', () => {
    const raised = withConfig('raised.yml', 'rules:\n  team-consistent-guide: error\n');
    expect(teamFindings(lintJson(['--config', raised, 'note.txt'], { cwd: temp.dir })).map((d) => d.severity)).toEqual([
      'error',
      'error',
    ]);
    const off = withConfig('off.yml', 'rules:\n  team-consistent-guide: "off"\n');
    expect(teamFindings(lintJson(['--config', off, 'note.txt'], { cwd: temp.dir }))).toEqual([]);
  });

  test('rules: an unknown rule id is an invalid config', () => {
    const config = withConfig('unknown-rule.yml', 'rules:\n  team-consistant-guide: off\n');
    const run = runCli(['lint', 'note.txt', '--config', config], { cwd: temp.dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`casenote: invalid config ${config}: unknown rule 'team-consistant-guide' in 'rules'\n`);
  });

  test('categories: a category sets the severity of its rules, and a rule setting wins', () => {
    const hint = withConfig('hint.yml', 'categories:\n  jargon: hint\n');
    expect(teamFindings(lintJson(['--config', hint, 'note.txt'], { cwd: temp.dir })).map((d) => d.severity)).toEqual([
      'hint',
      'hint',
    ]);
    const both = withConfig('both.yml', 'categories:\n  jargon: "off"\nrules:\n  team-consistent-guide: warning\n');
    expect(teamFindings(lintJson(['--config', both, 'note.txt'], { cwd: temp.dir })).map((d) => d.severity)).toEqual([
      'warning',
      'warning',
    ]);
  });

  test('categories: turning a category off removes all its findings from the sample note', () => {
    const before = lintJson([sampleNote]).files[0]!.diagnostics;
    expect(before.some((diagnostic) => diagnostic.category === 'jargon')).toBe(true);
    const config = temp.write('no-jargon.yml', 'categories:\n  jargon: "off"\n');
    const after = lintJson(['--config', config, sampleNote]).files[0]!.diagnostics;
    expect(after.some((diagnostic) => diagnostic.category === 'jargon')).toBe(false);
    expect(after).toEqual(before.filter((diagnostic) => diagnostic.category !== 'jargon'));
  });

  test('allow: a phrase the team accepts is not flagged, whatever its case', () => {
    const config = withConfig('allow.yml', 'allow:\n  - Consistent Guide\n');
    const found = teamFindings(lintJson(['--config', config, 'note.txt'], { cwd: temp.dir }));
    expect(found.map((diagnostic) => diagnostic.actual)).toEqual(['Consistent guides']);
  });

  test('an empty config file changes nothing', () => {
    const config = temp.write('empty.yml', '# nothing yet\n');
    expect(lintJson(['--config', config, sampleNote])).toEqual(lintJson([sampleNote]));
  });
});
