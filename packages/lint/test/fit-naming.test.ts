import { describe, expect, it } from 'vitest';
import { createLinter } from '@casenote/lint';
import { fixedWith } from './fixed-by.ts';

// Kinds a reader found broken on fresh sentences (test/corpus/fix-reading/fix-reading-25.yml): the finding and
// its card stay; a fix that reads wrong there is not offered, and the same fix is still offered where it reads right.
const linter = createLinter();
const fixed = fixedWith(linter);

describe('a term the sentence names keeps its words', () => {
  it('keeps a term another name follows ("also known as")', () => {
    expect(
      fixed(
        'You can get a setting up home allowance (also known as a leaving care grant) of at least £2,000.',
        'setting-up-home-allowance',
      ),
    ).toEqual([]);
  });

  it('keeps a term the sentence opens with and names ("might also be referred to as")', () => {
    const text =
      'A Section 47 enquiry might also be referred to as a child protection enquiry, a child protection investigation, or a S47.';
    expect(fixed(text, 'acronym-s47')).not.toContain(
      'A child protection enquiry might also be referred to as a child protection enquiry, a child protection investigation, or a S47.',
    );
  });

  it('keeps the second of two names after "called either"', () => {
    expect(
      fixed(
        "The people who work for CAFCASS are called either Children and Family Reporters or Children's Guardians.",
        'childrens-guardian',
      ),
    ).toEqual([]);
  });

  // (a definition that opens with "A" or "An" is not flagged at all since precision29: answered-in-sentence.test.ts)
  it('keeps a term defined as an order of a kind, and still offers a fix for "is an order"', () => {
    expect(
      fixed(
        'The supervision order is a court order that places a duty on children’s services to ‘advise, assist and befriend’ a child.',
        'supervision-order',
      ),
    ).toEqual([]);
    expect(
      fixed(
        'The Care Order is an order which grants Parental Responsibility for a child to the Local Authority.',
        'care-order',
      ),
    ).not.toEqual([]);
  });
});

describe("a view or a charge reported as others' keeps its words", () => {
  it('offers no reframing after "saw them as" or "accused them of"', () => {
    expect(fixed('Almost half said the public saw them as bad and uncontrollable.', 'character-labels')).toEqual([]);
    expect(fixed('The police accused them of putting themselves at risk.', 'put-self-at-risk')).toEqual([]);
  });
});

describe('a fix the slot beside it shows wrong is not offered', () => {
  it('puts no long phrase after a word of degree, and keeps a one-word one', () => {
    expect(fixed('What are you doing to make the home less chaotic and confusing?', 'chaotic')).toEqual([
      'What are you doing to make the home less unsettled and confusing?',
    ]);
  });

  it('puts no two words joined by "and" as one item of a list with commas', () => {
    expect(fixed('Work with resistant, hostile, non-compliant parents is a feature of practice.', 'hostile')).toEqual([
      'Work with resistant, angry, non-compliant parents is a feature of practice.',
    ]);
  });

  it('puts no "sexual abuse" after "a" and the words describing it', () => {
    expect(
      fixed(
        'A married female teacher who was jailed for having a 15 month long relationship with a schoolgirl, has been banned.',
        'sexual-relationship-with-child',
      ),
    ).toEqual([]);
  });

  it('makes no girlfriend "his child"', () => {
    expect(
      fixed(
        'A young man awaiting trial for sleeping with his underage girlfriend is now engaged to her.',
        'underage-girlfriend',
      ),
    ).toEqual([]);
  });
});
