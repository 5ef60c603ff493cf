import { describe, expect, it } from 'vitest';
import { createLinter } from '@casenote/lint';
import { tokenize } from '@casenote/rules';
import { fixedWith, jargonFoundWith } from './fixed-by.ts';

// Initials written with full stops ("L.A.", "I.R.O.", "C.P. plan") are the same acronym to a reader:
// real records write both, and the acronym rules find both (jargon24's section of test/corpus/real/README.md).
const linter = createLinter();
const fixed = fixedWith(linter);
const found = jargonFoundWith(linter);

describe('initials written with full stops are found like the acronym', () => {
  it('underlines "L.A.", "I.R.O." and "C.A.M.H.S." with their full stops', () => {
    expect(found('The L.A. will hold a meeting.')).toEqual(['acronym-la L.A.']);
    expect(found('Her I.R.O. visited on Monday.')).toEqual(['acronym-iro I.R.O.']);
    expect(found('She has an appointment with the C.A.M.H.S. team.')).toEqual(['acronym-camhs C.A.M.H.S.']);
  });

  it('does not read a person named by initials as an acronym', () => {
    // judgments name people by initials: "E.H." here is a child, not early help
    expect(
      found("The judge's decision was based on the consequences for E.H. of the mother's beliefs and conduct."),
    ).toEqual([]);
    expect(found("The court intruded on G.H.'s right to raise her daughter.")).toEqual([]);
    expect(found('L.A. said she was happy at school.')).toEqual([]);
  });

  it('reads a phrase through the initials’ own full stop', () => {
    expect(tokenize('a C.P. plan').map((word) => [word.exact, word.breakBefore])).toEqual([
      ['a', false],
      ['CP', false],
      ['plan', false],
    ]);
  });

  it('leaves lower-case abbreviations such as "e.g." as they are', () => {
    expect(tokenize('e.g. a plan').map((word) => word.exact)).toEqual(['e.g', 'a', 'plan']);
  });

  it('a fix in the middle of a sentence takes the full stop with the initials', () => {
    expect(fixed('The L.A. will hold a meeting.', 'acronym-la')).toEqual(['The council will hold a meeting.']);
    expect(fixed('Her I.R.O. visited on Monday.', 'acronym-iro')).toEqual([
      'Her independent reviewing officer visited on Monday.',
    ]);
  });

  it('a fix at the end of a sentence keeps the sentence’s full stop', () => {
    expect(fixed('Ask the L.A.', 'acronym-la')).toEqual(['Ask the council.']);
    expect(fixed('He met the I.R.O. He was happy.', 'acronym-iro')).toEqual([
      'He met the independent reviewing officer. He was happy.',
    ]);
  });
});
