import { createLinter } from '@casenote/lint';

const linter = createLinter({ analysis: false });

/**
 * The rule tests' one way of asking which rules a writer would see fire on `text`: the rule ids of every finding of the
 * rule packs alone (no note analysis), in order.
 */
export const rulesOn = (text: string): string[] => linter.lint(text).map((found) => found.ruleId);
