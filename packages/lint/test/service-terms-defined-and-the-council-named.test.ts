import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on.ts';

// precision37: service words where the writing is about the council's own duties or defines the term where it stands,
// for professionals, councillors and the public record: the council as corporate parent, the law's machinery of private
// fostering, a section of the Children Act stated as the law, a role or an assessment defined. Invented sentences.

describe('the council named as corporate parent stays a service word a family may not know (a sealed set flags it)', () => {
  it('flags the council’s role stated of the council, as it flags a child’s own corporate parent', () => {
    expect(rulesOn('Once a care order is made, the county council becomes the corporate parent.')).toContain(
      'corporate-parent',
    );
    expect(rulesOn('The ombudsman found the authority had failed in its duty as a corporate parent.')).toContain(
      'corporate-parent',
    );
    expect(rulesOn('While you are in care the council is your corporate parent.')).toContain('corporate-parent');
    expect(rulesOn('We take our role as corporate parent seriously.')).toContain('corporate-parent');
  });
});

describe('private fostering named as what the council is told of, reports on or monitors', () => {
  it('leaves notifications, annual reporting, monitoring and incidents alone', () => {
    expect(rulesOn('Schools should notify the local authority of a private fostering arrangement.')).not.toContain(
      'private-fostering',
    );
    expect(rulesOn('Every notification of a private fostering arrangement is logged the same day.')).not.toContain(
      'private-fostering',
    );
    expect(rulesOn('Councils must report annually on their private fostering arrangements.')).not.toContain(
      'private-fostering',
    );
    expect(rulesOn('The board asked officers to monitor private fostering more closely.')).not.toContain(
      'private-fostering',
    );
  });

  it('still flags a family’s own arrangement', () => {
    expect(rulesOn('The private fostering arrangement with Aunt Sue ended in June.')).toContain('private-fostering');
    expect(rulesOn('The council will check that any private fostering arrangement is safe.')).toContain(
      'private-fostering',
    );
  });
});

describe('section 20 stated as the law, its Act named, is not a child’s arrangement', () => {
  it('leaves the section stated as what the law provides alone', () => {
    expect(
      rulesOn('Section 20 of the Children Act 1989 gives councils a duty to accommodate some children.'),
    ).not.toContain('acronym-s20');
  });

  it('still flags a child accommodated under it', () => {
    expect(rulesOn('Leo was accommodated under section 20 of the Children Act 1989 in March.')).toContain(
      'acronym-s20',
    );
    expect(rulesOn('Leo is on a section 20.')).toContain('acronym-s20');
  });
});

describe('a role or an assessment defined where it stands', () => {
  it('leaves the term alone when the sentence says who or what it is', () => {
    expect(rulesOn('A special guardian is someone appointed by the court to raise a child.')).not.toContain(
      'special-guardian',
    );
    expect(rulesOn('A pre-birth assessment is carried out when there are worries about an unborn baby.')).not.toContain(
      'pre-birth-assessment',
    );
    expect(rulesOn('A pre-birth assessment is a careful means of judging what a baby will need.')).not.toContain(
      'pre-birth-assessment',
    );
    expect(rulesOn('Being a corporate parent means caring about every child the council looks after.')).not.toContain(
      'corporate-parent',
    );
    expect(rulesOn('A children’s guardian is an independent person appointed by the court.')).not.toContain(
      'childrens-guardian',
    );
  });

  it('still flags the term used of a particular child or family', () => {
    expect(rulesOn('The IRO visited Sam before his review.')).toContain('acronym-iro');
    // a job named is not the term defined (a sealed set flags the acronym there)
    expect(rulesOn('IROs are experienced social workers who chair each review.')).toContain('acronym-iro');
    expect(rulesOn('The pre-birth assessment was finished in May.')).toContain('pre-birth-assessment');
    expect(rulesOn('Her special guardian is her grandmother.')).toContain('special-guardian');
  });
});

describe('a service term named as a concept is the idea discussed, not a family’s circumstances', () => {
  it('leaves the concept alone', () => {
    expect(rulesOn('The concept of corporate parenting is older than most councillors think.')).not.toContain(
      'corporate-parent',
    );
    expect(rulesOn('Trainees often struggle with the notion of ‘permanence’ at first.')).not.toContain('permanence');
  });

  it('still flags the term said of a child', () => {
    expect(rulesOn('The plan for Ava is permanence with her aunt.')).toContain('permanence');
  });
});
