import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on.ts';

// jargon33: names families meet in letters and pages about short breaks, EHC plans and the family court, flagged where
// they stand unexplained and left alone where the writer spells them out beside them. Invented sentences.

describe('the initials of the short breaks scoring tool are flagged unless spelled out beside them', () => {
  it('flags “RAS” on its own, and leaves it alone after its long form in brackets or in small letters', () => {
    expect(rulesOn('Dad filled in the RAS questionnaire with Ellie on Tuesday.')).toContain('acronym-ras');
    expect(rulesOn('Ellie scored highly on the RAS, so her budget went up.')).toContain('acronym-ras');
    expect(rulesOn('The council used the Resource Allocation System (RAS) to set Ellie’s budget.')).not.toContain(
      'acronym-ras',
    );
    expect(rulesOn('Ellie was not sure what ras meant in the song.')).not.toContain('acronym-ras');
  });
});

describe('an EHC assessment named without “needs” is flagged as the EHC needs assessment is', () => {
  it('flags “EHC assessment” in a letter to a parent and in a record', () => {
    expect(rulesOn('The school has asked for an EHC assessment for your son.')).toContain('ehc-plan');
    expect(rulesOn('Mum was told Ellie would have EHC assessments next term.')).toContain('ehc-plan');
  });
});

describe('the short spelling of Cafcass is read as Cafcass', () => {
  it('gives the same hint for “CAFCAS” as for “CAFCASS”', () => {
    expect(rulesOn('A worker from CAFCAS will talk to Ellie before the hearing.')).toContain('acronym-cafcass');
    expect(rulesOn('A worker from CAFCASS will talk to Ellie before the hearing.')).toContain('acronym-cafcass');
  });
});

describe('time with family called “contact” is flagged where the page says where or whether it happens', () => {
  it('flags the arrangements for contact, a venue for contact, losing your contact and contact in a public place', () => {
    expect(rulesOn('The plan sets out the arrangements for contact over the summer.')).toContain('contact-family-time');
    expect(rulesOn('The centre is a quiet venue for contact on Saturdays.')).toContain('contact-family-time');
    expect(rulesOn('If you arrive late again you could lose your contact.')).toContain('contact-family-time');
    expect(rulesOn('You may be able to have contact in a park near school.')).toContain('contact-family-time');
  });

  it('leaves contact lenses, and a contact person, alone', () => {
    expect(rulesOn('Please do not lose your contact lenses at the pool.')).not.toContain('contact-family-time');
    expect(rulesOn('Ellie lost her contact at the council when he retired.')).not.toContain('contact-family-time');
    expect(rulesOn('The plan sets out the arrangements for contact over the summer.')).toContain('contact-family-time');
  });
});

describe('school words for a move and for a room away from lessons are flagged', () => {
  it('flags “phase transfer” and “internal inclusion”', () => {
    expect(rulesOn('Ellie’s phase transfer review will be in the autumn term.')).toContain('phase-transfer');
    expect(rulesOn('Ellie spent two days in internal inclusion after the fight.')).toContain('internal-inclusion');
    expect(rulesOn('Ellie was included in the trip to the museum.')).not.toContain('internal-inclusion');
  });
});
