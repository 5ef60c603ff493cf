import { describe, expect, it } from 'vitest';
import { createLinter } from '../src/index.ts';
import { fixedWith } from './fixed-by.ts';
import { rulesOn } from './rules-on.ts';

// jargon39: the staff who pass on letters between a child's birth family and adoptive family are named in any case
// ("our letterbox co-ordinator" on a page to birth relatives). Invented sentences.
const fixed = fixedWith(createLinter({ analysis: false }));

describe('the letterbox staff’s title is flagged whatever its case', () => {
  it('flags “letterbox co-ordinator” and “letterbox administrators” in lower case, as in capitals', () => {
    expect(rulesOn('Our letterbox co-ordinator can help you write your letter.')).toContain('letterbox-staff');
    expect(rulesOn('The letterbox administrators check every letter before it is sent.')).toContain('letterbox-staff');
    expect(rulesOn('The Letterbox Coordinator will send your card on.')).toContain('letterbox-staff');
  });
  it('leaves a door’s letterbox alone', () => {
    expect(rulesOn('The letter came through the letterbox this morning.')).not.toContain('letterbox-staff');
  });
  it('offers the staff’s role in place of the title', () => {
    expect(fixed('Our letterbox co-ordinator can help you write your letter.', 'letterbox-staff')).toContain(
      'Our staff who pass on the letters can help you write your letter.',
    );
  });
});
