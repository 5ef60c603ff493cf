import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on.ts';

// jargon36: names a child or parent meets in plans and letters written to them: time with family as a plan puts it,
// a parent's standing in care proceedings, a council team's initials, and initials from safeguarding and short breaks
// pages. Invented sentences.

describe('time with family is flagged as “contact” where a plan says what a child will have', () => {
  it('flags “what contact you will have with your family”, not “… with the school”', () => {
    expect(rulesOn('We will write down what contact you will have with your family.')).toContain('contact-family-time');
    expect(rulesOn('We will write down what contact you will have with the school.')).not.toContain(
      'contact-family-time',
    );
  });
});

describe('a parent told they are a party to the proceedings is told what it means', () => {
  it('flags “a party to the proceedings” said to a parent and leaves it alone in a judgment about the family', () => {
    expect(rulesOn('As Ellie’s mum, you will be a party to the proceedings.')).toContain('party-to-the-proceedings');
    expect(rulesOn('The grandmother is not a party to the proceedings.')).not.toContain('party-to-the-proceedings');
  });
});

describe('service initials in letters and guidance are flagged', () => {
  it('flags the special needs team’s initials', () => {
    expect(rulesOn('SENAT will send you the draft plan for your son next week.')).toContain('acronym-senat');
  });
  it('flags a child not brought told as “CNB”', () => {
    expect(rulesOn('Ellie was CNB to the dentist twice this term.')).toContain('acronym-cnb');
  });
  it('flags the communication scale’s initials, and leaves another service with the same initials alone', () => {
    expect(rulesOn('Please fill in the CFCS page before the short breaks panel.')).toContain('acronym-cfcs');
    expect(rulesOn('You can call the Children’s First Contact Service (CFCS) on Monday.')).not.toContain(
      'acronym-cfcs',
    );
  });
});

describe('education outside school named as alternative learning provision is flagged', () => {
  it('flags “alternative learning provision” as “alternative provision” is', () => {
    expect(rulesOn('Your son will go to alternative learning provision on Mondays.')).toContain(
      'alternative-provision',
    );
  });
});
