import { createLinter } from '@casenote/lint';
import { describe, expect, it } from 'vitest';

// deficit38b: "beyond her control" said of a child the note names with an age (packages/rules/data/deficit-kinds-38.yml,
// named-child-beyond-control; a conditioned rule, so the note analysis runs). Invented sentences only.
const linter = createLinter({});
const rulesIn = (text: string): string[] => linter.lint(text).map((found) => found.ruleId);

describe('a child named in the note said to be beyond someone’s control', () => {
  it('flags it where the note gives the child’s age, and leaves events and adults alone', () => {
    expect(rulesIn('Kai (14) is beyond his mother’s control.')).toContain('named-child-beyond-control');
    expect(rulesIn('Ravi, 13, was completely beyond her control by the summer.')).toContain(
      'named-child-beyond-control',
    );
    expect(rulesIn('Kai (14) told me it is beyond his control.')).not.toContain('named-child-beyond-control');
    expect(rulesIn('Mr Jones is beyond his control.')).not.toContain('named-child-beyond-control');
  });
});
