import { describe, expect, it } from 'vitest';
import { RulePackError, type RuleEntry, validateRulePack } from '@casenote/rules';

// fixUnless (DATA-FORMAT.md): a condition on a rule's suggestions, checked at build time like the other conditions.
function entry(overrides: Partial<RuleEntry> | Record<string, unknown> = {}): RuleEntry {
  return {
    id: 'disposal-words',
    category: 'jargon',
    severity: 'info',
    patterns: ['community disposal+'],
    suggestions: ['sentence', 'outcome'],
    explanation: 'A disposal is the outcome of an offence; say what the young person was given.',
    sources: ['https://example.org/guide'],
    ...overrides,
  } as RuleEntry;
}
const noSources = new Map();

describe('a rule pack that holds a suggestion back beside words (fixUnless)', () => {
  it('keeps words, a reach and the suggestions held', () => {
    const fixUnless = [{ words: ['fines', 'youth detention'], within: 4, suggestions: ['sentence'] }];
    const [rule] = validateRulePack([entry({ fixUnless })], 'team.yml', noSources);
    expect(rule?.fixUnless).toEqual(fixUnless);
  });

  it.each([
    [{ fixUnless: [] }, 'field "fixUnless": must be a list'],
    [{ fixUnless: { words: ['fines'] } }, 'field "fixUnless": must be a list'],
    [{ fixUnless: [{ words: ['Fines'] }] }, 'field "fixUnless": must be a list'],
    [{ fixUnless: [{ words: ['fines'], within: 0 }] }, 'field "fixUnless": must be a list'],
    [{ fixUnless: [{ words: ['fines'], beside: 2 }] }, 'field "fixUnless": must be a list'],
    [{ fixUnless: [{ words: ['fines'], suggestions: ['penalty'] }] }, 'a suggestion the rule does not give'],
  ])('rejects a condition the engine could not read: %j', (overrides, message) => {
    expect(() => validateRulePack([entry(overrides)], 'team.yml', noSources)).toThrow(RulePackError);
    expect(() => validateRulePack([entry(overrides)], 'team.yml', noSources)).toThrow(message);
  });
});
