import { describe, expect, it } from 'vitest';
import { createLinter } from '@casenote/lint';
import { fixedWith } from './fixed-by.ts';

// Kinds read broken on the pooled reading samples (test/corpus/fix-reading/, seeds 13-35; fixes36b), on invented
// sentences. The finding and its card stay; the same rule's fix is still offered where it reads right.
const linter = createLinter();
const fixed = fixedWith(linter);

describe('a family is not made one parent where the sentence needs a group', () => {
  it('before "they" or "them", in a definition, or after "the"', () => {
    expect(fixed('You live with Sam because your birth family say they need a rest.', 'birth-family')).toEqual([
      'You live with Sam because your parents say they need a rest.',
      'You live with Sam because your family say they need a rest.',
    ]);
    expect(fixed('Family time is another word for seeing your birth family.', 'birth-family')).not.toContain(
      'Family time is another word for seeing your Mum.',
    );
    expect(fixed('This book is about you and the birth family.', 'birth-family')).not.toContain(
      'This book is about you and the Mum.',
    );
  });

  it('still offers Mum where the sentence allows one parent', () => {
    expect(fixed('You will see your birth family on Friday.', 'birth-family')).toContain(
      'You will see your Mum on Friday.',
    );
  });
});

describe('"you" on an order is the child', () => {
  it('does not name "the child" beside the "you" the order is for', () => {
    expect(fixed('While you are on a care order, your social worker visits you.', 'care-order')).toEqual([]);
    expect(fixed('The judge made a care order for Sam.', 'care-order')).not.toEqual([]);
  });
});

describe('a short form made a person keeps a shared "assessment"', () => {
  it('holds the person back before "and a … assessment", not before one shared head', () => {
    expect(fixed('The school asked for both an OT and a physio assessment.', 'acronym-ot')).toEqual([]);
    expect(fixed('The school asked for both an OT and physio assessment.', 'acronym-ot')).not.toEqual([]);
  });
});

describe('reframings that need what the sentence does not say are wording to consider', () => {
  it('gives no one-click fix, and keeps the finding and its wording', () => {
    const [found] = createLinter({ analysis: false })
      .lint('She told the nurse about her sexual partners at the clinic.')
      .filter((diagnostic) => diagnostic.ruleId === 'sexual-partners');
    expect(found).toMatchObject({ suggestions: [] });
    expect(found?.consider).toEqual(['people who have abused her']);
  });
});
