import { describe, expect, it } from 'vitest';
import { createLinter } from '@casenote/lint';
import { fixedWith } from './fixed-by.ts';

// Kinds a reader found broken on the pooled reading samples (fixes41; test/corpus/fix-reading/fix-reading-27.yml,
// -28.yml): a term in a list the sentence names as terms, and a person's state said of their behaviour. The finding
// and its card stay; the one-click fix is held back there, and still offered where it reads right.
const linter = createLinter();
const fixed = fixedWith(linter);

describe('a term the sentence names in a list of terms keeps its words', () => {
  it('offers no plain words for the last of "terms like A, B, or C"', () => {
    expect(
      fixed(
        'Parents often hear terms like Section 47 Investigation, Child in Need, or Child Protection Plan at the first visit.',
        'child-protection-plan',
      ),
    ).toEqual([]);
  });

  it('offers none straight after "terms such as"', () => {
    expect(
      fixed(
        'Staff should say what they mean by terms such as disguised compliance in the record.',
        'disguised-compliance',
      ),
    ).not.toContainEqual(expect.stringContaining('terms such as agreement'));
  });

  it('still offers plain words where no list of terms is named', () => {
    expect(
      fixed('The family were told about the Child Protection Plan at the first visit.', 'child-protection-plan'),
    ).not.toEqual([]);
  });
});

describe("a person's state is not said of their behaviour", () => {
  it('offers neither "struggling behaviour" nor "upset behaviour" for "unruly behaviour"', () => {
    const fixes = fixed(
      'Parents are to be blamed for youth crime and unruly behaviour in schools.',
      'character-labels',
    );
    expect(fixes.filter((fix) => /\b(?:struggling|upset) behaviour\b/.test(fix))).toEqual([]);
  });

  it('still offers them for a person: "an unruly pupil"', () => {
    expect(fixed('He was an unruly pupil in Year 9.', 'character-labels')).toContain(
      'He was a struggling pupil in Year 9.',
    );
  });
});

describe('a behaviour is not made a verb phrase', () => {
  it('offers "distressing behaviour" but not "having trouble coping" for "the girls\' challenging behaviour"', () => {
    expect(
      fixed('Social workers mistook the girls’ challenging behaviour for teenage rebellion.', 'challenging-behaviour'),
    ).toEqual(['Social workers mistook the girls’ distressing behaviour for teenage rebellion.']);
  });
});
