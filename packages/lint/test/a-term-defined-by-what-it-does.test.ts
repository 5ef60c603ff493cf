import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on.ts';

// jargon42 (the lead's rulings of the thirty-sixth session): a term the writer defines in its own sentence, saying what
// it does or is for, reads as explained, as a bracketed gloss does; a bare "is a …", a term only named and an acronym
// alone stay flagged. Invented sentences in the shapes of dev-jargon-23a, 33a and 40a.

describe('a term defined by what it does or is for reads as explained', () => {
  it('leaves “A Referral Order is a sentence of the court for …” without the referral order hint', () => {
    expect(
      rulesOn('A Referral Order is a sentence of the court for young people who plead guilty for the first time.'),
    ).not.toContain('referral-order');
  });

  it('leaves “An emergency placement is somewhere you will move to …” without a finding', () => {
    expect(rulesOn('An emergency placement is somewhere you will move to if you need to leave home quickly.')).toEqual(
      [],
    );
  });

  it('still flags a term the sentence only names as a kind, names, or gives as an acronym', () => {
    expect(rulesOn('A Referral Order is a court order.')).toContain('referral-order');
    expect(rulesOn('A Referral Order is a type of court order.')).toContain('referral-order');
    expect(rulesOn('This is known as a referral order.')).toContain('referral-order');
    expect(rulesOn('An SGO is a court order for a family member.')).toContain('acronym-sgo');
  });
});
