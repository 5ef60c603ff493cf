import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '@casenote/lint';
import { misreadByHarper } from './fix-checks.ts';
import { fixShapeProblems } from './fix-shape-checks.ts';
import { fixProblems } from './fix-reading/shared.ts';

// The fix test's own checks, mended where they misread sound English (fixes37: each of main's fix-test failures read
// first, the lead's ruling; the sentences here are invented).
const apply = (text: string, actual: string, suggestion: string, ruleId = 'rule') => {
  const from = text.indexOf(actual);
  const to = from + actual.length;
  return { text, fixed: text.slice(0, from) + suggestion + text.slice(to), from, to, suggestion, ruleId };
};
const bareSingular = (problems: string[]) => problems.filter((problem) => problem.startsWith('bare singular'));

describe('harper lints that misread sound English are set aside', () => {
  it('a "missing preposition" before the subject\'s own verb', () => {
    expect(misreadByHarper('You may be missing a preposition here.', 'Her dad ', ' has two jobs.')).toBe(true);
    expect(misreadByHarper('You may be missing a preposition here.', 'We went ', ' the park.')).toBe(false);
  });

  it('"grandad" as a word, and "saying no to"', () => {
    expect(misreadByHarper('`grandad` has a missing space between words.', 'with ', '.')).toBe(true);
    expect(misreadByHarper('Did you mean `not to`?', 'kept saying ', ' school.')).toBe(true);
  });
});

describe('a term that needs no determiner of its own is not a bare singular', () => {
  it('after a quoted modifier or inside a quoted gloss', () => {
    const fix = apply('They stayed in the same ‘parent and child’ placement until May.', 'placement', 'foster home');
    expect(bareSingular(fixShapeProblems(fix))).toEqual([]);
    const gloss = apply("Your reviewing officer (or 'IRO') will visit.", 'IRO', 'review chair');
    expect(bareSingular(fixShapeProblems(gloss))).toEqual([]);
  });

  it('a name of two capitalised words, a place\'s name before it, and "one" as a pronoun', () => {
    const name = apply(
      'They asked another agency (either CAFCASS or the council) to meet her.',
      'CAFCASS',
      'Children and Family Court Advisory and Support Service',
    );
    expect(bareSingular(fixShapeProblems(name))).toEqual([]);
    const place = apply('Plans came from Leeds YOT, Derby YOS and Hull YOT.', 'YOS', 'youth justice service');
    expect(bareSingular(fixShapeProblems(place))).toEqual([]);
    const one = apply(
      'That night the pair had a row which led to a fight.',
      'the pair had a row',
      'one abused the other',
    );
    expect(bareSingular(fixShapeProblems(one))).toEqual([]);
  });

  it('still finds a bare singular after a preposition', () => {
    expect(
      bareSingular(fixShapeProblems(apply('She moved to placement in May.', 'placement', 'foster home'))),
    ).not.toEqual([]);
  });
});

describe('a fix in capitals for flagged words in capitals', () => {
  it('is not a new run of capitals', () => {
    const text = 'AN ARGUMENT over money ended with a broken arm.';
    const diagnostic = { from: 0, to: 11, actual: 'AN ARGUMENT', ruleId: 'quarrel' } as Diagnostic;
    expect(fixProblems(text, diagnostic, 'AN ABUSIVE INCIDENT')).not.toContain('case: three or more words in capitals');
  });
});

describe('"too" is an adverb, not a noun a phrase describes', () => {
  it('finds no modifier before "too"', () => {
    const fix = apply(
      'The first licence is paid from your setting up home allowance too.',
      'setting up home allowance',
      'money to set up your home',
    );
    expect(fixShapeProblems(fix).filter((problem) => problem.startsWith('modifier'))).toEqual([]);
  });
});
