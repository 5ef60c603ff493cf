import { describe, expect, it } from 'vitest';
import { createLinter } from '../src/index.ts';
import { fixedWith } from './fixed-by.ts';
import { rulesOn } from './rules-on.ts';

// jargon38: the family court adviser's initials and more ways of writing a personal adviser's initials, jargon to a
// child or family reading them. Invented sentences.
const fixed = fixedWith(createLinter({ analysis: false }));

describe('the family court adviser’s initials are flagged where they cannot be the financial regulator’s', () => {
  it('flags “FCAs” in the plural, “your FCA” and a Cafcass FCA, and leaves the regulator alone', () => {
    expect(rulesOn('Our FCAs will listen to what you want to happen.')).toContain('acronym-fca');
    expect(rulesOn('Your FCA will visit you at school next week.')).toContain('acronym-fca');
    expect(rulesOn('The Cafcass FCA wrote a short report for the judge.')).toContain('acronym-fca');
    expect(rulesOn('The FCA fined the bank for mis-selling loans.')).not.toContain('acronym-fca');
  });
  it('offers the words the court adviser rule already uses', () => {
    expect(fixed('Your FCA will visit you at school next week.', 'acronym-fca')).toContain(
      'Your social worker from the family court service will visit you at school next week.',
    );
  });
});

describe('a personal adviser’s initials are flagged when kept, named as support, or in the plural', () => {
  it('flags “the same PA”, “PA support” and “PAs”', () => {
    expect(rulesOn('You will usually keep the same PA until you are 21.')).toContain('acronym-pa');
    expect(rulesOn('You can ask for PA support until you turn 25.')).toContain('acronym-pa');
    expect(rulesOn('PAs meet care leavers at least every eight weeks.')).toContain('acronym-pa');
  });
});
