import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on.ts';

// precision41: a tribunal's full name with its initials in brackets before "Tribunal" is the name spelled out where it
// stands, as "child protection (CP) plan" is (dev-clean-37a, dev-jargon-9a). Invented sentences.

describe('a tribunal named in full with its initials in brackets is not flagged', () => {
  it('leaves “the Special Educational Needs and Disability (SEND) Tribunal” alone', () => {
    expect(rulesOn('Parents can appeal to the Special Educational Needs and Disability (SEND) Tribunal.')).toEqual([]);
    expect(
      rulesOn('Her mother appealed to the special educational needs and disabilities (SEND) tribunal in May.'),
    ).toEqual([]);
  });
  it('still flags the initials used alone, and the short name written to a parent', () => {
    expect(rulesOn('Jade has SEND and gets help in class.')).toContain('acronym-send');
    expect(rulesOn('You can appeal to the SEND Tribunal if you disagree with the plan for your son.')).toContain(
      'send-tribunal-to-family',
    );
  });
});
