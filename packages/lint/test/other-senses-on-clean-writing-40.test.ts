import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on.ts';

// precision40: deficit and jargon words on real clean writing about children, one kind at a time (the lead's ruling,
// thirty-fourth session: adults in workplace and complaints writing are out of scope). Invented sentences only; each
// describe has a twin the tool still flags.
describe('someone who finds it hard to engage is told from their side, not labelled', () => {
  it('leaves "finds it difficult to engage" and "finding it hard to engage", and still flags a family called hard to engage', () => {
    expect(rulesOn('Sam finds it really difficult to engage with other children at break time.')).not.toContain(
      'difficult-to-engage',
    );
    expect(rulesOn('Some parents find it hard to engage when meetings are held in the daytime.')).not.toContain(
      'difficult-to-engage',
    );
    expect(rulesOn('Many families found it difficult to engage during the lockdown.')).not.toContain(
      'difficult-to-engage',
    );
    expect(rulesOn('The family are hard to engage and did not answer the door.')).toContain('difficult-to-engage');
    expect(rulesOn('Mum has been difficult to engage since the conference.')).toContain('difficult-to-engage');
  });
});

describe('the Guardian newspaper is not taken for the court’s guardian', () => {
  it('leaves a story featured in the Guardian, "the Guardian can reveal" and its Facebook page, and still flags the court’s Guardian', () => {
    expect(rulesOn('Her story was featured in the Guardian last spring.')).not.toContain('court-guardian-capital');
    expect(rulesOn('Children are still being prosecuted, the Guardian can reveal.')).not.toContain(
      'court-guardian-capital',
    );
    expect(rulesOn('Readers left comments on the Guardian Facebook page.')).not.toContain('court-guardian-capital');
    expect(rulesOn('The Guardian supports the plan for Ava to live with her aunt.')).toContain(
      'court-guardian-capital',
    );
    expect(rulesOn('Ava told the Guardian that she wants to stay at school.')).toContain('court-guardian-capital');
  });
});

describe('a carer’s good relationship with the child is not read as abuse', () => {
  it('leaves a good, warm or existing relationship with the child, and still flags a relationship with a pupil, a 15-year-old or a close one', () => {
    expect(rulesOn('Dad has a good relationship with the child and sees her every weekend.')).not.toContain(
      'sexual-relationship-with-child',
    );
    expect(rulesOn('Special guardians must have an existing or potential relationship with the child.')).not.toContain(
      'sexual-relationship-with-child',
    );
    expect(rulesOn('Nan has a warm relationship with her child and grandchildren.')).not.toContain(
      'sexual-relationship-with-child',
    );
    expect(rulesOn('The teacher had a relationship with the child for months.')).toContain(
      'sexual-relationship-with-child',
    );
    expect(rulesOn('He had a relationship with a 15-year-old.')).toContain('sexual-relationship-with-child');
    expect(rulesOn('The coach built a close relationship with the child.')).toContain('sexual-relationship-with-child');
  });
});
