import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { assertBuilt, runCli } from './run-cli.ts';

beforeAll(assertBuilt);

const partRecord = [
  'Who contacted us and how:',
  'Mrs Khan, the head teacher at Oakwood Primary, rang on Monday morning.',
  '',
  'What they are worried about:',
  'Jade came to school with a bruise on her arm and said she did not want to go home.',
  '',
  'Consent:',
  '',
].join('\n');

describe('casenote lint --record', () => {
  test('adds the contact record completeness to each JSON entry', () => {
    const run = runCli(['lint', '--format', 'json', '--record', 'default', '-'], { input: partRecord });
    expect(run.status).toBe(0);
    const [file] = (
      JSON.parse(run.stdout) as {
        files: Array<{
          record: {
            complete: boolean;
            sections: Array<{ id: string; heading: string; status: string; words: number }>;
          };
        }>;
      }
    ).files;
    expect(file!.record.complete).toBe(false);
    expect(file!.record.sections).toHaveLength(9);
    const statuses = Object.fromEntries(file!.record.sections.map((section) => [section.heading, section.status]));
    expect(statuses).toMatchObject({
      'Who contacted us and how': 'complete',
      'What they are worried about': 'complete',
      Consent: 'empty',
      'Decision and next steps': 'missing',
    });
  });

  test('prints one line per file saying what is done and what is not', () => {
    const run = runCli(['lint', '--record', 'default', '-'], { input: partRecord });
    expect(run.stdout).toMatch(
      /^-: record 2 of 9 sections done; What the child has said \(missing\), .*Consent \(empty\), .*Decision and next steps \(missing\)$/m,
    );
  });

  test('reads a host template file, and rejects an invalid one naming the section and field', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'casenote-record-'));
    writeFileSync(
      path.join(dir, 'team.yml'),
      'id: team-record\ntitle: Team record\nsections:\n  - id: visit\n    heading: The visit\n    prompt: What happened on the visit.\n    minWords: 3\n',
    );
    const good = runCli(['lint', '--record', 'team.yml', '-'], {
      input: 'The visit:\nI saw you at home after school.\n',
      cwd: dir,
    });
    expect(good.status).toBe(0);
    expect(good.stdout).toMatch(/^-: record 1 of 1 sections done$/m);
    writeFileSync(
      path.join(dir, 'broken.yml'),
      'id: team-record\ntitle: Team record\nsections:\n  - id: visit\n    heading: ""\n    prompt: What happened.\n',
    );
    const bad = runCli(['lint', '--record', 'broken.yml', '-'], { input: 'x', cwd: dir });
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/invalid record template broken\.yml: section 1 \("visit"\): field "heading"/);
  });
});
