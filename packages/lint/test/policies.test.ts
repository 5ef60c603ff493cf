import { describe, expect, it } from 'vitest';
import { createLinter, effectiveSeverity, normalisePhrase } from '@casenote/lint';

describe('effectiveSeverity', () => {
  const finding = { ruleId: 'lac-acronym', category: 'jargon', severity: 'info' } as const;

  it('takes the rule’s setting over its category’s, and the category’s over the default', () => {
    expect(effectiveSeverity(finding)).toBe('info');
    expect(effectiveSeverity(finding, { categories: { jargon: 'off' } })).toBe('off');
    expect(effectiveSeverity(finding, { categories: { jargon: 'off' }, rules: { 'lac-acronym': 'warning' } })).toBe(
      'warning',
    );
  });

  it('never reads a setting through the object prototype', () => {
    const constructorRule = { ruleId: 'constructor', category: 'jargon', severity: 'hint' } as const;
    expect(effectiveSeverity(constructorRule, { rules: {} })).toBe('hint');
    expect(effectiveSeverity({ ...constructorRule, ruleId: 'toString' }, { rules: {}, categories: {} })).toBe('hint');
  });
});

describe('normalisePhrase', () => {
  it('straightens curly apostrophes, joins spaces and ignores case', () => {
    expect(normalisePhrase('  Child’s   PLAN ')).toBe("child's plan");
    expect(normalisePhrase('child\u00a0in\ncare')).toBe('child in care');
  });

  it('lets an allowed phrase match the note however its apostrophes and spaces are written', () => {
    const text = 'You told me you didn’t  fight back.';
    const flagged = (allow: string[]) =>
      createLinter({ analysis: false, allow })
        .lint(text)
        .map((diagnostic) => diagnostic.actual);
    expect(flagged([])).toEqual(['didn’t  fight back']);
    expect(flagged(["DIDN'T fight back"])).toEqual([]);
  });
});
