import { describe, expect, it } from 'vitest';
import { createLinter } from '@casenote/lint';
import { fixedWith } from './fixed-by.ts';

// fixes39b (issue 9, item 4), by the lead's answers to fixes39's questions: the initials spelled out in full, a name
// that runs on after "for" or "of" kept in its case (offered in its Title Case where it can take it, fixes40), and an "-ies" verb after a body's name read as the clause's verb.
// Invented sentences throughout.
const linter = createLinter();
const fixed = fixedWith(linter);

describe('an independent fostering agency', () => {
  it('spells out "IFA" as "independent fostering agency", not any fostering agency', () => {
    expect(
      fixed(
        'The council compared the cost of its own carers with the cost of an IFA for the same child.',
        'acronym-ifa',
      ),
    ).toEqual([
      'The council compared the cost of its own carers with the cost of an independent fostering agency for the same child.',
    ]);
  });

  it('keeps "independent" for the plural "IFAs"', () => {
    expect(
      fixed('More children now live with carers from IFAs than with the council’s own foster carers.', 'acronym-ifa'),
    ).toEqual([
      'More children now live with carers from independent fostering agencies than with the council’s own foster carers.',
    ]);
  });
});

describe('a capitalised name that runs on after "for" or "of"', () => {
  // fixes40, the lead's answer to fixes39b's question 1: a fix in the name's own capitals keeps its case
  it('offers "the APPG for Children in Care and Care Leavers" in the name\'s capitals, not small letters', () => {
    expect(
      fixed(
        'A report published today by the APPG for Looked After Children and Care Leavers says that many young people move too often.',
        'looked-after-child',
      ),
    ).toEqual([
      'A report published today by the APPG for Children in Care and Care Leavers says that many young people move too often.',
    ]);
  });

  it('offers a role\'s title in its capitals ("the Senior Nurse for Children in Care")', () => {
    expect(
      fixed(
        'Health assessments are checked by the health visitor, the school nurse or the Senior Nurse for Looked After Children.',
        'looked-after-child',
      ),
    ).toEqual([
      'Health assessments are checked by the health visitor, the school nurse or the Senior Nurse for Children in Care.',
    ]);
  });

  it('offers no fix where a word of the name stands between "for" and the term ("Officer for Previously Looked After Children")', () => {
    expect(
      fixed(
        'You can ask the Education Officer for Previously Looked After Children about any help with the costs of school trips and uniform.',
        'looked-after-child',
      ),
    ).toEqual([]);
  });

  it('offers no fix where the plain words are a long gloss that cannot be a name ("Head of the Virtual School")', () => {
    expect(
      fixed(
        'The report was presented by the Head Teacher of the Northshire Virtual School last week.',
        'virtual-school',
      ),
    ).toEqual([]);
  });

  it('still fixes "Looked After Children" after "for" where a sentence opens with one capitalised word', () => {
    expect(
      fixed('Support for Looked After Children has improved this year, and the team has grown.', 'looked-after-child'),
    ).toEqual(['Support for children in care has improved this year, and the team has grown.']);
  });
});

describe('initials that open a capitalised name', () => {
  // fixes40: the pooled proper-name kind ("the special educational needs and disabilities Family Help Service")
  it('spells out "SEND" in the name\'s capitals before "Family Help Service"', () => {
    expect(
      fixed(
        'Families can ask the SEND Family Help Service for advice before the review meeting next month.',
        'acronym-send',
      ),
    ).toEqual([
      'Families can ask the Special Educational Needs and Disabilities Family Help Service for advice before the review meeting next month.',
    ]);
  });

  it('keeps small letters where one capitalised word follows the initials ("SEND team" is no name run)', () => {
    expect(
      fixed('Families can ask the SEND team for advice before the review meeting next month.', 'acronym-send'),
    ).toEqual([
      'Families can ask the special educational needs and disabilities team for advice before the review meeting next month.',
    ]);
  });
});

describe('an "-ies" verb after a body’s short name', () => {
  it('puts "the" before the full name where "varies" is the clause’s verb', () => {
    expect(
      fixed(
        'Every family is different, and the involvement of Cafcass varies with what the court asks for.',
        'acronym-cafcass',
      ),
    ).toEqual([
      'Every family is different, and the involvement of the Children and Family Court Advisory and Support Service varies with what the court asks for.',
    ]);
  });

  it('reads an "-ies" word as a noun where a verb follows it ("Cafcass policies were")', () => {
    expect(
      fixed('In this case Cafcass policies were followed by the officer who wrote the report.', 'acronym-cafcass').some(
        (fix) => /the Children and Family Court Advisory and Support Service policies/.test(fix),
      ),
    ).toBe(false);
  });
});
