import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getBuiltinIndicators, validateRulePack, type RuleEntry } from '@casenote/rules';
import { getBuiltinRules, getBuiltinSources } from '@casenote/rules/details';
import { describeConditions } from '../scripts/render-rules-md.ts';

const packageDir = join(import.meta.dirname, '..');
const indicators = new Set(getBuiltinIndicators().map((indicator) => indicator.id));
const base: RuleEntry = {
  id: 'team-row',
  category: 'victim-blaming',
  severity: 'warning',
  patterns: ['[row] between'],
  suggestions: ['abusive incident'],
  explanation: 'A row sounds two-sided where one partner is abusing the other.',
  sources: ['https://example.org/guide'],
};
const check = (entry: Record<string, unknown>) => () =>
  validateRulePack([{ ...base, ...entry }], 'team.yml', getBuiltinSources(), indicators);

describe('rule conditions are checked when a pack is loaded', () => {
  it('accepts subject, age, indicators, adult, child and about, with a softer finding otherwise', () => {
    expect(
      check({
        when: {
          subject: 'any-child',
          age: { below: 18 },
          indicators: ['domestic-abuse'],
          adult: 'described',
          child: 'described',
          about: 'children',
        },
        otherwise: { severity: 'hint', message: 'Is ‘{actual}’ abuse?', unknown: ['adult'] },
      }),
    ).not.toThrow();
  });

  it('names the field of a misspelt condition, an unknown indicator or a bad age', () => {
    expect(check({ when: { subjet: 'child' } })).toThrow('field "when.subjet": unknown condition');
    expect(check({ when: { indicators: ['gambling'] } })).toThrow(
      'field "when.indicators": unknown indicator "gambling"',
    );
    expect(check({ when: { age: { under: 18 } } })).toThrow('field "when.age"');
    // a `near` entry "a|b" is met by either; each of its ids must be known (vbdef38c)
    expect(check({ when: { near: ['violent-act|the-man'] } })).not.toThrow();
    expect(check({ when: { near: ['violent-act|gambling'] } })).toThrow(
      'field "when.near": unknown indicator "gambling"',
    );
    expect(check({ when: { subject: 'adult' } })).toThrow('field "when.subject": must be one of child, any-child');
    expect(check({ when: { child: 'named' } })).toThrow('field "when.child": must be "described"');
    expect(check({ when: { about: 'adults' } })).toThrow('field "when.about": must be "children"');
    expect(check({ when: { reference: 'general' } })).toThrow('field "when.reference": must be "particular"');
    expect(check({ when: { possessor: 'adult' } })).toThrow('field "when.possessor": must be "not-adult"');
    expect(check({ when: { reader: 'adult' } })).toThrow('field "when.reader": must be "child"');
    expect(check({ when: { speaker: 'defence' } })).toThrow('field "when.speaker": must be "not-defence"');
    expect(check({ when: { about: 'children', reference: 'particular' } })).not.toThrow();
    expect(check({ when: { reader: 'child' } })).not.toThrow();
    expect(check({ when: { speaker: 'not-defence' } })).not.toThrow();
    expect(check({ when: { described: 'adult' } })).toThrow('field "when.described": must be "family"');
    expect(check({ when: { described: 'family' } })).not.toThrow();
    expect(check({ when: { gloss: 'bracket' } })).toThrow('field "when.gloss": must be "none"');
    expect(check({ when: { gloss: 'none' } })).not.toThrow();
  });

  it('refuses `otherwise` without `when`, and an `unknown` list naming a condition the rule lacks', () => {
    expect(check({ otherwise: 'skip' })).toThrow('field "otherwise"');
    expect(check({ when: { subject: 'child' }, otherwise: { severity: 'hint', unknown: ['age'] } })).toThrow(
      'field "otherwise.unknown"',
    );
  });
});

describe('harm indicators', () => {
  it('each cite a known source and list phrases', () => {
    const sources = getBuiltinSources();
    expect(getBuiltinIndicators().map((indicator) => indicator.id)).toEqual(
      expect.arrayContaining(['domestic-abuse', 'exploitation', 'neglect', 'sexual-abuse']),
    );
    for (const indicator of getBuiltinIndicators()) {
      expect(indicator.phrases.length).toBeGreaterThan(0);
      for (const id of indicator.sources) expect(sources.has(id), id).toBe(true);
    }
  });

  it('fail the build when one cites an unknown source', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'casenote-rules-indicators-'));
    cpSync(join(packageDir, 'data'), dataDir, { recursive: true });
    const file = join(dataDir, 'indicators.yml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('sources: [nspcc-neglect]', 'sources: [nobody-2020]'));
    const result = spawnSync(process.execPath, ['scripts/build-rules.ts', '--check'], {
      cwd: packageDir,
      encoding: 'utf8',
      env: { ...process.env, CASENOTE_RULES_DATA: dataDir },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'data/indicators.yml: entry 4 ("neglect"): field "sources": unknown source "nobody-2020"',
    );
  });
});

describe('RULES.md', () => {
  it("shows each conditioned rule's conditions", () => {
    const rule = getBuiltinRules().find((candidate) => candidate.id === 'child-adult-boyfriend');
    expect(rule && describeConditions(rule)).toBe(
      'about a child; aged below 18; an adult described by age or description nearby (if adult unknown: hint “If this ‘{actual}’ is an adult, name them as the adult who is in contact with the child, and say what they did”)',
    );
    expect(readFileSync(join(packageDir, 'RULES.md'), 'utf8')).toContain(
      'note has domestic-abuse indicators (otherwise skipped)',
    );
  });
});
