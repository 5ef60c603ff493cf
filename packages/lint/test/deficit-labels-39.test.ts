import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on.ts';

// deficit39: deficit labels by shapes missed in the judgments and reviews of tune half 60a that recur in an older tune
// half (packages/rules/data/deficit-kinds-39.yml, and "self-centred" in deficit-kinds-38.yml's label-pair). Invented
// sentences only.
describe('deficit labels in judgments and reviews, by shape', () => {
  it('flags "troubled" or "disturbed" before a described child, not a child someone disturbed', () => {
    expect(rulesOn('The report is about a troubled adopted girl in foster care.')).toContain(
      'label-before-described-child',
    );
    expect(rulesOn('The unit took a disturbed 13-year-old boy last night.')).toContain('label-before-described-child');
    expect(rulesOn('The noise disturbed the little girl at night.')).toEqual([]);
  });

  it('flags a wheelchair told as a confinement with words between, not a room someone was confined to', () => {
    expect(rulesOn('The accident would confine him to a wheelchair.')).toContain('wheelchair-confinement-between');
    expect(rulesOn('Both his parents are confined mostly to wheelchairs.')).toContain('wheelchair-confinement-between');
    expect(rulesOn('He was confined to his room for an hour.')).toEqual([]);
  });

  it('flags a functioning label before a person or as a level, not parents said to be functioning well', () => {
    expect(rulesOn('She wrote a letter to the parents of a highly functioning autistic boy.')).toContain(
      'functioning-label-more',
    );
    expect(rulesOn('The report described a high level of functioning.')).toContain('functioning-label-more');
    expect(rulesOn('Her kidneys showed a high level of functioning after the illness.')).toEqual([]);
    expect(rulesOn('Both carers are highly functioning and in work.')).toEqual([]);
  });

  it('flags a mental age told as low or as a mentality of an age', () => {
    expect(rulesOn('Her low mental age was given as the reason.')).toContain('mental-age-more');
    expect(rulesOn('He was said to have the mentality of a six-year-old.')).toContain('mental-age-more');
    expect(rulesOn('The mentality of the team changed after the review.')).toEqual([]);
  });

  it('flags irresponsibility as a verdict on parents and families, not an irresponsible act', () => {
    expect(rulesOn('The report blamed parental irresponsibility for the missed visits.')).toContain(
      'irresponsibility-verdict',
    );
    expect(rulesOn('Irresponsibility was a constant feature of his parenting.')).toContain('irresponsibility-verdict');
    expect(rulesOn('Some families are just so irresponsible.')).toContain('irresponsibility-verdict');
    expect(rulesOn('It was irresponsible to leave the gate open.')).toEqual([]);
  });

  it('flags "self-centred" as one of two labels joined by "and"', () => {
    expect(rulesOn('The assessment found him self-centred and manipulative.')).toContain('label-pair');
    expect(rulesOn('She was selfish and self-centered with her brother.')).toContain('label-pair');
  });
});
