import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getBuiltinRules, getBuiltinSources } from '@casenote/rules/details';
import { withCounts } from '../scripts/doc-counts.ts';

const packageDir = join(import.meta.dirname, '..');

describe('rules build --check', () => {
  it('fails when the data has changed since RULES.md and the compiled module were generated', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'casenote-rules-stale-'));
    cpSync(join(packageDir, 'data'), dataDir, { recursive: true });
    const jargon = readFileSync(join(dataDir, 'jargon.yml'), 'utf8');
    writeFileSync(join(dataDir, 'jargon.yml'), jargon.replace('severity: info', 'severity: hint'));
    const result = spawnSync(process.execPath, ['scripts/build-rules.ts', '--check'], {
      cwd: packageDir,
      encoding: 'utf8',
      env: { ...process.env, CASENOTE_RULES_DATA: dataDir },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'packages/rules/src/generated/builtin.ts, packages/rules/RULES.md out of date; run `pnpm rules:build`',
    );
  });
});

describe('counts in the docs', () => {
  const rules = getBuiltinRules();
  const sources = getBuiltinSources();

  it('are set from the data between their markers', () => {
    const doc =
      'We have <!-- count: rules -->1<!-- /count --> rules and <!-- count: jargon+acronym --><!-- /count -->.';
    const jargon = rules.filter((rule) => rule.category === 'jargon' || rule.family === 'acronym').length;
    expect(withCounts(doc, rules, sources)).toBe(
      `We have <!-- count: rules -->${rules.length}<!-- /count --> rules and <!-- count: jargon+acronym -->${jargon}<!-- /count -->.`,
    );
  });

  it('refuse a count of nothing the data knows', () => {
    expect(() => withCounts('<!-- count: jargons -->3<!-- /count -->', rules, sources)).toThrow(
      'unknown count "jargons"',
    );
  });
});
