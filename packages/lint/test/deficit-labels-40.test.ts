import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on.ts';

// deficit40: deficit labels by kinds missed in the law reports and case digests of tune half 62a that recur in an
// older tune half (packages/rules/data/deficit-kinds-40.yml). Invented sentences only.
describe('deficit labels in law reports and case digests, by kind', () => {
  it('flags "illegitimate" said of a child, not of a claim or a practice', () => {
    expect(rulesOn('The court heard about her illegitimate son and his grandparents.')).toContain(
      'illegitimate-child-label',
    );
    expect(rulesOn('She had three children, two of whom were illegitimate.')).toContain('illegitimate-child-label');
    expect(rulesOn('The council said the charge was illegitimate and withdrew it.')).toEqual([]);
    expect(rulesOn('It was an illegitimate use of the power.')).toEqual([]);
  });

  it('flags "suffers with" a named condition as "suffers from" is flagged, not injuries', () => {
    expect(rulesOn('Her father suffers with multiple sclerosis.')).toContain('suffers-with-named-condition');
    expect(rulesOn('The boy has suffered with Crohn’s disease since he was six.')).toContain(
      'suffers-with-named-condition',
    );
    expect(rulesOn('Mum suffers with epilepsy and takes medication.')).toContain('suffers-with-named-condition');
    expect(rulesOn('He suffered with multiple injuries after the fall.')).toEqual([]);
  });

  it('flags a parent found incapable of caring or parenting, not an adult of their own care', () => {
    expect(rulesOn('The assessment said the father was incapable of providing safe care.')).toContain(
      'parent-incapable-more',
    );
    expect(rulesOn('The panel found her incapable of looking after the baby.')).toContain('parent-incapable-more');
    expect(rulesOn('The doctors found him incapable of caring for himself after the stroke.')).toEqual([]);
  });

  // precision40b: the lead's answer to precision40's third question.
  it('leaves "parents who are disabled, physically or mentally ill" in a list of circumstances, and flags the adjective before the person', () => {
    expect(
      rulesOn('Some children care for parents who are disabled, physically or mentally ill, or who misuse drugs.'),
    ).toEqual([]);
    expect(rulesOn('She cares for a physically or mentally ill parent.')).toContain(
      'physically-or-mentally-ill-person',
    );
    expect(rulesOn('A mentally ill parent may need support.')).toContain('equality-mentally-ill');
  });
});
