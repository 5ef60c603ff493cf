import { describe, expect, it } from 'vitest';
import { createLinter } from '@casenote/lint';
import { fixedWith } from './fixed-by.ts';

// Kinds a reader found broken on fresh sentences (test/corpus/fix-reading/fix-reading-31.yml), on invented sentences:
// the words beside the flagged words show they mean something the plain words do not. The finding and its card stay;
// the same rule's fix is still offered where it reads right.
const linter = createLinter();
const fixed = fixedWith(linter);

describe('a fix keeps what the words beside it show the words mean', () => {
  it('offers no council for an acronym joined to a code', () => {
    // not "The council-B12 said she felt safe.": letters joined to a cipher are a label for a person, so there is no
    // finding at all (precision36, the lead's ruling of the thirtieth session)
    expect(linter.lint('Child LA-B12 said she felt safe.').map((found) => found.ruleId)).not.toContain('acronym-la');
    expect(fixed('The LA said she felt safe.', 'acronym-la').length).toBeGreaterThan(0);
  });

  it('offers no foster carer for private fostering', () => {
    // not "a private foster carer's social worker visits"
    expect(fixed('A private fostering social worker visits every six weeks.', 'supervising-social-worker')).toEqual([]);
  });

  it('offers no homes for placements whose stability is studied, nor for children placed with a carer', () => {
    // not "The report looks at the stability of children's homes."
    expect(fixed('The report looks at the stability of residential placements.', 'residential-home')).toEqual([]);
    // not "We welcome new homes with a box of toys."
    expect(fixed('We always welcome new placements with a box of toys.', 'placement')).toEqual([]);
    expect(fixed('Kai told me about his new placement.', 'placement').length).toBeGreaterThan(0);
  });

  it('offers no "the law" for a section of an Act the sentence names', () => {
    // not "Under the law of the children act 1989, the court made an order."
    expect(fixed('Under section 31 of the children act 1989, the court made an order.', 'legal-section-bare')).toEqual(
      [],
    );
    expect(fixed('Under section 31 the court made an order.', 'legal-section-bare')).toEqual([
      'Under the law the court made an order.',
    ]);
  });

  it('offers no exploitation "entered into", and no present abuse for children rescued', () => {
    // not "girls entering into sexual exploitation"
    expect(
      fixed('The charity works with girls entering into prostitution.', 'prostitution-state-child-described'),
    ).toEqual([]);
    // not "Rescued children who are being sexually exploited get no help"
    expect(fixed('Rescued child prostitutes get no help', 'child-prostitute')).toEqual([]);
  });

  it('offers no plain words for a term named as a word', () => {
    // not "Young people say looking for work or a course is an unkind label."
    expect(fixed('Young people say NEET is an unkind label.', 'acronym-neet')).toEqual([]);
    // a glossary's headword: not "Not in education, work or training - the words young people prefer: …"
    expect(fixed('NEET - the words young people prefer: not working yet.', 'acronym-neet')).toEqual([]);
    expect(fixed('Kai is NEET this year.', 'acronym-neet').length).toBeGreaterThan(0);
  });

  it('finds no rudeness in "demanding" something', () => {
    expect(linter.lint('She is demanding the money back.').some((f) => f.ruleId === 'rude-to-staff')).toBe(false);
    expect(linter.lint('She is very demanding.').some((f) => f.ruleId === 'rude-to-staff')).toBe(true);
  });
});
