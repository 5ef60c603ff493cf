import { describe, expect, it } from 'vitest';
import { createLinter } from '@casenote/lint';
import { fixedWith } from './fixed-by.ts';

// Kinds a reader found broken on fresh sentences (test/corpus/fix-reading/fix-reading-29.yml), on invented
// sentences: the finding and its card stay; a fix that would read wrong is not offered, and the same rule's fix is
// still offered where it reads right.
const linter = createLinter();
const fixed = fixedWith(linter);

describe('a fix never leaves an acronym of words it took away', () => {
  it('offers no plain words for a term followed by its own acronym in brackets, and the bracket still explains it', () => {
    const text = 'The council will apply for an Emergency Protection Order (EPO) today.';
    // not "apply for a short emergency court order to keep the child safe (EPO) today" (the lead's round-28 ruling)
    expect(fixed(text, 'emergency-protection-order')).toEqual([]);
    expect(fixed(text, 'acronym-epo')).toEqual([
      'The council will apply for an Emergency Protection Order (short emergency court order to keep the child safe) today.',
    ]);
    expect(fixed('Mum keeps parental responsibility (PR) for Jade.', 'parental-responsibility')).toEqual([]);
    expect(
      fixed('Jade has an Initial Child Protection Conference (ICPC) on Monday.', 'child-protection-conference'),
    ).toEqual([]);
  });

  it('still offers the plain words where no acronym of them follows', () => {
    expect(
      fixed('The council will apply for an Emergency Protection Order today.', 'emergency-protection-order'),
    ).toEqual(['The council will apply for a short emergency court order to keep the child safe today.']);
    // a bracket that is not the term's acronym ("(M)", another acronym) leaves the fix as it was
    expect(fixed('Mum keeps parental responsibility (M) for Jade.', 'parental-responsibility')).toEqual([
      'Mum keeps the legal right to make decisions about the child (M) for Jade.',
    ]);
  });

  it('offers no plain words that would carry an acronym\'s apostrophe and "s"', () => {
    // not "Two court order making a relative or friend the child's long-term carer’s were made"
    expect(fixed('Two SGO’s were made for the brothers.', 'acronym-sgo')).toEqual([]);
    // a possessive reads right
    expect(fixed('The LA’s application was granted.', 'acronym-la')).toEqual([
      'The council’s application was granted.',
    ]);
    expect(fixed('Two SGOs were made for the brothers.', 'acronym-sgo')).toEqual([
      "Two court orders making a relative or friend the child's long-term carer were made for the brothers.",
    ]);
  });
});

describe('a fix never leaves a word without its object', () => {
  it('offers no "dependent on" or "wearing" with nothing after it', () => {
    expect(fixed('Her father was an addict by the time she was born.', 'equality-addict')).toEqual([]);
    expect(fixed('He said the girl had dressed provocatively and looked older.', 'dressed-provocatively')).toEqual([]);
  });
});

describe('a fix says nothing twice and counts what it names', () => {
  it('offers no "young people" after "teenaged" and no repeat of the word before "and"', () => {
    expect(fixed('The court sees how teenaged tearaways are dealt with.', 'youth-insult-nouns')).toEqual([]);
    expect(fixed('Teachers and SENCOs should meet each term.', 'acronym-senco')).toEqual([]);
    expect(fixed('Parents and SENCOs should meet each term.', 'acronym-senco')).toEqual([
      'Parents and teachers who organise extra help at school should meet each term.',
    ]);
  });

  it('makes the head of "court order banning certain behaviour" plural for ASBOs', () => {
    expect(fixed('Police praised the effectiveness of ASBOs after the case.', 'acronym-asbo')).toEqual([
      'Police praised the effectiveness of court orders banning certain behaviour after the case.',
    ]);
  });
});

describe('a rule whose fixes mostly read wrong shows its wording to consider', () => {
  it("shows the core group's plain words on the card, not as a button", () => {
    // a meeting cannot "review the plan" or be "made up of" the professionals (fix-reading-29.yml)
    const found = linter
      .lint('Within three months, the core group reviews the plan to check if it is working.')
      .find((diagnostic) => diagnostic.ruleId === 'core-group');
    expect(found?.suggestions).toEqual([]);
    expect(found?.consider).toEqual(['meeting to check how the plan is going']);
  });
});
