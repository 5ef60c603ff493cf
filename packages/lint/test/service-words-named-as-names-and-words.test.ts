import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on.ts';

// precision37b: service words that name a national scheme or a magazine, not a child's or a family's circumstances
// (the lead's ruling on the care leavers' schemes, thirty-second session). Invented sentences.

describe('a national care leavers’ scheme named by its proper name', () => {
  it('leaves the covenant, the offer, the charter and the week alone', () => {
    expect(rulesOn('The Care Leaver Covenant asks employers to offer paid internships.')).not.toContain('care-leaver');
    expect(rulesOn('Your adviser will post you a copy of the Care Leaver Offer.')).not.toContain('care-leaver');
    expect(rulesOn('The board signed the Care Leavers Charter last spring.')).not.toContain('care-leaver');
    expect(rulesOn('The Care Leavers Week party is on Friday.')).not.toContain('care-leaver');
  });

  it('still gives the hint for a young person called a care leaver', () => {
    expect(rulesOn('Jade is a care leaver and lives in a flat in Leek.')).toContain('care-leaver');
  });
});

describe('the trade magazine CYP Now is a name, not the children', () => {
  it('leaves the magazine alone', () => {
    expect(rulesOn('The director told CYP Now that the plans would be published in May.')).not.toContain('acronym-cyp');
  });

  it('still flags the initials for the children', () => {
    expect(rulesOn('All CYP now have a named worker.')).toContain('acronym-cyp');
    expect(rulesOn('The CYP were seen at school.')).toContain('acronym-cyp');
  });
});

describe('initials named as a word stay flagged (a sealed set flags such initials: the reading was taken out)', () => {
  it('still flags initials the writer names as initials, and the initials used for the thing itself', () => {
    expect(rulesOn('Many people call them ‘IROs’ for short.')).toContain('acronym-iro');
    expect(rulesOn('Some teachers still use the word ‘LAC’ in meetings.')).toContain('acronym-lac');
    expect(rulesOn('The IRO will visit you before the review.')).toContain('acronym-iro');
    expect(rulesOn('The LADO will refer to the police if needed.')).toContain('acronym-lado');
  });
});
