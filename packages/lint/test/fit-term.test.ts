import { describe, expect, it } from 'vitest';
import { createLinter } from '@casenote/lint';
import { fixedWith } from './fixed-by.ts';

// Kinds a reader found broken on fresh sentences (test/corpus/fix-reading/fix-reading-21.yml): the finding and
// its card stay; a fix that reads wrong there is not offered, and the same fix is still offered where it reads right.
const linter = createLinter();
const fixed = fixedWith(linter);

describe('a term the sentence asks about or names keeps its words', () => {
  it('offers no gloss for "What is a Child Protection Conference?"', () => {
    expect(fixed('What is a Child Protection Conference?', 'child-protection-conference')).toEqual([]);
  });

  it('offers no gloss where the sentence names the words as a term', () => {
    expect(
      fixed(
        'Looked after children is an official government term and the LAC acronym is widely used.',
        'looked-after-child',
      ),
    ).toEqual([]);
    expect(
      fixed('There are many problem families (the old term for Neighbours from Hell) on the estate.', 'problem-family'),
    ).toEqual([]);
    expect(fixed('Parents may hear this being shortened to just LAC review.', 'acronym-lac-review')).toEqual([]);
  });

  it('keeps what someone called a person', () => {
    expect(
      fixed('They called my son a sex offender and told him he would go to prison.', 'child-called-an-offender'),
    ).toEqual([]);
  });

  it("still glosses the same words used as the writer's own", () => {
    expect(fixed('The child protection conference is on Monday.', 'child-protection-conference')).not.toEqual([]);
    expect(
      fixed('We held a Child Protection Conference? No, a strategy meeting.', 'child-protection-conference'),
    ).not.toEqual([]);
    expect(fixed('They are a problem family (the neighbours say so).', 'problem-family')).not.toEqual([]);
  });
});

describe("someone's reported belief keeps its words", () => {
  it('offers no reframing inside "a warped belief that …"', () => {
    expect(
      fixed(
        'Action was not taken because of a warped belief that they were consenting to what happened to them.',
        'consented-to',
      ),
    ).toEqual([]);
    expect(fixed('There is a misconception that children in care are naughty.', 'naughty')).toEqual([]);
  });

  it("still offers it in the writer's own belief, after a verb of believing, or after the belief's clause ends", () => {
    expect(fixed('It is my belief that Jade is being naughty at school.', 'naughty')).not.toEqual([]);
    expect(fixed('Police believe Kai has been running drugs to the coast.', 'running-drugs')).not.toEqual([]);
    expect(fixed('Mum holds that belief, and Jade is being naughty at school.', 'naughty')).not.toEqual([]);
  });
});

describe("a placement in a sentence about fostering is not made a children's home", () => {
  it("offers foster homes, not children's homes, anywhere in a fostering sentence", () => {
    const fixes = fixed(
      'The children were placed in two foster placements, with two siblings in each of the placements.',
      'placement',
    );
    expect(fixes.some((fix) => fix.includes("each of the children's homes"))).toBe(false);
    expect(
      fixed(
        'You would give the Fostering Service a minimum of 28 days notice (3 months if a permanent placement) before a move.',
        'placement',
      ).some((fix) => fix.includes("children's home")),
    ).toBe(false);
  });

  it("still offers a children's home where the sentence names no kind of home", () => {
    expect(
      fixed('She moved to a new placement last week.', 'placement').some((fix) => fix.includes("children's home")),
    ).toBe(true);
  });
});
