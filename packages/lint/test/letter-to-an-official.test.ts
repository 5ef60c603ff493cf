import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on.ts';

// jargon40, the lead's answer 1 to jargon39b: a parent or young person writing to the council, a tribunal or an MP
// writes to a professional, so a service word the family would need explained (a `reader: family` rule) is that
// reader's own term there, though the letter says "you" and speaks of "my child".

describe('a parent’s letter to the council is not read as written to a family', () => {
  it('leaves service words in a parent’s complaint about what the council left out of the plan', () => {
    expect(rulesOn('I am concerned that you have not included the personal budget in the plan.')).toEqual([]);
    expect(rulesOn('I would like you to review and amend the personal budget in my son’s plan.')).toEqual([]);
    expect(rulesOn('I am writing to appeal against the personal budget decision you made in May.')).toEqual([]);
  });

  it('still flags them in the council’s letter to the parent, and in a page telling parents what to write', () => {
    expect(rulesOn('We are concerned that you have not attended the personal budget meeting for your son.')).toEqual([
      'personal-budget',
    ]);
    const guide =
      'If you would like a personal budget for your son, write to the council. Say what you want changed in his plan.';
    expect(rulesOn(guide)).toEqual(['personal-budget']);
  });
});
