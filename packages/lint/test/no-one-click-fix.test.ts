import { describe, expect, it } from 'vitest';
import { createLinter, type RuleEntry } from '@casenote/lint';

// A rule whose suggestions mostly read wrong in their sentence (`oneClickFix: false`, DATA-FORMAT.md) keeps its
// finding and shows its suggestions as wording to consider, never as a fix a click or a key applies
// (test/corpus/fix-reading/fix-reading-22.yml).
describe('a rule with no one-click fix', () => {
  it('flags the words and gives its wording to consider, with no fix to apply', () => {
    const [mule] = createLinter({ analysis: false })
      .lint('Gangs are recruiting teenage money mules.')
      .filter((diagnostic) => diagnostic.ruleId === 'money-mule');
    expect(mule).toMatchObject({ actual: 'money mules', suggestions: [] });
    expect(mule?.consider).toEqual(['child exploited to move money', 'child exploited to carry drugs']);
  });

  it("works for a host pack's pattern rule, whose other rules keep their fixes", () => {
    const rule: RuleEntry = {
      id: 'team-runner',
      category: 'victim-blaming',
      severity: 'warning',
      patterns: ['errand boy+'],
      suggestions: ['child sent by adults'],
      explanation: 'A job title hides who is sending the child and why.',
      sources: ['https://example.org/guide'],
    };
    const lint = (oneClickFix?: false) =>
      createLinter({
        analysis: false,
        extraRules: [{ name: 'team.yml', rules: [{ ...rule, ...(oneClickFix === false && { oneClickFix }) }] }],
      })
        .lint('He was used as an errand boy.')
        .map(({ ruleId, suggestions, consider }) => ({ ruleId, suggestions, consider }));
    expect(lint()).toEqual([{ ruleId: 'team-runner', suggestions: ['a child sent by adults'], consider: undefined }]);
    expect(lint(false)).toEqual([{ ruleId: 'team-runner', suggestions: [], consider: ['child sent by adults'] }]);
  });
});
