import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on.ts';

// precision35: a service term the sentence names as a term and defines where it stands (the lead's ruling of the
// twenty-fourth session: a term defined in its own sentence is clean), read in two more forms: "The term … refers to …"
// and "A … is a document describing …". Invented sentences.

describe('a service term named as a term and defined where it stands is left alone', () => {
  it('leaves “The term parental responsibility refers to …” alone', () => {
    expect(rulesOn('The term parental responsibility refers to the rights and duties a parent has.')).not.toContain(
      'parental-responsibility',
    );
  });

  it('leaves “A personal education plan is a document describing …” alone', () => {
    expect(
      rulesOn('A personal education plan is a document describing how the school will help a child to learn.'),
    ).not.toContain('personal-education-plan');
  });

  it('still flags the term where the sentence does not define it', () => {
    expect(rulesOn('The term parental responsibility was explained to Mum.')).toContain('parental-responsibility');
    expect(rulesOn('Your personal education plan is a document we update every term.')).toContain(
      'personal-education-plan',
    );
    expect(rulesOn('The personal education plan meeting is on Monday.')).toContain('personal-education-plan');
  });
});
