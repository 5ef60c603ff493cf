import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on.ts';

// deficit38b: deficit labels by shapes that recur in the misses of several older tune halves
// (packages/rules/data/deficit-kinds-38.yml). Invented sentences only.
describe('deficit labels by shape, across the older tune halves', () => {
  it('flags children said to be disruptive, not a disruptive move or disruptive to something', () => {
    expect(rulesOn('Some students were too disruptive to stay in the group.')).toContain(
      'disruptive-predicate-of-people',
    );
    expect(rulesOn('He moved schools in March and was disruptive.')).toContain('disruptive-predicate-of-people');
    expect(rulesOn('The building work was very disruptive.')).toEqual([]);
    expect(rulesOn('The pupils were very disruptive to the lesson.')).not.toContain('disruptive-predicate-of-people');
  });

  it('flags suffering with no “from” before psychosis, or from episodes of it, or from an impairment', () => {
    expect(rulesOn('His uncle was suffering acute psychosis.')).toContain('suffers-condition-more');
    expect(rulesOn('She suffered from bouts of severe depression.')).toContain('suffers-condition-more');
    expect(rulesOn('Their father suffers from a cognitive impairment.')).toContain('suffers-condition-more');
    expect(rulesOn('The house suffered from damp.')).toEqual([]);
  });

  it('flags a parent called unreasonable or challenging, not a school challenging parents to help', () => {
    expect(rulesOn('Staff said she was an unreasonable parent.')).toContain(
      'parent-called-unreasonable-or-challenging',
    );
    expect(rulesOn('We met some of the most challenging parents in the county.')).toContain(
      'parent-called-unreasonable-or-challenging',
    );
    expect(rulesOn('The head is challenging parents to read with their children.')).toEqual([]);
  });

  it('flags a condition called an affliction, not a town afflicted by floods', () => {
    expect(rulesOn('Caring for a boy with this affliction is hard.')).toContain('affliction-noun');
    expect(rulesOn('The non-afflicted sibling was offered support.')).toContain('affliction-noun');
    expect(rulesOn('The town was afflicted by floods.')).toEqual([]);
  });

  it('flags two labels joined by “and” or “or”, not a task that is difficult and slow', () => {
    expect(rulesOn('Her teacher called her stubborn and disobedient.')).toContain('label-pair');
    expect(rulesOn('Is your son moody or just plain difficult?')).toContain('label-pair');
    expect(rulesOn('The journey was long and difficult.')).toEqual([]);
  });

  it('flags a verdict that parents do not care, not a parent who does not care for coffee', () => {
    expect(rulesOn('Some of these parents just don’t care.')).toContain('parents-do-not-care');
    expect(rulesOn('Her mum does not care for coffee.')).toEqual([]);
  });

  it('flags a child said to only want attention', () => {
    expect(rulesOn('Staff said he only wants attention.')).toContain('just-wants-attention');
    expect(rulesOn('The baby wants attention when she wakes.')).toEqual([]);
  });

  it('flags a person called a pain, not a pain in the body or a task', () => {
    expect(rulesOn('Her brother is such a pain.')).toContain('person-called-a-pain');
    expect(rulesOn('There is a pain in his knee.')).toEqual([]);
    expect(rulesOn('It is a pain to fill in.')).toEqual([]);
  });

  it('flags other children called normal, not normal development', () => {
    expect(rulesOn('He learns differently from the other normal children.')).toContain('normal-children-label');
    expect(rulesOn('The health visitor checked normal child development.')).toEqual([]);
  });

  it('flags children called wrong ’uns, not the wrong one', () => {
    expect(rulesOn('The group was full of wrong ’uns, he said.')).toContain('wrong-uns-label');
    expect(rulesOn('They sent the wrong one.')).toEqual([]);
  });

  it('flags a person called a nasty creature, not a creature in a story', () => {
    expect(rulesOn('She called her stepdaughter a spiteful creature.')).toContain('person-called-creature');
    expect(rulesOn('The book is about a sea creature.')).toEqual([]);
  });

  it('flags a child seen as a problem, not a habit seen as a problem', () => {
    expect(rulesOn('The new teacher saw her as a problem from the start.')).toContain('person-seen-as-problem');
    expect(rulesOn('The panel saw the drinking as a problem.')).toEqual([]);
  });
});
