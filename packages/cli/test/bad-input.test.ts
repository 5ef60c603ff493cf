import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { assertBuilt, makeTempDir, runCli, sampleNote, type CliRun } from './run-cli.ts';

beforeAll(assertBuilt);

const temp = makeTempDir({ 'note.txt': 'I visited you at home today.\n' });
afterAll(temp.remove);

/** Exit 2, nothing on stdout, and exactly one line on stderr with no stack trace. */
function expectOneLineFailure(run: CliRun): string {
  expect(run.status).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(/^casenote[^\n]*\n$/);
  expect(run.stderr).not.toMatch(/\bat .*:\d+:\d+/);
  return run.stderr.trimEnd();
}

describe('usage errors exit 2 with one line on stderr', () => {
  test('an unknown flag', () => {
    const message = expectOneLineFailure(runCli(['lint', sampleNote, '--nope']));
    expect(message).toBe("casenote lint: unknown option '--nope' (see 'casenote lint --help')");
  });

  test('an option without its value', () => {
    const message = expectOneLineFailure(runCli(['lint', sampleNote, '--format']));
    expect(message).toBe("casenote lint: option '-f, --format' needs a value (see 'casenote lint --help')");
  });

  test('an unknown --format', () => {
    const message = expectOneLineFailure(runCli(['lint', sampleNote, '--format', 'xml']));
    expect(message).toContain("unknown format 'xml' (expected text, json, sarif, github)");
  });

  test('an unknown --fail-on severity', () => {
    const message = expectOneLineFailure(runCli(['lint', sampleNote, '--fail-on', 'critical']));
    expect(message).toContain("unknown severity 'critical' for --fail-on (expected error, warning, info, hint)");
  });

  test('standard input named twice', () => {
    const message = expectOneLineFailure(runCli(['lint', '-', '-']));
    expect(message).toContain("'-' (standard input) can be given only once");
  });
});

describe('an unreadable input exits 2 and is named, and the other notes are still reported', () => {
  test('a missing file after a readable one: the readable note is still reported', () => {
    const run = runCli(['lint', 'note.txt', 'missing.txt'], { cwd: temp.dir });
    expect(run.status).toBe(2);
    expect(run.stdout).toContain('note.txt: ');
    expect(run.stderr).toBe('casenote lint: skipped missing.txt: cannot read: no such file\n');
  });

  test('a folder with no notes in it', () => {
    const empty = makeTempDir({ 'readme.pdf': 'not a note' });
    try {
      const run = runCli(['lint', empty.dir]);
      expect(run.status).toBe(2);
      expect(run.stderr).toBe(
        `casenote lint: skipped ${empty.dir}: no notes in this folder (.txt, .md, .html, .htm)\n`,
      );
    } finally {
      empty.remove();
    }
  });
});

describe('an invalid config exits 2 naming the file and the problem', () => {
  test('a missing config file', () => {
    const message = expectOneLineFailure(runCli(['lint', 'note.txt', '--config', 'nowhere.yml'], { cwd: temp.dir }));
    expect(message).toBe('casenote: cannot read config nowhere.yml: no such file');
  });

  test('YAML that does not parse', () => {
    temp.write('broken.yml', 'rules:\n  acronym-lac: [info\nallow: x\n');
    const message = expectOneLineFailure(runCli(['lint', 'note.txt', '--config', 'broken.yml'], { cwd: temp.dir }));
    expect(message).toMatch(/^casenote: invalid config broken\.yml: .*line \d+, column \d+/);
  });

  test('JSON that does not parse', () => {
    temp.write('broken.json', '{"allow": ["LAC",]');
    const message = expectOneLineFailure(runCli(['lint', 'note.txt', '--config', 'broken.json'], { cwd: temp.dir }));
    expect(message).toMatch(/^casenote: invalid config broken\.json: /);
  });

  test('an unknown top-level key', () => {
    temp.write('typo.yml', 'rule:\n  acronym-lac: off\n');
    const message = expectOneLineFailure(runCli(['lint', 'note.txt', '--config', 'typo.yml'], { cwd: temp.dir }));
    expect(message).toBe(
      "casenote: invalid config typo.yml: unknown option 'rule' (expected rules, categories, allow, extraRules)",
    );
  });

  test('a severity that does not exist', () => {
    temp.write('severity.yml', 'rules:\n  acronym-lac: loud\n');
    const message = expectOneLineFailure(runCli(['lint', 'note.txt', '--config', 'severity.yml'], { cwd: temp.dir }));
    expect(message).toBe(
      'casenote: invalid config severity.yml: \'rules.acronym-lac\' must be one of error, warning, info, hint, off, not "loud"',
    );
  });

  test('an unknown category in categories', () => {
    temp.write('category.yml', 'categories:\n  spelling: off\n');
    const message = expectOneLineFailure(runCli(['lint', 'note.txt', '--config', 'category.yml'], { cwd: temp.dir }));
    expect(message).toContain("unknown category 'spelling' in 'categories'");
  });

  test('allow that is not a list of strings', () => {
    temp.write('allow.yml', 'allow: LAC\n');
    const message = expectOneLineFailure(runCli(['lint', 'note.txt', '--config', 'allow.yml'], { cwd: temp.dir }));
    expect(message).toBe("casenote: invalid config allow.yml: 'allow' must be a list of strings");
  });

  test('a rule pack that is missing', () => {
    temp.write('config/missing-pack.yml', 'extraRules: [../packs/none.yml]\n');
    const message = expectOneLineFailure(
      runCli(['lint', 'note.txt', '--config', 'config/missing-pack.yml'], { cwd: temp.dir }),
    );
    // Pack paths are relative to the config file, and named from where the command ran.
    expect(message).toBe('casenote: cannot read rule pack packs/none.yml: no such file');
  });

  test('a rule pack that is not a list', () => {
    temp.write('packs/mapping.yml', 'id: x\n');
    temp.write('mapping-pack.yml', 'extraRules: [packs/mapping.yml]\n');
    const message = expectOneLineFailure(
      runCli(['lint', 'note.txt', '--config', 'mapping-pack.yml'], { cwd: temp.dir }),
    );
    expect(message).toBe('casenote: invalid rule pack packs/mapping.yml: expected a list of rules');
  });

  test('an unknown category in an extra rule pack names the pack, the entry and the field', () => {
    temp.write(
      'packs/team.yml',
      [
        '- id: team-duty-desk',
        '  category: jargonn',
        '  severity: info',
        '  patterns: ["duty desk"]',
        '  suggestions: ["the team that answers calls"]',
        '  explanation: Families do not know what the duty desk is. Say who they spoke to.',
        '  sources: [https://www.childrenssociety.org.uk/information/professionals/resources/child-exploitation-language-guide]',
        '',
      ].join('\n'),
    );
    temp.write('team-config.yml', 'extraRules: [packs/team.yml]\n');
    const message = expectOneLineFailure(
      runCli(['lint', 'note.txt', '--config', 'team-config.yml'], { cwd: temp.dir }),
    );
    expect(message).toMatch(/^casenote: invalid config team-config\.yml: /);
    expect(message).toContain('packs/team.yml');
    expect(message).toContain('team-duty-desk');
    expect(message).toContain('category');
    expect(message).toContain('jargonn');
  });
});
