import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on.ts';

// precision41b: any body named in full with its initials in brackets before its last word (chamber, council, board,
// unit, forum …) is the name spelled out where it stands, as "the … (SEND) Tribunal" is. Invented sentences.

describe('a body named in full with its initials in brackets is not flagged for its initials', () => {
  it('leaves the initials alone before a chamber, board or unit', () => {
    expect(rulesOn('The case went to the Special Educational Needs and Disability (SEND) Chamber in March.')).toEqual(
      [],
    );
    expect(rulesOn('The Special Educational Needs and Disability (SEND) Board met.')).toEqual([]);
    expect(rulesOn('The Special Educational Needs (SEN) Unit at the school helped him.')).toEqual([]);
  });
  it('leaves the initials alone before a council or forum, the spelled-out words still read as they are', () => {
    expect(rulesOn('The Looked After Children (LAC) Council met in May.')).not.toContain('acronym-lac');
    expect(rulesOn('The Looked After Children (LAC) Forum met.')).not.toContain('acronym-lac');
  });
  it('still flags the initials used alone, or followed by a word that names no body', () => {
    expect(rulesOn('Jade has SEND and gets help in class.')).toContain('acronym-send');
    expect(rulesOn('He is Looked After Children (LAC) and lives with carers.')).toContain('acronym-lac');
  });
});
