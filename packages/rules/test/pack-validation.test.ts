import { describe, expect, it } from 'vitest';
import {
  RulePackError,
  validateRulePack,
  validateRuleSet,
  getBuiltinLintRules,
  type LintRule,
  type RuleEntry,
} from '@casenote/rules';

function entry(overrides: Partial<RuleEntry> = {}): RuleEntry {
  return {
    id: 'put-self-at-risk',
    category: 'victim-blaming',
    severity: 'warning',
    patterns: ['{put} <self> at risk'],
    suggestions: ['was at risk from'],
    explanation: 'This wording makes the child sound responsible for the danger an adult caused.',
    sources: ['https://example.org/guide'],
    ...overrides,
  };
}

describe('validation', () => {
  const noSources = new Map();

  it('accepts a valid pack and resolves URL sources', () => {
    const [rule] = validateRulePack([entry()], 'team.yml', noSources);
    expect(rule?.sources[0]?.url).toBe('https://example.org/guide');
    expect(rule?.pack).toBe('team.yml');
  });

  it.each([
    [
      { sources: [] },
      'team.yml: entry 1 ("put-self-at-risk"): field "sources": must cite at least one source (a source id or URL)',
    ],
    [{ sources: ['made-up-guide'] }, 'field "sources": unknown source "made-up-guide"'],
    [{ category: 'rude' as never }, 'field "category": unknown category "rude"'],
    [{ severity: 'fatal' as never }, 'field "severity": unknown severity "fatal"'],
    [{ id: 'Not Kebab' }, 'field "id": must be a kebab-case id'],
    [{ patterns: [] }, 'field "patterns": must be a non-empty list'],
    [{ patterns: ['<who> at risk'] }, 'field "patterns": pattern "<who> at risk": unknown word class <who>'],
    [{ suggestions: [] }, 'field "suggestions"'],
    [{ explanation: 'Bad.' }, 'field "explanation"'],
    [{ colour: 'red' } as never, 'field "colour": unknown field'],
    [{ acronym: { expansion: 'no further action', plain: 'yes' } } as never, 'field "acronym": must be {'],
    [{ acronym: { expansion: 'no further action', plane: true } } as never, 'field "acronym": must be {'],
    [{ oneClickFix: true } as never, 'field "oneClickFix": must be false'],
    [{ oneClickFix: 'no' } as never, 'field "oneClickFix": must be false'],
  ])('names the entry and field: %j', (overrides, message) => {
    expect(() =>
      validateRulePack([entry(), entry({ id: 'second', ...overrides })].slice(1), 'team.yml', noSources),
    ).toThrow(RulePackError);
    expect(() => validateRulePack([entry({ ...overrides })], 'team.yml', noSources)).toThrow(message);
  });

  it('keeps a rule with no one-click fix, whose suggestions are wording to consider', () => {
    const [rule] = validateRulePack([entry({ oneClickFix: false })], 'team.yml', noSources);
    expect(rule?.oneClickFix).toBe(false);
    expect(rule?.suggestions.length).toBeGreaterThan(0);
  });

  it('rejects duplicate ids, duplicate phrases and suggestions that are flagged', () => {
    const one = validateRulePack([entry()], 'a.yml', noSources);
    expect(() =>
      validateRuleSet([...one, ...validateRulePack([entry({ patterns: ['other words'] })], 'b.yml', noSources)]),
    ).toThrow(
      'b.yml: entry 1 ("put-self-at-risk"): field "id": duplicate id; "put-self-at-risk" is already used in a.yml',
    );
    expect(() =>
      validateRuleSet([
        ...one,
        ...validateRulePack([entry({ id: 'again', patterns: ['putting herself at risk'] })], 'b.yml', noSources),
      ]),
    ).toThrow(
      'b.yml: entry 1 ("again"): field "patterns": the phrase "putting herself at risk" is already matched by rule "put-self-at-risk" (a.yml); merge the two rules',
    );
    expect(() =>
      validateRuleSet([
        ...one,
        ...validateRulePack(
          [entry({ id: 'risky', patterns: ['risky'], suggestions: ['put himself at risk'] })],
          'b.yml',
          noSources,
        ),
      ]),
    ).toThrow('field "suggestions": the suggestion "put himself at risk" is itself flagged by rule "put-self-at-risk"');
  });

  it('checks a host pack against rules checked before with the same errors, blaming the host pack', () => {
    const before = validateRulePack([entry()], 'a.yml', noSources);
    const pack = (fields: Partial<RuleEntry>) => validateRulePack([entry(fields)], 'b.yml', noSources);
    expect(() => validateRuleSet(pack({ patterns: ['other words'] }), before)).toThrow(
      'b.yml: entry 1 ("put-self-at-risk"): field "id": duplicate id; "put-self-at-risk" is already used in a.yml',
    );
    expect(() => validateRuleSet(pack({ id: 'again', patterns: ['putting herself at risk'] }), before)).toThrow(
      'b.yml: entry 1 ("again"): field "patterns": the phrase "putting herself at risk" is already matched by rule "put-self-at-risk" (a.yml); merge the two rules',
    );
    expect(() =>
      validateRuleSet(pack({ id: 'risky', patterns: ['risky'], suggestions: ['put himself at risk'] }), before),
    ).toThrow(
      'b.yml: entry 1 ("risky"): field "suggestions": the suggestion "put himself at risk" is itself flagged by rule "put-self-at-risk"',
    );
    const suggested = before[0]?.suggestions[0] as string;
    expect(() => validateRuleSet(pack({ id: 'strict', patterns: [suggested] }), before)).toThrow(
      `b.yml: entry 1 ("strict"): field "patterns": it flags the suggestion "${suggested}" of rule "put-self-at-risk"`,
    );
    expect(() => validateRuleSet(pack({ id: 'fine', patterns: ['other words'] }), before)).not.toThrow();
  });

  it("refuses a host rule that repeats any built-in rule's phrase, wildcards and all, naming the built-in rule", () => {
    const builtin = getBuiltinLintRules();
    // every 50th rule, and every rule with a slot for any word (the ones a quick look by word could miss)
    const sample = builtin.filter(
      (rule, index) =>
        index % 50 === 0 ||
        rule.patterns.some((pattern) =>
          pattern.split(/\s+/).some((slot) =>
            slot
              .replace(/[[\]?]/g, '')
              .split('|')
              .includes('*'),
          ),
        ),
    );
    expect(sample.length).toBeGreaterThan(30);
    for (const rule of sample) {
      if (rule.patterns.length === 0) continue;
      const copy = { ...rule, id: `team-${rule.id}`, pack: 'team.yml', suggestions: [] };
      expect(() => validateRuleSet([copy], builtin), rule.id).toThrow(/is already matched by rule "[^"]+"/);
    }
    // the same words in another order are another phrase
    const plain = { ...(builtin.find((rule) => rule.id === 'put-self-at-risk') as LintRule), id: 'team-risk' };
    expect(() =>
      validateRuleSet([{ ...plain, pack: 'team.yml', patterns: ['risk at putting'], suggestions: [] }], builtin),
    ).not.toThrow();
  }, 120_000);
});
