import { describe, expect, it } from 'vitest';
import { createLinter } from '@casenote/lint';
import { fixedWith } from './fixed-by.ts';

// fixes37b (issue 9, item 4; the lead's ruling on fixes37's question 2): a fix whose wording ends its own clause on a
// verb is not offered straight before the sentence's next verb ("… where the child lives put …"), where the fix test's
// checker and a hand reading both read it broken. The finding stays; the same wording is offered where the sentence
// goes on with a noun, a preposition or a comma. Invented sentences throughout.
const linter = createLinter();
const fixed = fixedWith(linter);
const offers = (text: string, ruleId: string, words: string) => fixed(text, ruleId).some((fix) => fix.includes(words));

describe('a clause ending on a verb straight before the main verb', () => {
  it('offers no "about where the child lives put"', () => {
    expect(
      offers(
        'The rise in care proceedings put the team under strain.',
        'care-proceedings',
        'where the child lives put',
      ),
    ).toBe(false);
  });

  it('offers no "before the baby is born use"', () => {
    expect(
      offers(
        'Pre-birth assessments use the same headings as other assessments.',
        'pre-birth-assessment',
        'is born use',
      ),
    ).toBe(false);
  });

  // fixes38 (the lead's ruling 2): "mean", "take" and "whilst" after the clause read on from it too
  it('offers no "about where the child lives mean", "… lives take" or "… lives whilst"', () => {
    expect(
      offers('Long care proceedings mean that families wait.', 'care-proceedings', 'where the child lives mean'),
    ).toBe(false);
    expect(
      offers('The weeks that care proceedings take to end are long.', 'care-proceedings', 'where the child lives take'),
    ).toBe(false);
    expect(
      offers(
        'The order lasts for the care proceedings whilst the assessments go on.',
        'care-proceedings',
        'where the child lives whilst',
      ),
    ).toBe(false);
  });

  it('still offers the wording where the sentence goes on with a preposition or a comma', () => {
    expect(
      offers('The rise in care proceedings in the county was noted.', 'care-proceedings', 'where the child lives in'),
    ).toBe(true);
    expect(
      offers('We wrote to her about the pre-birth assessment, which starts soon.', 'pre-birth-assessment', 'born,'),
    ).toBe(true);
  });
});
