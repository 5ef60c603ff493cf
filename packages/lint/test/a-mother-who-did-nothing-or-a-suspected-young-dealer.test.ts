import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on.ts';

// vbdef37 (issue 9): a mother said to have done nothing to protect her child; a child called a suspected or alleged dealer; a
// child's sexual abuse told as a purchase, an affair with a pupil in a headline, sexy texts swapped, abuse that "took place
// between" an adult and a child; a child who "recanted"; a relationship said to be "in fact consensual". Each is paired with
// the same words said of adults, a school or a parent, which must be left alone. Invented sentences throughout.

describe('a mother blamed for what the abuser did is flagged', () => {
  it('flags a mother who did nothing to protect her own child, and leaves a school that did nothing alone', () => {
    expect(rulesOn('Mum did nothing to protect her son from her partner.')).toContain('mother-did-nothing-to-protect');
    expect(rulesOn('The court heard she had done nothing to protect her daughter.')).toContain(
      'mother-did-nothing-to-protect',
    );
    expect(rulesOn('The school did nothing to protect the pupils.')).not.toContain('mother-did-nothing-to-protect');
  });
});

describe('a child named by a drug-trade role with a word between is flagged', () => {
  it('flags a suspected or alleged dealer under 18, and leaves an adult suspect alone', () => {
    expect(rulesOn('A 14-year-old suspected crack dealer was stopped outside the station.')).toContain(
      'suspected-dealer-aged-child',
    );
    expect(rulesOn('The 16-year-old alleged heroin dealer was released on bail.')).toContain(
      'suspected-dealer-aged-child',
    );
    expect(rulesOn('A 41-year-old suspected heroin dealer was remanded in custody.')).not.toContain(
      'suspected-dealer-aged-child',
    );
  });
});

describe("a child's sexual abuse told as a trade, an affair or an exchange is flagged", () => {
  it('flags sex bought from a child, and leaves buying sex from adults alone', () => {
    expect(rulesOn('He admitted he had bought sex from a 15-year-old girl he met online.')).toContain(
      'bought-sex-from-child',
    );
    expect(rulesOn('The men bought sex from women in the flat.')).not.toContain('bought-sex-from-child');
  });

  it('flags an affair with a pupil in a headline, and leaves a good relationship with pupils alone', () => {
    expect(rulesOn('PE teacher jailed over fling with pupil')).toContain('affair-with-pupil-headline');
    expect(rulesOn('She has a warm relationship with pupils and staff.')).not.toContain('affair-with-pupil-headline');
  });

  it('flags sexy texts swapped with a child, and leaves texts with an adult alone', () => {
    expect(rulesOn('The coach swapped explicit messages with a 14-year-old on the team.')).toContain(
      'swapped-sexual-messages-with-child',
    );
    expect(rulesOn('The coach swapped explicit messages with a colleague.')).not.toContain(
      'swapped-sexual-messages-with-child',
    );
  });

  it('flags abuse that took place between an adult and a child, and leaves a meeting between them alone', () => {
    expect(rulesOn('The sexual assault took place between a 30-year-old man and a 13-year-old girl.')).toContain(
      'abuse-took-place-between-adult-and-child',
    );
    expect(rulesOn('The visit took place between the care worker and the 13-year-old girl.')).not.toContain(
      'abuse-took-place-between-adult-and-child',
    );
  });
});

describe("a child's account doubted or her consent assumed is flagged", () => {
  it('flags a girl who recanted her allegation, and leaves a parent who recanted alone', () => {
    expect(rulesOn('The 13-year-old girl later recanted her allegation.')).toContain('child-recanted');
    expect(rulesOn("The girl's mother recanted her statement.")).not.toContain('child-recanted');
  });

  it('flags a relationship said to be in fact consensual, and leaves one said not to be alone', () => {
    expect(rulesOn('His lawyer said the relationship was in fact consensual.')).toContain('consensual');
    expect(rulesOn('The relationship was never consensual.')).not.toContain('consensual');
  });
});
