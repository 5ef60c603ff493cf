import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on.ts';

// jargon36: the family court's advisory service is a name a family can look up, so its initials are only ever a hint;
// once the note has spelled the name out, that hint is left off (the lead's ruling on precision35's question 1).
// Invented sentences.

describe('Cafcass after its full name earlier in the note gets no hint', () => {
  it('leaves “Cafcass” alone once its full name has come earlier in the note, and only then', () => {
    expect(
      rulesOn(
        'The Children and Family Court Advisory and Support Service will write to the judge. A Cafcass worker will see Ellie on Friday.',
      ),
    ).not.toContain('acronym-cafcass');
    expect(
      rulesOn(
        'The report of the Children and Family Court Advisory and Support Service (“CAFCASS”) was read by the judge.',
      ),
    ).not.toContain('acronym-cafcass');
    // still a hint where the name is not spelled out first
    expect(rulesOn('A Cafcass worker will see Ellie on Friday.')).toContain('acronym-cafcass');
    expect(
      rulesOn(
        'A Cafcass worker will see Ellie on Friday. She works for the Children and Family Court Advisory and Support Service.',
      ),
    ).toContain('acronym-cafcass');
  });
});
