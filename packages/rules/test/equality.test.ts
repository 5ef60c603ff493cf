import { describe, expect, it } from 'vitest';
import { getBuiltinRules } from '@casenote/rules/details';
import { patterns as equalityPatterns } from 'retext-equality/lib/en.js';
import { importEquality } from '../scripts/import-equality.ts';

const entry = {
  id: 'equality-test',
  category: 'deficit',
  severity: 'info',
  suggestions: ['uses a wheelchair'],
  explanation: 'A wheelchair is how the person gets about, not something they are tied to.',
  sources: ['gov-uk-disability-language'],
};

describe('the retext-equality profile', () => {
  it("takes each chosen entry's phrases from the retext-equality package", () => {
    const profile = getBuiltinRules().filter((rule) => rule.pack === 'data/equality.yml');
    expect(profile.length).toBeGreaterThanOrEqual(20);
    const phrases = new Set(equalityPatterns.flatMap((pattern) => Object.keys(pattern.inconsiderate)));
    for (const rule of profile) for (const pattern of rule.patterns) expect(phrases.has(pattern), pattern).toBe(true);
    expect(profile.find((rule) => rule.id === 'equality-psychosis-suffering')?.patterns).toContain(
      'suffers from psychosis',
    );
  });

  it('keeps every pronoun and gender entry off: the build refuses one', () => {
    const gendered = equalityPatterns.find((pattern) => pattern.categories.includes('female'));
    expect(() => importEquality([{ ...entry, from: gendered?.id }], 'data/equality.yml')).toThrow(
      /field "from": .* is a pronoun or gender entry/,
    );
  });

  it('refuses an unknown entry, a phrase the entry lacks, and patterns of our own', () => {
    expect(() => importEquality([{ ...entry, from: 'no-such-entry' }], 'data/equality.yml')).toThrow(
      'field "from": unknown retext-equality entry "no-such-entry"',
    );
    expect(() =>
      importEquality([{ ...entry, from: 'wheelchair-bound', phrases: ['chair bound'] }], 'data/equality.yml'),
    ).toThrow('field "phrases": "chair bound" is not a phrase of "wheelchair-bound"');
    expect(() =>
      importEquality([{ ...entry, from: 'wheelchair-bound', patterns: ['x'] }], 'data/equality.yml'),
    ).toThrow('field "patterns"');
  });
});
