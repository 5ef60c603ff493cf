import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on.ts';

// vbdef24 (issue 9): two false alarms on ordinary writing, each paired with the harmful use that must still be flagged.

describe('ordinary care and adults’ offending are not told as a child’s exploitation', () => {
  it('leaves a child who willingly went with her foster carer or Mum alone, and still flags a child who went willingly with the man', () => {
    expect(rulesOn('She willingly went with her foster carer to the shops.')).toEqual([]);
    expect(rulesOn('Jade (14) went willingly with Mum to the appointment.')).toEqual([]);
    expect(rulesOn('She went willingly with the man.')).toEqual(['willing-participant']);
    expect(rulesOn('The girl willingly went to the man’s house to stay.')).toContain('willing-participant');
  });

  it('leaves a man dealing drugs alone, and still flags a child dealing drugs', () => {
    expect(rulesOn('The man was dealing drugs from the flat above the shop.')).toEqual([]);
    expect(rulesOn('The men were dealing drugs on the estate.')).toEqual([]);
    expect(rulesOn('Jake (14) was arrested selling cannabis in the park.')).toEqual(['selling-drugs']);
    // who is selling is not told: the softer reading asks whether it is a child
    expect(rulesOn('He was selling drugs.')).toEqual(['selling-drugs']);
  });
});
