import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on.ts';

// deficit41: deficit labels by kinds missed in the review summaries and practice case studies of tune half 64a
// (packages/rules/data/deficit-kinds-41.yml). Invented sentences only.
describe('deficit labels in practice case studies, by kind', () => {
  it('flags "challenging" before pupils or students, not the verb or a compound', () => {
    expect(rulesOn('The head spends most of her week with the challenging pupils in Year 9.')).toContain(
      'challenging-pupil-or-student',
    );
    expect(rulesOn('He was one of the most challenging students in the school.')).toContain(
      'challenging-pupil-or-student',
    );
    expect(rulesOn('The new course is challenging students to read more widely.')).toEqual([]);
    expect(rulesOn('Challenging pupils to explain their answers builds confidence.')).toEqual([]);
    expect(rulesOn('We set challenging student targets for the term.')).toEqual([]);
  });
});
