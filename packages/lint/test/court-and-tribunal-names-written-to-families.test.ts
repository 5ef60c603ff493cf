import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on.ts';

// jargon37: a specialist court's initials and the tribunal's short name, jargon where the sentence is written to the
// family and ordinary names in writing about a case for adults. Invented sentences.

describe('the family drug and alcohol court’s initials are flagged where the sentence is written to the family', () => {
  it('flags “FDAC” said to a parent, and leaves it alone in a note about the case', () => {
    expect(rulesOn('The FDAC team will meet you and your son every fortnight.')).toContain('acronym-fdac');
    expect(rulesOn('The judge transferred the case to FDAC in March.')).not.toContain('acronym-fdac');
  });
});

describe('the tribunal a parent can appeal to is flagged by its short name where the sentence is written to them', () => {
  it('flags “the SEND Tribunal” as where a parent appeals, not in an ombudsman’s account or after its full name', () => {
    expect(rulesOn('You can appeal to the SEND Tribunal if you disagree with the plan for your son.')).toContain(
      'send-tribunal-to-family',
    );
    expect(rulesOn('The council complied with the order of the SEND Tribunal in May.')).not.toContain(
      'send-tribunal-to-family',
    );
  });
  it('leaves the short name alone where the writer gives it after the full name', () => {
    expect(
      rulesOn('You can appeal to the First Tier Tribunal SEND (“the SEND Tribunal”) about the plan for your son.'),
    ).not.toContain('send-tribunal-to-family');
  });
});
