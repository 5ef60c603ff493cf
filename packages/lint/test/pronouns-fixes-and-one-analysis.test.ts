import { describe, expect, it } from 'vitest';
import { analyseNote, createLinter, lint } from '@casenote/lint';

const kinds = (text: string, context?: Parameters<typeof analyseNote>[1]) =>
  analyseNote(text, context).sentences.map((sentence) => sentence.kind);
const jade = { child: { name: 'Jade', pronouns: 'she' as const } };

describe('pronouns', () => {
  it('a parent or carer writing about “my daughter” writes about the child', () => {
    const analysis = analyseNote('My daughter is doing well at school. She has made new friends.');
    expect(analysis.sentences.map((sentence) => sentence.kind)).toEqual(['about-child', 'about-child']);
  });
  it('resolves an object pronoun after someone else to the child, and “they” with the child’s pronouns', () => {
    expect(kinds('Jade came home at six. Mum hugged her.', jade)).toEqual(['about-child', 'about-child']);
    expect(
      kinds('Sam got home late. They said they were tired.', { child: { name: 'Sam', pronouns: 'they' } }),
    ).toEqual(['about-child', 'about-child']);
    expect(
      kinds('Sam got home late. Mum and Dad said they were tired.', { child: { name: 'Sam', pronouns: 'they' } }),
    ).toEqual(['about-child', 'neutral']);
  });
});

describe('fixes that stay grammatical', () => {
  it('“SW is” becomes “I am”, and “Is Jade…?” becomes “Are you…?”', () => {
    const self = lint('SW is worried about the house.').find((d) => d.ruleId === 'professional-self-reference');
    expect(self?.consider).toEqual(['I am']);
    expect(self?.actual).toBe('SW is');
    const question = analyseNote('Is Jade eating well?', jade).diagnostics.find(
      (d) => d.ruleId === 'about-child-sentence',
    );
    expect(question?.suggestions).toEqual(['Are you']);
  });
});

describe('one analysis for the findings and the figures', () => {
  it('check gives lint’s findings and analyseNote’s figures', () => {
    const note = 'SW visited Jade. Jade said she likes school. Sam was not seen.';
    const context = { ...jade, household: [{ name: 'Jade' }, { name: 'Sam' }, { name: 'Lily' }] };
    const linter = createLinter({ context });
    const { diagnostics, analysis } = linter.check(note);
    expect(diagnostics).toEqual(linter.lint(note));
    expect(analysis).toEqual(analyseNote(note, context));
    const household = diagnostics.filter((d) => d.ruleId === 'household-child-not-mentioned');
    expect(household.map((d) => d.subject)).toEqual([{ child: 'Lily' }]);
  });
});
