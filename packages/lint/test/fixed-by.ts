import { expect } from 'vitest';
import type { Diagnostic } from '@casenote/lint';

/**
 * The fit tests' one way of asking what a writer would get: every one-click fix the finding of `ruleId` on
 * `text` offers, applied. The finding must be there and name the words it replaces.
 */
export function fixedWith(linter: { lint(text: string): Diagnostic[] }): (text: string, ruleId: string) => string[] {
  return (text, ruleId) => {
    const diagnostic = linter.lint(text).find((found) => found.ruleId === ruleId) as Diagnostic;
    expect(diagnostic, `${ruleId} on ${text}`).toBeDefined();
    expect(diagnostic.actual).toBe(text.slice(diagnostic.from, diagnostic.to));
    return diagnostic.suggestions.map(
      (suggestion) => text.slice(0, diagnostic.from) + suggestion + text.slice(diagnostic.to),
    );
  };
}

/** The jargon findings a writer would see on `text`, as "rule-id flagged words". */
export function jargonFoundWith(linter: { lint(text: string): Diagnostic[] }): (text: string) => string[] {
  return (text) =>
    linter
      .lint(text)
      .filter((diagnostic) => diagnostic.category === 'jargon')
      .map((diagnostic) => `${diagnostic.ruleId} ${diagnostic.actual}`);
}
