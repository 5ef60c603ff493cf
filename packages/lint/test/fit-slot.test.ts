import { describe, expect, it } from 'vitest';
import { createLinter } from '@casenote/lint';
import { fixedWith } from './fixed-by.ts';

// What a reader found in one-click fixes on the tenth reading sample (test/corpus/fix-reading/fix-reading-22.yml):
// each fix must read right in the slot it lands in, or the card offers none and keeps its explanation.
const fixed = fixedWith(createLinter());

describe('one-click fixes fit the slot they land in', () => {
  it('put "have" of what one has in place of "be", never after it ("He is handicapped" → "He has a learning disability")', () => {
    expect(fixed('He is handicapped.', 'offensive-disability-terms')).toEqual([
      'He has a learning disability.',
      'He is disabled.',
    ]);
    expect(fixed('They were handicapped.', 'offensive-disability-terms')).toContain('They had a learning disability.');
    // after "be" and an "-ly" word the flagged word describes: no verb group there
    expect(fixed('Some of them are mild mentally retarded.', 'offensive-disability-terms')).toEqual([
      'Some of them are mild mentally disabled.',
    ]);
  });

  it('give no possessive before a person a relative clause names, and no possessive straight after another', () => {
    // (jargon34: written to the child, the rule's wording for the child comes first, the lead's ruling; jargon35: the
    // long form is no longer offered to the child, where `iro-long-form` flags it)
    expect(fixed('Your IRO will talk to you before every review.', 'acronym-iro')).toEqual([
      'Your review chair will talk to you before every review.',
    ]);
    expect(fixed('They were on Oxfordshire’s Child Protection Register in 2004.', 'child-protection-register')).toEqual(
      [],
    );
    // a kind of home after a possessive is not whose it is
    expect(fixed("How Y's placement dealt with their belongings.", 'placement')).toContain(
      "How Y's children's home dealt with their belongings.",
    );
  });

  it('put no long phrase with words after its noun before the noun the flagged words described', () => {
    expect(fixed('The YOS welcome suggestions for reparation tasks from the community.', 'reparation')).toEqual([]);
    expect(fixed('He agreed to do reparation.', 'reparation')).toEqual(['He agreed to do work to put right the harm.']);
  });
});
