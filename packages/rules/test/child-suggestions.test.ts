import { describe, expect, it } from 'vitest';
import { validateRulePack, validateRuleSet, type RuleEntry } from '@casenote/rules';

// jargon34: a rule may offer other wording where the sentence is written to the child (`childSuggestions`, the lead's
// ruling on `acronym-iro`); the pack check holds that wording to the rules every suggestion keeps. Invented entries.

const base: RuleEntry = {
  id: 'team-iro',
  category: 'jargon',
  severity: 'info',
  patterns: ['IRO'],
  suggestions: ['independent reviewing officer'],
  explanation: 'The initials hide a person who matters to the child.',
  sources: ['https://example.org/guide'],
};
const load = (entry: Record<string, unknown>, file = 'team.yml') =>
  validateRulePack([{ ...base, ...entry }], file, new Map());

describe('wording for the child is checked as suggestions are', () => {
  it('accepts a list of wordings, rejects an empty list and wording another rule flags', () => {
    expect(() => load({ childSuggestions: ['the person who chairs your reviews'] })).not.toThrow();
    expect(() => load({ childSuggestions: [] })).toThrow(/childSuggestions/);
    expect(() => load({ childSuggestions: 'review chair' })).toThrow(/childSuggestions/);
    const iro = load({ childSuggestions: ['your reviewing chair'] });
    const chair = validateRulePack(
      [{ ...base, id: 'team-chair', patterns: ['reviewing chair'], suggestions: ['the person who chairs'] }],
      'other.yml',
      new Map(),
    );
    expect(() => validateRuleSet([...iro, ...chair])).toThrow(/your reviewing chair/);
  });
});

// jargon35: the check reads conditions (the lead's ruling, twenty-ninth session): wording offered only where the
// sentence is not written to the child may hold words that a rule flags only where it is. Invented entries.
describe('a suggestion is checked where its rule offers it', () => {
  const longForm = validateRulePack(
    [
      {
        ...base,
        id: 'team-long-form',
        patterns: ['independent reviewing officer'],
        suggestions: ['the person who chairs your reviews'],
        when: { reader: 'child' },
      },
    ],
    'child.yml',
    new Map(),
  );
  it('lets adults be offered words that only a sentence to the child flags', () => {
    const iro = load({ childSuggestions: ['the person who chairs your reviews'] });
    expect(() => validateRuleSet([...iro, ...longForm])).not.toThrow();
    expect(() => validateRuleSet(longForm, iro)).not.toThrow();
  });
  it('still rejects those words offered to the child, or offered everywhere', () => {
    const toChild = load({ childSuggestions: ['independent reviewing officer'] });
    expect(() => validateRuleSet([...toChild, ...longForm])).toThrow(/independent reviewing officer/);
    expect(() => validateRuleSet([...load({}), ...longForm])).toThrow(/independent reviewing officer/);
  });
});

// jargon36: the check reads `reader: family` as it reads `reader: child` (the lead's ruling, thirtieth session,
// jargon35's question 3): a suggestion is checked against a rule only where both can hold, as readers (the child, the
// child's family, anyone else). Invented entries.
describe('a suggestion is checked against family-reader rules where both can hold', () => {
  const familyOnly = validateRulePack(
    [
      {
        ...base,
        id: 'team-panel',
        patterns: ['resource panel'],
        suggestions: ['the group that agrees the money'],
        when: { reader: 'family' },
      },
    ],
    'family.yml',
    new Map(),
  );
  it('lets a rule that speaks only to the child keep adult wording it never offers, and no other', () => {
    // fires only where the sentence is written to the child, where its wording for the child stands instead
    const childOnly = load({
      when: { reader: 'child' },
      childSuggestions: ['your review chair'],
      suggestions: ['the resource panel'],
    });
    expect(() => validateRuleSet([...childOnly, ...familyOnly])).not.toThrow();
    // wording offered to families, or to anyone, is still checked against the family-reader rule
    expect(() => validateRuleSet([...load({ suggestions: ['the resource panel'] }), ...familyOnly])).toThrow(
      /resource panel/,
    );
    const toAdults = load({ childSuggestions: ['your review chair'], suggestions: ['the resource panel'] });
    expect(() => validateRuleSet([...toAdults, ...familyOnly])).toThrow(/resource panel/);
  });
});
