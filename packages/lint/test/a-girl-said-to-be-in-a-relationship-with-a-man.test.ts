import { createLinter } from '@casenote/lint';
import { describe, expect, it } from 'vitest';

// A girl said to be "in a relationship with" a man is flagged where the sentence tells a child (the vbdef42 kind, two tune
// documents: a press report of a judgment and a charity practitioner's account); where no child is told it is only a hint.

const linter = createLinter({ analysis: false });
const severityOn = (text: string): string | undefined =>
  linter.lint(text).find((found) => found.ruleId === 'child-in-relationship-with-man')?.severity;

describe('a child said to be in a relationship with a man is flagged', () => {
  it('warns where the sentence tells a child and says she or they are in a relationship with a man or male', () => {
    expect(
      severityOn('She was at risk because she had been in a relationship with a man known to abuse young girls.'),
    ).toBe('warning');
    expect(
      severityOn('These young girls often go missing after an argument with a male they are in a relationship with.'),
    ).toBe('warning');
  });

  it('only hints where no child is told, and leaves a good relationship and a boy of her age alone', () => {
    expect(severityOn('Mum said she is in a relationship with a man called Dean.')).toBe('hint');
    expect(severityOn('The girl has a good relationship with her teacher.')).toBeUndefined();
    expect(severityOn('The girl said she was in a relationship with a boy in her class.')).toBeUndefined();
  });
});
