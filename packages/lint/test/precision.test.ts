import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on.ts';

describe('a word is flagged once, and only in the sense that harms', () => {
  it('flags “disrespectful to staff” once, as a verdict on manners, not twice', () => {
    expect(rulesOn('He was disrespectful to staff.')).toEqual(['rude-to-staff']);
    expect(rulesOn('She was disrespectful towards her carers.')).toEqual(['rude-to-staff']);
    expect(rulesOn('He is a disrespectful boy.')).toEqual(['character-labels']);
  });

  it('leaves defiance as courage alone and still flags “defiant” as a label of a child', () => {
    expect(rulesOn('It was a defiant act of courage.')).toEqual([]);
    expect(rulesOn('She remained defiant in the face of his threats.')).toEqual([]);
    expect(rulesOn('Telling the police was an act of defiance against the men who hurt her.')).toEqual([]);
    expect(rulesOn('Jade was defiant when asked to go to bed.')).toEqual(['defiant']);
    expect(rulesOn('Bradley is defiant at home and at school.')).toEqual(['defiant']);
  });
});
