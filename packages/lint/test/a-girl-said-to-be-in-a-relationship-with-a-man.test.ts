import { createLinter } from '@casenote/lint';
import { describe, expect, it } from 'vitest';

// A girl said to be "in a relationship with" a man is flagged where the sentence tells a child (the vbdef42 kind, two tune
// documents: a press report of a judgment and a charity practitioner's account); where no child is told, or the only children
// are her own, nothing is said: a mother's relationship with a man is the common case in a note (the lead, thirty-seventh
// session).

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

  it("leaves a mother's relationship with a man alone, even beside her own children", () => {
    expect(severityOn('Mum said she is in a relationship with a man called Dean.')).toBeUndefined();
    expect(severityOn('She was in a relationship with a man and had two children with him.')).toBeUndefined();
    expect(severityOn('She has been in a relationship with a man for two years and has a son.')).toBeUndefined();
  });

  it('leaves a good relationship and a boy of her age alone', () => {
    expect(severityOn('The girl has a good relationship with her teacher.')).toBeUndefined();
    expect(severityOn('The girl said she was in a relationship with a boy in her class.')).toBeUndefined();
  });
});
