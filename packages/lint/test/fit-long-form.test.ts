import { describe, expect, it } from 'vitest';
import { createLinter } from '@casenote/lint';
import { fixedWith } from './fixed-by.ts';

// Kinds a reader found broken on fresh sentences (test/corpus/fix-reading/fix-reading-30.yml), on invented
// sentences: the finding and its card stay; a fix that would read wrong is not offered, and the same rule's fix is
// still offered where it reads right.
const linter = createLinter();
const fixed = fixedWith(linter);

describe('a fix never puts plain words right before the long form they stand for', () => {
  it('offers no plain words for an acronym followed by its own long form in brackets', () => {
    // not "We held the child in care (Looked After Child) Review for Jade on Monday."
    expect(fixed('We held the LAC (Looked After Child) Review for Jade on Monday.', 'acronym-lac')).toEqual([]);
    // not "Jade has a school plan (Personal Education Plan) Meeting on Monday."
    expect(fixed('Jade has a PEP (Personal Education Plan) Meeting on Monday.', 'acronym-pep')).toEqual([]);
    // the long form's own fix in the bracket is another rule's and reads as a gloss
    expect(fixed('We held the LAC (Looked After Child) Review for Jade on Monday.', 'looked-after-child')).toEqual([
      'We held the LAC (child in care) Review for Jade on Monday.',
    ]);
  });

  it('offers no long form again after the same long form and "or"', () => {
    // not "An Education, Health & Care Plan or the Education, Health and Care Plan is a legal document."
    expect(fixed('An Education, Health & Care Plan or EHCP is a legal document for Jade.', 'acronym-ehcp')).toEqual([]);
  });

  it('still offers the plain words where no long form of the acronym is beside it', () => {
    expect(fixed('Jade is LAC and lives with her foster carers.', 'acronym-lac')).toEqual([
      'Jade is a child in care and lives with her foster carers.',
    ]);
    // a bracket that is not its long form leaves the fix as it was
    expect(fixed('Jade is LAC (since May) and lives with her foster carers.', 'acronym-lac')).toEqual([
      'Jade is a child in care (since May) and lives with her foster carers.',
    ]);
  });

  it('offers no plain words for a term followed by its acronym with a plus sign', () => {
    // not "Jade is eligible for extra school money for children who are or have been in care (PP+) funding."
    expect(fixed('Jade is eligible for Pupil Premium Plus (PP+) funding this year.', 'pupil-premium-plus')).toEqual([]);
    expect(fixed('Pupil Premium Plus pays for Jade’s tutor this year.', 'pupil-premium-plus')).toEqual([
      'Extra school money for children who are or have been in care pays for Jade’s tutor this year.',
    ]);
  });
});
