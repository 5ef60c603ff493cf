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

// deficit28: more ways a note says a person is a child (the lead's decision after round 27), read for `subject`
// conditions through "she"/"he" as well: a school noun or school year after a name, an age before a place and the
// noun, an age after a noun or a headline's word in capitals. A stated adult age wins.
const selling = (text: string): string[] =>
  linter
    .lint(text)
    .filter((found) => found.ruleId === 'selling-drugs')
    .map((found) => (found.message.startsWith('If this is a child') ? 'if a child' : 'said of a child'));
const boyfriend = (text: string): string[] =>
  linter
    .lint(text)
    .filter((found) => found.ruleId === 'child-adult-boyfriend')
    .map((found) => found.ruleId);

describe('a person the note says is a child, read through a later "she" or "he"', () => {
  it('reads a name said to be a pupil or in a school year as the child', () => {
    expect(selling('Shane is a Year 11 pupil and apprentice hooligan. He was caught selling drugs.')).toEqual([
      'said of a child',
    ]);
    expect(selling('Katie, a pupil at Hill School, lives nearby. She was caught selling drugs.')).toEqual([
      'said of a child',
    ]);
    expect(selling('Tom is in Year 8. He was caught selling drugs.')).toEqual(['said of a child']);
  });

  it('reads an age before a place and the noun, or after a noun or a headline word in capitals', () => {
    expect(
      boyfriend('Police believe a missing 13-year-old Kentucky girl may be with her 18-year-old boyfriend.'),
    ).toEqual(['child-adult-boyfriend']);
    expect(boyfriend('Cops: Missing girl, 13, may be with boyfriend on crime spree')).toEqual([
      'child-adult-boyfriend',
    ]);
    expect(selling('CRACK DEALER, 13, jailed. He was caught selling drugs.')).toEqual(['said of a child']);
    expect(selling('The 14-year-old Rotherham schoolgirl was caught selling drugs.')).toEqual(['said of a child']);
  });

  it('does not read a person the note presents as an adult, or a pupil of something else, as a child', () => {
    expect(selling('Tom, a former pupil, now 19, visited. He was caught selling drugs.')).toEqual([]);
    expect(selling('My son, 24, visited. He was caught selling drugs.')).toEqual([]);
    expect(selling('DRUG DEALER, 24, jailed. He was caught selling drugs.')).toEqual([]);
    expect(selling('A 19-year-old Leeds man was caught selling drugs.')).toEqual([]);
    expect(selling('Ann is a piano pupil. She was caught selling drugs.')).toEqual(['if a child']);
    expect(selling('Tom is in Year 14. He was caught selling drugs.')).toEqual(['if a child']);
  });
});
