import { describe, expect, it } from 'vitest';
import { createLinter } from '@casenote/lint';
import { fixedWith } from './fixed-by.ts';

// Fixes a reader found saying something the writer did not mean (test/corpus/fix-reading/fix-reading-14.yml):
// the finding stays, the fix that changes the meaning is not offered.
const linter = createLinter();

const fixed = fixedWith(linter);

describe('a fix for one parent keeps who that parent is', () => {
  it('offers "Mum" for a birth mother, never "Dad", "parents" or "family"', () => {
    expect(fixed('Across a picture of his birth mum, the word Mummy was written.', 'birth-family')).toEqual([
      'Across a picture of his Mum, the word Mummy was written.',
    ]);
    expect(fixed('He has started tracing his birth father.', 'birth-family')).toEqual([
      'He has started tracing his Dad.',
    ]);
  });

  it('still offers every suggestion for birth parents or a birth family', () => {
    expect(fixed('It explains why you could not stay with your birth family.', 'birth-family')).toHaveLength(4);
  });
});

describe('a place is not offered for an event', () => {
  it('offers no "home" for a placement that starts or is for adoption', () => {
    expect(
      fixed('Tell us straight away if the placement has already started.', 'placement').filter((fix) =>
        /home/.test(fix),
      ),
    ).toEqual([]);
    expect(
      fixed('It covers the time up to their placement for adoption.', 'placement').filter((fix) => /home/.test(fix)),
    ).toEqual([]);
  });

  it('still offers a home for the place a child lives', () => {
    expect(fixed('I would always find myself moved to a new placement.', 'placement')).toContain(
      'I would always find myself moved to a new home.',
    );
  });
});
