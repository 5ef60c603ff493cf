import { describe, expect, it } from 'vitest';
import { createLinter } from '@casenote/lint';
import { fixedWith } from './fixed-by.ts';

// Whose placement it is (fixes37; the lead's ruling, thirty-first session; test/corpus/fix-reading/fix-reading-36.yml):
// `placement`'s home or family is offered only where the placement can be a child's place to live. The finding and
// its card stay.
const linter = createLinter();
const fixed = fixedWith(linter);
const homes = (text: string) => fixed(text, 'placement').filter((fix) => /\bhomes?\b|\bfamil/.test(fix));

describe("a placement that is someone else's is not made a home", () => {
  it("a student's: the practice teacher visits the student at the placement", () => {
    expect(homes('Your practice teacher will visit you at your placement every fortnight.')).toEqual([]);
  });

  it("a worker's: a placement with a shift and a bank holiday to work", () => {
    expect(homes('If your placement is open on a bank holiday you are expected to work that day.')).toEqual([]);
    expect(homes('Wherever your placement is, your shift will begin with a handover.')).toEqual([]);
  });

  it("a school's, for a child with special educational needs (an EHC plan or SEND)", () => {
    expect(homes('The EHC plan will name the placement that can meet her needs from September.')).toEqual([]);
  });

  it("an adult patient's, after a discharge from hospital", () => {
    expect(homes('He was discharged from hospital and the care placement could not be reached.')).toEqual([]);
  });

  it('a home found "in a children\'s home" is not a home found in a home', () => {
    expect(homes('A placement was found for him in a children’s home near his school.')).toEqual([]);
  });
});

describe("a child's placement keeps its home", () => {
  it('offers "a new home" for moving to a new placement', () => {
    expect(homes('You might want to talk to someone before moving to a new placement.')).toContain(
      'You might want to talk to someone before moving to a new home.',
    );
  });
});
