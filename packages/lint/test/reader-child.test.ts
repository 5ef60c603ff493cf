import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on.ts';
import { lintRules } from '@casenote/lint';

// precision19, the lead's fifteenth-session decision: the young people's glossaries ask for plain words in what is
// written TO a child ("brothers and sisters", "your family", "told"); in recording for adults the same words are plain.
// These hints carry `when: { reader: child }`, read from the analysis's own reading of whom each sentence speaks to.

describe('service words a child reading the note would not know are hinted only in writing to the child', () => {
  it('hints at “siblings” and “birth family” in a note written to the child, not in one about them', () => {
    expect(rulesOn('You live with your siblings and you see your birth family on Saturdays.')).toEqual([
      'siblings',
      'birth-family',
    ]);
    expect(rulesOn('Jade lives with her siblings and sees her birth family on Saturdays.')).toEqual([]);
  });

  it('reads the whole note: a sentence without “you” in a letter to the child keeps the hint', () => {
    const letter =
      'Dear Sam,\nI am writing to tell you about the plan. Your brother will stay with Nan. The CPS decided not to charge him.';
    expect(rulesOn(letter)).toEqual(['acronym-cps']);
    expect(rulesOn('Mum said the CPS will not charge him.')).toEqual([]);
  });

  it('leaves “you” said to an adult alone: a carer, a parent, adopters', () => {
    expect(rulesOn('As a foster carer you will help the children keep in touch with their siblings.')).toEqual([]);
    expect(rulesOn('Your child may want to write to their birth family themselves with your support.')).toEqual([]);
  });

  it('hints at the rest of the glossaries’ words in writing to the child only', () => {
    expect(rulesOn('You told me about your peers at school.')).toEqual(['peers']);
    expect(rulesOn('Jade’s peers at school were kind to her.')).toEqual([]);
    expect(rulesOn('You disclosed that he had hit you.')).toEqual(['disclosure']);
    expect(rulesOn('Jade disclosed that he had hit her.')).toEqual([]);
    expect(rulesOn('You said you do not like being called a foster child.')).toEqual(['foster-child']);
    expect(rulesOn('Life story work was never done with that foster child.')).toEqual(['life-story-work']);
    expect(rulesOn('You told me the ADHD tablets help you in class.')).toEqual(['acronym-adhd']);
    expect(rulesOn('His ADHD tablets were not given at school.')).toEqual([]);
  });

  it('hints at a court adjourning in writing to the child, not in judgments', () => {
    // precision22 (dev-clean-22a, 5a, 21, jargon-11, 8a, 13a, 15a, 16a, 17a): 30 clean sentences, no labelled item
    expect(rulesOn('The judge adjourned the hearing, so you will go back to court in May.')).toEqual(['adjourned']);
    expect(rulesOn('The magistrate adjourned the case until July 6 for hearing.')).toEqual([]);
  });

  it('gives them nowhere from the rule packs alone, which cannot read whom the note speaks to', () => {
    expect(lintRules('You live with your siblings.').map((found) => found.ruleId)).toEqual([]);
    expect(lintRules('You live with your foster carers.').map((found) => found.ruleId)).toEqual([]);
  });
});
