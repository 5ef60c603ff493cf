import { describe, expect, it } from 'vitest';
import { createLinter } from '@casenote/lint';
import { fixedWith } from './fixed-by.ts';

// Fixes a reader found broken on fresh sentences (test/corpus/fix-reading/fix-reading-15.yml): the finding
// stays and still explains; a fix that changes someone's words, a name or the sense is not offered, and
// plain words take no capital from the name they replace.
const linter = createLinter();
const fixed = fixedWith(linter);

describe('a fix reads in its sentence', () => {
  it('gives plain words no capital mid-sentence from the name they replace', () => {
    expect(
      fixed(
        'The frequency of visits will be determined at the Initial Case Conference.',
        'child-protection-conference',
      ),
    ).toEqual(['The frequency of visits will be determined at the meeting about keeping the child safe.']);
    expect(
      fixed(
        'All four children live with their grandmother under a Special Guardianship Order.',
        'special-guardianship-order',
      )[0],
    ).toMatch(/under a court order/);
    // at the start of a sentence the capital stays
    expect(fixed('Looked After Children have regular reviews.', 'looked-after-child')[0]).toMatch(/^Children in care /);
  });

  it("leaves someone's quoted words and a term the sentence names alone", () => {
    for (const [text, rule] of [
      ['She was told by a police officer that she was making “lifestyle choices”.', 'lifestyle-choice'],
      [
        'Her file described her as ‘advanced … being attention seeking and having an over-developed imagination’.',
        'attention-seeking',
      ],
      ['Children were groomed into what was then still known as child prostitution.', 'child-prostitute'],
      ['This will be after an investigation which is called a Section 47 Investigation.', 'acronym-s47'],
    ] as const) {
      const finding = linter.lint(text).find((diagnostic) => diagnostic.ruleId === rule);
      expect(finding, `${rule} still explains`).toBeDefined();
      expect(finding?.suggestions, text).toEqual([]);
    }
    // scare quotes round the words alone are not someone's words
    expect(
      fixed("The school put a pupil on a 'part-time timetable', which is unlawful.", 'part-time-timetable'),
    ).toEqual(["The school put a pupil on a 'shorter school day', which is unlawful."]);
  });

  it('offers no plain words for a section of an Act, and no pronoun as a gloss in brackets', () => {
    const section = linter.lint('She asked for an assessment under section 17 of the Children Act 1989.');
    expect(section.find((diagnostic) => diagnostic.ruleId === 'acronym-s17')?.suggestions ?? []).toEqual([]);
    expect(fixed('I have fostered for local authorities (LAs) and agencies.', 'acronym-la')).not.toContain(
      'I have fostered for local authorities (we) and agencies.',
    );
  });

  it('never makes the consent someone described into abuse ("had abusive sex")', () => {
    const finding = linter
      .lint('The two agreed to meet up and had consensual sex.')
      .find((d) => d.ruleId === 'consensual');
    expect(finding).toBeDefined();
    expect(finding?.suggestions).toEqual([]);
  });

  it('offers no home for a placement that breaks down, a student’s placement, or one child among many', () => {
    expect(fixed('I am sad that his placements have broken down.', 'placement').join(' ')).not.toMatch(/homes/);
    const student = linter.lint('He was referred to the agency where I did my placement.');
    expect(student.find((diagnostic) => diagnostic.ruleId === 'placement')?.suggestions ?? []).toEqual([]);
    expect(
      linter
        .lint('They both share parental responsibility for the children.')
        .find((d) => d.ruleId === 'parental-responsibility')?.suggestions ?? [],
    ).toEqual([]);
  });

  it('reads "sibling" as a noun, an adult as no young person, and puts no "-ing" after "being"', () => {
    expect(
      fixed(
        'I visited you today. Children keep in touch with a parent, grandparent, sibling, or other relative.',
        'siblings',
      ).join(' '),
    ).not.toMatch(/brothering/);
    expect(fixed('Yusuf, a 27-year-old care leaver, recalls it.', 'care-leaver')).toEqual([
      'Yusuf, a 27-year-old care-experienced adult, recalls it.',
    ]);
    const being = linter
      .lint('If your child is being privately fostered, tell us.')
      .find((d) => d.ruleId === 'private-fostering');
    expect(being).toBeDefined();
    expect(being?.suggestions).toEqual([]);
  });

  it('repeats no word of the fix just across a bracket', () => {
    // the acronym in brackets inside its own term is read as part of the term (jargon26), not flagged on its own
    const text = 'The cases are managed using the Public Law Outline (PLO) process.';
    expect(linter.lint(text).map((d) => d.ruleId)).not.toContain('acronym-plo');
    for (const fix of fixed(text, 'public-law-outline')) expect(fix).not.toMatch(/process[^.]*\) process/);
    // alone, the acronym's fix is offered and reads on
    const alone = 'The cases are managed using the PLO process.';
    expect(fixed(alone, 'acronym-plo').length).toBeGreaterThan(0);
    for (const fix of fixed(alone, 'acronym-plo')) expect(fix).not.toMatch(/process process/);
  });
});
