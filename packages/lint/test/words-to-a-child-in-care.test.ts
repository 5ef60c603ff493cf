import { describe, expect, it } from 'vitest';
import { createLinter } from '@casenote/lint';
import { rulesOn } from './rules-on.ts';

// jargon34: pages written to children in care and to parents name time with family, a child's care package and the
// court's welfare checklist without saying what they are; and the lead's ruling (twenty-eighth session) that the
// reviewing officer's initials may be offered as "the person who chairs your reviews" where the reader is the child,
// with the general wording kept elsewhere. Invented sentences.

const linter = createLinter({ analysis: false });
/** The suggestions the writer is offered for the finding of `ruleId` on `text`. */
const offered = (text: string, ruleId: string): string[] =>
  linter.lint(text).find((found) => found.ruleId === ruleId)?.suggestions ?? [];

describe('the reviewing officer’s initials are offered as who the person is to the child, in writing to the child', () => {
  it('offers “the person who chairs your reviews” first in a letter to the child, the general wording elsewhere', () => {
    expect(offered('Dear Amir, the IRO will come to see you on Friday.', 'acronym-iro')[0]).toBe(
      'person who chairs your reviews',
    );
    expect(offered('Dear Amir, your IRO will come to see you on Friday.', 'acronym-iro')[0]).toBe('review chair');
    // the general wording stays in a record about the child and in a letter to a parent
    expect(offered('Amir’s IRO came to see him on Friday.', 'acronym-iro')[0]).toBe('independent reviewing officer');
    expect(offered('Dear Mrs Aziz, your son’s IRO will ring you on Friday.', 'acronym-iro')[0]).toBe(
      'independent reviewing officer',
    );
  });
});

describe('time with family told as something a child has feelings or questions about is flagged as “contact”', () => {
  it('flags the new frames in writing to a child and leaves other senses alone', () => {
    expect(rulesOn('You may have lots of worries about contact.')).toContain('contact-family-time');
    expect(rulesOn('You can ask your social worker what contact will be like.')).toContain('contact-family-time');
    expect(rulesOn('Decisions are made about contact at your review.')).toContain('contact-family-time');
    expect(rulesOn('If contact is hard for you, tell your carer.')).toContain('contact-family-time');
    // other senses stay alone: an agreement about contact, contact made with a service
    expect(rulesOn('Mum signed an agreement about contact with the school.')).not.toContain('contact-family-time');
    expect(rulesOn('Please make contact with the duty team if you have questions.')).not.toContain(
      'contact-family-time',
    );
  });
});

describe('a child’s care package and the welfare checklist are flagged in writing to the family only', () => {
  it('flags them in sentences to a parent, not in writing for professionals and courts', () => {
    expect(rulesOn('The council will review your child’s care package in May.')).toContain('care-package');
    expect(rulesOn('The judge will look at the welfare checklist before deciding where your son lives.')).toContain(
      'welfare-checklist',
    );
    // writing for professionals and courts is left alone
    expect(rulesOn('Mr Hill’s care package was reduced after the review.')).not.toContain('care-package');
    expect(rulesOn('The court applied the welfare checklist to each of the three children.')).not.toContain(
      'welfare-checklist',
    );
  });
});

describe('the initials of a direct payment are flagged unless spelled out beside them', () => {
  it('flags “DP” after a word that makes it a thing someone has, and leaves the bracketed form alone', () => {
    expect(rulesOn('Dad will manage his own DP from September.')).toContain('acronym-dp');
    expect(rulesOn('The council pays a Direct Payment (DP) for Leo’s carer.')).not.toContain('acronym-dp');
  });
});
