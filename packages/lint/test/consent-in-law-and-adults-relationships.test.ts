import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on.ts';

// precision39: victim-blaming words on real clean writing, one kind at a time (the lead's ruling, thirty-fourth
// session). Invented sentences only; each describe has a twin the tool still flags.
describe('consent named as what the law allows in general is left alone', () => {
  it('leaves the age at which someone can legally consent, "able to give consent" and "at what age can…", and still flags a child who "consented"', () => {
    expect(rulesOn('At what age can a young person consent to sex in England?')).not.toContain('consented-to');
    expect(rulesOn('Under the law a child of 12 is not considered able to give consent to sex.')).not.toContain(
      'consented-to',
    );
    expect(
      rulesOn('The law sets the age at which a person can legally consent to a sexual relationship.'),
    ).not.toContain('consented-in-any-form');
    expect(rulesOn('At 16 a young person can legally consent to sex.')).not.toContain('consented-to');
    expect(rulesOn('Jade said she consented to sex with the man.')).toContain('consented-to');
    expect(rulesOn('Jade told police she consented to a sexual relationship with him.')).toContain(
      'consented-in-any-form',
    );
  });
});

describe('an inappropriate relationship between a professional and an adult is left alone', () => {
  it('leaves one with a member of the public or a woman, and still flags one with a pupil, a girl of an age or a young woman', () => {
    expect(rulesOn('The officer formed an inappropriate relationship with a woman he met on duty.')).not.toContain(
      'inappropriate-relationship',
    );
    expect(rulesOn('The nurse had inappropriate relationships with female members of the public.')).not.toContain(
      'inappropriate-relationship',
    );
    expect(rulesOn('The teacher had an inappropriate relationship with a pupil.')).toContain(
      'inappropriate-relationship',
    );
    expect(rulesOn('The coach had an inappropriate relationship with a 15-year-old girl.')).toContain(
      'inappropriate-relationship',
    );
    expect(rulesOn('He had an inappropriate relationship with a young woman of 17.')).toContain(
      'inappropriate-relationship',
    );
  });
});
