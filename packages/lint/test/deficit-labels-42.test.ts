import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on.ts';

// deficit42: a habit or "a handful" said of someone the note does not show to be a child or an adult
// (packages/rules/data/deficit-kinds-42.yml). Invented sentences only.
describe('deficit labels said of a person the note leaves unknown', () => {
  it('asks about "a habitual thief, shoplifter or offender" whoever it is said of, and says it of a child', () => {
    expect(rulesOn('Callum is a habitual shoplifter, according to the shop.')).toContain(
      'habitual-label-unknown-person',
    );
    expect(rulesOn('The boy, 14, is a habitual thief.')).toContain('habitual-label-unknown-person');
    expect(rulesOn('He was described as a habitual offender at the panel.')).toContain('habitual-label-unknown-person');
    expect(rulesOn('The report named him a serial offender.')).not.toContain('habitual-label-unknown-person');
  });

  it('asks about "a handful" said of a named person, not a number or a thing', () => {
    expect(rulesOn('Her grandparents love her, but Kayla is a handful.')).toContain('handful-label-unknown-person');
    expect(rulesOn('Our daughter Mia, 7, is a real handful at bedtime.')).toContain('handful-label-unknown-person');
    expect(rulesOn('Only a handful of parents came to the meeting.')).toEqual([]);
    expect(rulesOn('Bedtime is a handful in a house with three toddlers.')).toEqual([]);
    expect(rulesOn('It was a handful, but the trip went well.')).toEqual([]);
  });
});
