import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on.ts';

// precision25: a court report or judgment quotes a defence advocate calling the DEFENDANT naive in mitigation; the
// `naive` hint is about a writer calling an abused child naive (`when: { speaker: not-defence }`).

describe('a defence advocate’s word quoted in a court report is not taken for the writer calling a child naive', () => {
  it('leaves the quoted plea in mitigation alone', () => {
    expect(
      rulesOn('Nick Dearing, defending, said the teenager was ‘naive’ and had been subjected to ‘low-level coercion’.'),
    ).toEqual([]);
    expect(rulesOn('In mitigation, his barrister said he was "naive" and easily led.')).toEqual([]);
  });

  it('still hints when the writer calls the child naive, or quotes someone other than the defence', () => {
    expect(rulesOn('The social worker said the teenager was naive and had been groomed.')).toEqual(['naive']);
    expect(rulesOn('Her mother said the teenager was ‘naive’ and had been groomed.')).toEqual(['naive']);
  });

  it('still hints when the defence is named but the word is the writer’s own, unquoted', () => {
    expect(rulesOn('Nick Dearing, defending, said the teenager was naive.')).toEqual(['naive']);
  });
});
