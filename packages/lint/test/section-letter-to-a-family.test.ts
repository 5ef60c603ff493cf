import { describe, expect, it } from 'vitest';
import { underlinedBy } from './rules-on.ts';

// jargon40, the lead's answers to jargon39 and jargon39b: an EHC plan's section letter alone ("Section B") is jargon to
// a parent or young person who has not seen the plan, and the professional's ordinary term elsewhere. The built-in
// rule fires only where the sentence is written to the child or family and no bracket beside the letter says what the
// section holds.
const sectionLetters = (text: string): string[] => underlinedBy(text, (id) => id === 'ehc-plan-section-letter');

describe('an EHC plan’s section letter is flagged where a family reads it without being told what the section holds', () => {
  it('flags a section letter in writing to a parent', () => {
    expect(sectionLetters('Section B should describe your child’s needs in detail.')).toEqual(['Section B']);
    expect(sectionLetters('Check that the help for your son is in Section F of the plan.')).toEqual(['Section F']);
  });

  it('leaves a letter with a bracketed gloss, and writing for professionals', () => {
    expect(sectionLetters('Section F (the help your child will get) must be specific.')).toEqual([]);
    expect(sectionLetters('The outcomes for your child (section E) come next.')).toEqual([]);
    expect(sectionLetters('Caseworkers must quantify the provision in Section F.')).toEqual([]);
  });

  it('leaves a parent’s letter to the council, whose reader writes the plan', () => {
    expect(sectionLetters('I am concerned that you have not included all the provision in Section F.')).toEqual([]);
  });
});
