import { describe, expect, it } from 'vitest';
import { createLinter } from '@casenote/lint';

// deficit21: "suffers from a condition" when the condition is only named as a condition, and "from hell" after a
// word for people.
const linter = createLinter({ analysis: false });
const ours = new Set(['suffering-a-condition', 'person-from-hell']);
// only this round's rules: other rules may read other words of the same sentence
const rulesOn = (text: string): string[] =>
  linter
    .lint(text)
    .map((found) => found.ruleId)
    .filter((id) => ours.has(id));

describe('suffering from a condition', () => {
  it('flags "suffers from" before a condition with up to two words between, and offers "has"', () => {
    expect(rulesOn('Jade suffers from a rare condition that affects her balance.')).toEqual(['suffering-a-condition']);
    expect(rulesOn('Her son suffered from the condition all his life.')).toEqual(['suffering-a-condition']);
    expect(rulesOn('Mum suffers with a chronic health condition.')).toEqual(['suffering-a-condition']);
    const found = linter.lint('Jade suffers from a rare condition.').find((d) => d.ruleId === 'suffering-a-condition');
    expect(found?.suggestions[0]).toBe('has');
  });

  it('leaves conditions that are a place or the weather, and someone else’s condition, alone', () => {
    expect(rulesOn('The children suffered from the poor conditions in the flat.')).toEqual([]);
    expect(rulesOn('The family suffered from damp conditions for a year.')).toEqual([]);
    expect(rulesOn('They suffered from the conditions in the camp.')).toEqual([]);
    expect(rulesOn('She suffered from her mother’s condition as a child.')).toEqual([]);
  });
});

describe('from hell', () => {
  it('flags "from hell" after a word for people', () => {
    expect(rulesOn('The paper called them the family from hell.')).toEqual(['person-from-hell']);
    expect(rulesOn('Sammy is the pupil from hell.')).toEqual(['person-from-hell']);
    expect(rulesOn('Residents labelled them neighbours from hell.')).toEqual(['person-from-hell']);
  });

  it('leaves "from hell" about things alone', () => {
    expect(rulesOn('It was the journey from hell.')).toEqual([]);
    expect(rulesOn('We had the holiday from hell.')).toEqual([]);
  });
});
