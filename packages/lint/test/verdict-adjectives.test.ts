import { describe, expect, it } from 'vitest';
import { createLinter } from '@casenote/lint';

// deficit20: a verdict adjective in front of a word for children, parents or families, and "underclass".
const linter = createLinter({ analysis: false });
const ours = new Set(['verdict-adjective-before-person', 'underclass-label']);
// only this round's rules: other rules may read other words of the same sentence
const rulesOn = (text: string): string[] =>
  linter
    .lint(text)
    .map((found) => found.ruleId)
    .filter((id) => ours.has(id));

describe('verdict adjectives before children, parents and families', () => {
  it('flags the adjective and offers a word that reads in its place', () => {
    expect(rulesOn('The school said they were disruptive kids.')).toEqual(['verdict-adjective-before-person']);
    expect(rulesOn('Staff described the disruptive parents at the gate.')).toEqual(['verdict-adjective-before-person']);
    expect(rulesOn('He was sent to a unit for maladjusted children.')).toEqual(['verdict-adjective-before-person']);
    expect(rulesOn('He was a problem child at primary school.')).toEqual(['verdict-adjective-before-person']);
    const [found] = linter.lint('They were disruptive kids.');
    expect(found?.suggestions[0]).toBe('struggling');
  });

  it('leaves a child or family word that starts a compound alone', () => {
    expect(rulesOn('It was a bad child protection plan.')).toEqual([]);
    expect(rulesOn('The problem child care costs rose.')).toEqual([]);
    expect(rulesOn('A disturbed family life can follow a bereavement.')).toEqual([]);
    expect(rulesOn('The crazy father figure in the film is a comic role.')).toEqual([]);
  });

  it('leaves "problem" as a noun with a clause after it alone', () => {
    expect(rulesOn('Debt is a problem parents often face.')).toEqual([]);
    expect(rulesOn('It is a problem children often face.')).toEqual([]);
    expect(rulesOn('The problem parents described was the waiting list.')).toEqual([]);
  });
});

describe('underclass', () => {
  it('flags "underclass" said of families or people', () => {
    expect(rulesOn('He said single mothers were creating an underclass.')).toEqual(['underclass-label']);
  });
});
