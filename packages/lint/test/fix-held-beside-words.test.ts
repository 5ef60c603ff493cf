import { describe, expect, it } from 'vitest';
import { createLinter, type Diagnostic } from '@casenote/lint';
import { fixedWith } from './fixed-by.ts';

// A rule's suggestion held back from one click beside words that give it another sense (`fixUnless` in the rule
// data; fixes42, test/corpus/fix-reading/ wrong-sense kind pooled over seeds 13-41). The finding and its card stay,
// with the wording shown to consider when no fix is left.
const linter = createLinter();
const fixed = fixedWith(linter);
const finding = (text: string, ruleId: string): Diagnostic | undefined =>
  linter.lint(text).find((found) => found.ruleId === ruleId);

describe('a suggestion that would read in another sense beside certain words is not offered one-click', () => {
  it('keeps the finding and shows its wording to consider: "community disposals rather than fines"', () => {
    const text = 'The court gave community disposals rather than fines.';
    expect(fixed(text, 'youth-justice-disposal')).toEqual([]);
    expect(finding(text, 'youth-justice-disposal')?.consider).toEqual(['sentence']);
  });

  it('still offers "sentence" where nothing beside gives it another sense', () => {
    expect(fixed('He must comply with the disposal.', 'youth-justice-disposal')).toEqual([
      'He must comply with the sentence.',
    ]);
  });

  it('holds back only the suggestion named: CSE beside "exploitation" keeps "child sexual exploitation"', () => {
    const fixes = fixed('Consider exploitation risks and complete the CSE checklist.', 'acronym-cse');
    expect(fixes.some((fix) => fix.includes('sexual abuse checklist'))).toBe(false);
    expect(fixes.some((fix) => fix.includes('child sexual exploitation checklist'))).toBe(true);
  });

  it('holds "sexual abuse" back before a screening tool within two words, not far from one', () => {
    expect(fixed('The CSE screening tool was completed.', 'acronym-cse').join()).not.toContain('sexual abuse');
    expect(fixed('She was referred because of CSE.', 'acronym-cse')).toContain(
      'She was referred because of sexual abuse.',
    );
  });

  it('offers no "seemed" for parents who "presented as a couple", and does for "presented as tired"', () => {
    expect(fixed('The parents presented as a couple at the meeting.', 'presenting-as')).toEqual([]);
    expect(fixed('Mum presented as tired.', 'presenting-as')).toContain('Mum seemed tired.');
  });

  it('offers no "did not feel able to" for council staff who refused to name the men', () => {
    expect(fixed('Council staff refused to identify the perpetrators.', 'refused-to-disclose')).toEqual([]);
    expect(fixed('She refused to identify the men.', 'refused-to-disclose')).toContain(
      'She did not feel able to identify the men.',
    );
  });

  it("offers a home or a foster home, not a children's home, for a placement beside foster care", () => {
    const fixes = fixed('Jade is settled in her placement with the foster carers.', 'placement');
    expect(fixes.join()).not.toContain("children's home");
    expect(fixes).toContain('Jade is settled in her home with the foster carers.');
    expect(fixed('Jade is settled in her placement.', 'placement')).toContain(
      "Jade is settled in her children's home.",
    );
  });

  it('offers no child protection enquiry for a section 47 application', () => {
    expect(fixed('The mother brought a section 47 application to the court.', 'acronym-s47')).toEqual([]);
  });
});
