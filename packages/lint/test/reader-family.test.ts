import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on.ts';
import { lintRules } from '@casenote/lint';

// jargon30: the lead's reader ruling says a service word is jargon where a child or family reads the text (letters,
// plans, pages written to children and parents) and plain in writing for professionals. Rules with
// `when: { reader: family }` fire in sentences written to the child or to the child's family: said to an adult the
// note shows to be a parent or carer ("your son", "as a parent") and never a professional ("your caseload").

describe('service words a family reading the note would not know are flagged only in writing to the child or family', () => {
  it('flags “personal budget” in writing to a parent or to the child, not in recording for professionals', () => {
    expect(rulesOn('If you would like a personal budget for your son, ask at his review.')).toEqual([
      'personal-budget',
    ]);
    expect(rulesOn('You can ask for a personal budget when your plan is reviewed.')).toEqual(['personal-budget']);
    expect(rulesOn('The panel agreed a personal budget for the family in March.')).toEqual([]);
    expect(rulesOn('As a practitioner you should explain how a personal budget is spent.')).toEqual([]);
  });

  it('leaves the writer saying what a personal budget is alone', () => {
    expect(rulesOn('Having a personal budget means you know how much money you can spend.')).toEqual([]);
    expect(rulesOn('Personal budgets are money set aside for the support in your child’s plan.')).toEqual([]);
  });

  it('reads the whole letter: a sentence without “you” in a letter to a parent is written to the family', () => {
    const toParents =
      'Dear Mr and Mrs Khan,\nThank you for meeting us about your son. His personal budget will be agreed in May.';
    expect(rulesOn(toParents)).toEqual(['personal-budget']);
    const toColleagues =
      'Dear colleagues,\nPlease bring your caseload lists to the meeting. Each personal budget will be agreed in May.';
    expect(rulesOn(toColleagues)).toEqual([]);
  });

  it('flags the panels and places of a child’s plan in writing to the family only', () => {
    expect(rulesOn('Your request for your daughter will go to the provision panel in June.')).toEqual([
      'provision-panel',
    ]);
    expect(rulesOn('The provision panel met on Tuesday to consider three requests.')).toEqual([]);
    expect(rulesOn('Ask your child’s early years setting for a copy of the report.')).toEqual(['early-years-setting']);
    expect(rulesOn('Inspectors visit every early years setting in the county.')).toEqual([]);
  });

  it('flags the threshold word for places open to every child, and the team around a child in the plural', () => {
    expect(rulesOn('Ellie goes to universal settings such as the library after school.')).toEqual([
      'universal-settings',
    ]);
    expect(rulesOn('The teams around the child meet every six weeks.')).toEqual(['team-around-the-family']);
  });

  it('gives the family-reader findings nowhere from the rule packs alone, which cannot read whom the note speaks to', () => {
    expect(lintRules('You can ask for a personal budget for your son.').map((found) => found.ruleId)).toEqual([]);
  });
});
