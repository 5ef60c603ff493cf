import { describe, expect, it } from 'vitest';
import { createLinter } from '@casenote/lint';
import { fixedWith } from './fixed-by.ts';

// Kinds a reader found broken on fresh sentences (test/corpus/fix-reading/fix-reading-30.yml, with the same shapes on
// earlier samples), on invented sentences: the words just before a fix show it would not read; the finding and its
// card stay, and the same rule's fix is still offered where it reads right.
const linter = createLinter();
const fixed = fixedWith(linter);

describe('a fix reads with the words just before it', () => {
  it('offers no "being …" made of a verb group after "as"', () => {
    // not "The boys were used as being a child exploited to carry drugs by the gang."
    expect(fixed('The boys were used as drug runners by the gang.', 'runner')).toEqual([
      'The boys were used as children exploited to carry drugs by the gang.',
    ]);
  });

  it('leaves no degree word before a noun when the describing word it went with is taken away', () => {
    // not "Carers manage some very behaviour at bedtime."
    expect(fixed('Carers manage some very difficult behaviours at bedtime.', 'problem-behaviour-label')).toEqual([]);
    expect(
      fixed('Carers manage some difficult behaviours at bedtime.', 'problem-behaviour-label').length,
    ).toBeGreaterThan(0);
  });

  it('puts no "the" after a post\'s word such as "deputy"', () => {
    // not "Speak to the DSL (deputy the Designated Safeguarding Lead) today."
    const found = linter.lint('Speak to your DSL (deputy DSL) today.').filter((f) => f.ruleId === 'acronym-dsl');
    expect(found).toHaveLength(2);
    expect(found[1]?.suggestions).toEqual([]);
    expect(found[0]?.suggestions).toContain("school's safeguarding lead");
  });

  it('offers no verb group after "become"', () => {
    // not "The teacher had become had been groomed to feel attached to the boy."
    expect(fixed('Ms Hays said she had become infatuated with the boy, 15.', 'infatuated')).toEqual([]);
    expect(fixed('Jade, 14, is infatuated with the man, 30.', 'infatuated').length).toBeGreaterThan(0);
  });

  it('offers no "families" for one person\'s birth parents', () => {
    // not "The social worker must ask your families first."
    expect(fixed('The social worker must ask your birth parents first.', 'birth-family')).not.toContain(
      'The social worker must ask your families first.',
    );
  });

  it('keeps "struggling" as it is after an adverb of its own', () => {
    // not "a high share of seriously struggled youths"
    expect(
      fixed('There is a high share of seriously troubled youths here.', 'verdict-adjective-before-person'),
    ).toEqual(['There is a high share of seriously struggling youths here.']);
  });

  it("offers no family court's supervision order for a youth court's or an education one", () => {
    // not "The purpose of a court order letting the council oversee the child's care at home is to stop offending."
    expect(
      fixed('The purpose of a supervision order is to help a young person stop offending.', 'supervision-order'),
    ).toEqual([]);
    expect(fixed('The council may apply for an Education Supervision Order for Jade.', 'supervision-order')).toEqual(
      [],
    );
    expect(fixed('Jade has been subject to a supervision order since May.', 'supervision-order')).toEqual([
      "Jade has been subject to a court order letting the council oversee the child's care at home since May.",
    ]);
  });
});

describe('a rule whose fixes mostly read wrong shows its wording to consider', () => {
  it('shows "to be sexually abused" and the written agreement\'s plain words on the card, not as a button', () => {
    for (const [text, rule] of [
      ['The men used them for sex at parties.', 'used-for-sex'],
      ['Mum was asked to sign a written agreement on Monday.', 'written-agreement'],
    ] as const) {
      const found = linter.lint(text).find((diagnostic) => diagnostic.ruleId === rule);
      expect(found?.suggestions, text).toEqual([]);
      expect(found?.consider?.length, text).toBe(1);
    }
  });
});

describe('a word for an abuser of children is not a child’s label', () => {
  it('does not flag "child abuser" as a label for a child', () => {
    const rules = linter.lint('The mother was condemned as a child abuser by the court.').map((found) => found.ruleId);
    expect(rules).not.toContain('child-perpetrator');
    expect(linter.lint('Jade, 14, was called a young abuser by the school.').map((found) => found.ruleId)).toContain(
      'child-perpetrator',
    );
  });
});
