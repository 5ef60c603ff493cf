import { describe, expect, it } from 'vitest';
import { createLinter, type RuleEntry } from '@casenote/lint';
import { rulesOn } from './rules-on.ts';

// Records name people in brackets beside the words for them: "Child A (Jane Smith) was said to …", "her partner
// (Paul) …". The bracket says who someone is; the wording a rule looks for runs on around it, so a writer sees the
// same finding with the name in brackets as without. A bracket of a rule's own words, or an acronym, stays a word.

const teamRule: RuleEntry = {
  id: 'team-argued',
  category: 'victim-blaming',
  severity: 'warning',
  patterns: ['[mum and her partner argued]'],
  suggestions: ['her partner abused Mum'],
  explanation: 'An argument makes abuse sound like something both people did.',
  sources: ['https://example.org/guide'],
};

describe('wording around a bracketed name is still found', () => {
  it('finds the mother and her partner said to be fighting with his name in brackets between them', () => {
    expect(rulesOn('The mother and her partner were fighting again.')).toContain('mother-and-man-fighting');
    expect(rulesOn('The mother and her partner (Paul) were fighting again.')).toContain('mother-and-man-fighting');
    expect(rulesOn('The mother and her partner (Paul Smith) were fighting again.')).toContain(
      'mother-and-man-fighting',
    );
  });

  it('keeps the words of a bracket that a rule flags, and an acronym in brackets, as words', () => {
    expect(rulesOn('We held a PLO (Public Law Outline) meeting with Mum.')).toContain('public-law-outline');
    expect(rulesOn('She was seen by the Independent Reviewing Officer (IRO) today.')).toContain('acronym-iro');
    // four words are not a name beside the words: the bracket still breaks the wording
    expect(rulesOn('The mother and her partner (Paul John Henry Smith) were fighting again.')).not.toContain(
      'mother-and-man-fighting',
    );
  });

  it('offers no one-click fix over flagged words that run across the name, which the fix would drop', () => {
    const linter = createLinter({ analysis: false, extraRules: [{ name: 'team.yml', rules: [teamRule] }] });
    const [plain] = linter.lint('Mum and her partner argued.').filter((found) => found.ruleId === 'team-argued');
    expect(plain?.suggestions).toEqual(['Her partner abused Mum']);
    const [named] = linter.lint('Mum and her partner (Dean) argued.').filter((found) => found.ruleId === 'team-argued');
    expect(named?.suggestions).toEqual([]);
    expect(named?.consider).toEqual(['her partner abused Mum']);
  });
});

describe("a child's age and an adult described are read past a bracketed name", () => {
  const severityOf = (text: string, rule: string) =>
    createLinter({ analysis: false })
      .lint(text)
      .find((found) => found.ruleId === rule)?.severity;

  it('warns of a 15-year-old\'s adult "boyfriend" when her cipher stands in brackets after her name', () => {
    expect(severityOf('Jade is 15 and says her boyfriend is 24.', 'child-adult-boyfriend')).toBe('warning');
    expect(severityOf('Jade (Child A) is 15 and says her boyfriend is 24.', 'child-adult-boyfriend')).toBe('warning');
    expect(severityOf('Jade (Child A) is 15. She says her boyfriend is 24.', 'child-adult-boyfriend')).toBe('warning');
    expect(severityOf('Jade is 15. Her boyfriend (Kyle Smith) is 24.', 'child-adult-boyfriend')).toBe('warning');
  });

  it('keeps a bracket that says which people a service is for, so a service for adults stays unflagged', () => {
    const text = 'The Head of Social Care (Adults) explained that this was owing to the need for emergency placements.';
    expect(rulesOn(text)).not.toContain('emergency-placement');
  });
});
