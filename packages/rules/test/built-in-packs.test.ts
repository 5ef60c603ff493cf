import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as rules from '@casenote/rules';
import { validateRuleSet } from '@casenote/rules';
import { getBuiltinRules, getBuiltinSources } from '@casenote/rules/details';

const packageDir = join(import.meta.dirname, '..');

describe('built-in packs', () => {
  const builtin = getBuiltinRules();
  const count = (predicate: (rule: (typeof builtin)[number]) => boolean): number => builtin.filter(predicate).length;

  it('cover the required categories from at least 8 published sources', () => {
    const cited = new Set(builtin.flatMap((rule) => rule.sources.map((source) => source.url)));
    console.log(
      `rules: ${builtin.length} built-in; victim-blaming ${count((r) => r.category === 'victim-blaming')}, deficit ${count((r) => r.category === 'deficit')}, jargon ${count((r) => r.category === 'jargon')} (acronyms ${count((r) => r.family === 'acronym')}); ${cited.size} distinct sources cited of ${getBuiltinSources().size}`,
    );
    expect(count((r) => r.category === 'victim-blaming' || r.category === 'deficit')).toBeGreaterThanOrEqual(150);
    expect(count((r) => r.category === 'jargon')).toBeGreaterThanOrEqual(150);
    expect(cited.size).toBeGreaterThanOrEqual(8);
    for (const family of [
      'responsibility-shifting',
      'consent-implying',
      'labelling',
      'minimising',
      'adultifying',
      'deficit-label',
      'acronym',
    ]) {
      expect(
        count((r) => r.family === family),
        family,
      ).toBeGreaterThan(0);
    }
  });

  it('pass the whole-set validation (unique ids and phrases, clean suggestions)', () => {
    expect(() => validateRuleSet(builtin)).not.toThrow();
  });

  it('reach the linter whole but for the words a person reads: no explanations or reviewer notes, the source a finding links to as its URL (ids and other sources apart)', () => {
    const forLinting = rules.getBuiltinLintRules();
    expect(forLinting).toEqual(
      builtin.map(({ note: _note, explanation: _explanation, sources, ...rule }) => ({
        ...rule,
        sources: sources.slice(0, 1).map(({ url }) => ({ url })),
      })),
    );
    expect(builtin.some((rule) => rule.sources.length > 1)).toBe(true);
    expect(builtin.some((rule) => rule.note !== undefined)).toBe(true);
    expect([...rules.getBuiltinSourceLinks().values()]).toEqual(
      [...getBuiltinSources().values()].map(({ id, url }) => ({ id, url })),
    );
  });

  it('reach a linter without the packs they come from, and the harm indicators as their ids and phrases', () => {
    expect(rules.getBuiltinRulesToRun()).toEqual(rules.getBuiltinLintRules().map(({ pack: _pack, ...rule }) => rule));
    expect(rules.getBuiltinLintRules().every((rule) => rule.pack.startsWith('data/'))).toBe(true);
    expect(rules.getBuiltinIndicatorPhrases()).toEqual(
      rules.getBuiltinIndicators().map(({ id, phrases }) => ({ id, phrases })),
    );
    expect(
      rules.getBuiltinIndicators().every((indicator) => indicator.name !== '' && indicator.sources.length > 0),
    ).toBe(true);
  });

  it('have generated RULES.md and the compiled module up to date with data/', () => {
    const result = spawnSync(process.execPath, ['scripts/build-rules.ts', '--check'], {
      cwd: packageDir,
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    // a build of every pack in a child process: a few seconds on a quiet machine, over the default 30 s on a loaded one
  }, 120_000);

  it('fail the build loudly, naming file, entry and field, on a broken pack', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'casenote-rules-'));
    writeFileSync(
      join(dataDir, 'sources.yml'),
      '- id: guide\n  title: A guide\n  publisher: Someone\n  url: https://example.org/guide\n',
    );
    writeFileSync(
      join(dataDir, 'pack.yml'),
      '- id: ok-rule\n  category: jargon\n  severity: info\n  patterns: [respite]\n  suggestions: [short break]\n  explanation: A word from service paperwork that children do not use.\n  sources: [guide]\n- id: broken\n  category: jargon\n  severity: info\n  patterns: [abscond]\n  suggestions: [went missing]\n  explanation: A word from service paperwork that children do not use.\n  sources: [nowhere]\n',
    );
    const result = spawnSync(process.execPath, ['scripts/build-rules.ts', '--check'], {
      cwd: packageDir,
      encoding: 'utf8',
      env: { ...process.env, CASENOTE_RULES_DATA: dataDir },
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      'rules: data/pack.yml: entry 2 ("broken"): field "sources": unknown source "nowhere": cite a known source id or a URL',
    );
  }, 120_000);
});
