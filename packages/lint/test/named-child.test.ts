import { describe, expect, it } from 'vitest';
import { createLinter } from '@casenote/lint';

// deficit27: a name the note itself presents as a child counts as a child for `subject: any-child`
// (the lead's decision after round 26), so a label said of the named child is read.
const linter = createLinter({ analysis: false });
const predicate = (text: string): string[] =>
  linter
    .lint(text)
    .map((found) => found.ruleId)
    .filter((id) => id === 'label-predicate-after-child');

describe('a label said of a name the note presents as a child', () => {
  it('is flagged when the note says the name is a son, a daughter or the child', () => {
    expect(predicate('My daughter Katie was out of control at home.')).toEqual(['label-predicate-after-child']);
    expect(predicate('We saw her son Tom at school. Tom was out of control in class.')).toEqual([
      'label-predicate-after-child',
    ]);
    expect(predicate('I spoke with the child, Katie, at school. Katie was out of control.')).toEqual([
      'label-predicate-after-child',
    ]);
    expect(predicate('I visited the young person, Jade. Jade was out of control that evening.')).toEqual([
      'label-predicate-after-child',
    ]);
  });

  it('is flagged when the note gives the name an age under 18 as "a 12-year-old"', () => {
    expect(predicate('Katie is a 12-year-old girl. Katie was out of control at the party.')).toEqual([
      'label-predicate-after-child',
    ]);
    expect(predicate('Katie, a 9-year-old, lives with her gran. Katie was out of control.')).toEqual([
      'label-predicate-after-child',
    ]);
  });

  it('is flagged when the note says the name is a school child ("a Year 11 pupil", "a schoolgirl")', () => {
    expect(predicate('Shane is a Year 11 pupil. Shane was out of control in the lesson.')).toEqual([
      'label-predicate-after-child',
    ]);
    expect(predicate('Mia, a schoolgirl, lives nearby. Mia was out of control.')).toEqual([
      'label-predicate-after-child',
    ]);
    expect(predicate('Ann is a piano pupil. Ann was out of control.')).toEqual([]);
  });

  it('is not flagged for a name the note does not present, or presents as an adult', () => {
    expect(predicate('Katie was out of control at the party.')).toEqual([]);
    expect(predicate('My son Tom, 24, visited. Tom was out of control after drinking.')).toEqual([]);
    expect(predicate('Her daughter Amy, now an adult, visited. Amy was out of control.')).toEqual([]);
    expect(predicate('Her adult son Tom visited. Tom was out of control after drinking.')).toEqual([]);
    expect(predicate('Katie, a 34-year-old, rents the flat. Katie was out of control.')).toEqual([]);
  });
});
