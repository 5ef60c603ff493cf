import { generalChecks } from './abbreviations/general-checks.ts';
import { checkLinterOptions } from './check-options.ts';
import { compileLinter } from './linter-core.ts';
import { withAnalysis } from './with-analysis.ts';
import { sentenceReaders } from './analyse/note-address.ts';
import type { NoteAnalysis } from './analyse/types.ts';
import type { Diagnostic, LintOptions } from './types.ts';

/** A linter with its rules compiled once, for the hot path (an editor lints on every pause). */
export interface Linter {
  /**
   * Lints a text.
   *
   * @param text The note (plain text).
   * @returns The findings in text order, offsets in UTF-16 code units.
   */
  lint(text: string): Diagnostic[];
  /**
   * Lints a text and analyses the whole note in one pass, so the findings and the figures (share
   * written to the child, child's voice, household) come from the same analysis. The analysis is
   * made even with `analysis: false` (its findings are then left out of `diagnostics`).
   *
   * @param text The note (plain text).
   * @returns The findings in text order, and the note's analysis.
   */
  check(text: string): { diagnostics: Diagnostic[]; analysis: NoteAnalysis };
}

/**
 * Compiles the rule packs once and returns a reusable linter.
 *
 * @param options Severities, allowed phrases and host rule packs.
 * @returns A linter whose `lint` is synchronous and pure.
 * @throws LintOptionsError naming the field when an option is malformed.
 * @throws RulePackError when a host pack in `extraRules` is invalid.
 * @example
 * const linter = createLinter({ categories: { jargon: 'hint' } });
 * linter.lint('Jade has contact with dad on Saturdays.');
 */
export function createLinter(given: LintOptions = {}): Linter {
  // checked like rule data: one error naming the field, rule and category maps without a prototype
  const { options, extra } = checkLinterOptions(given);
  const run = compileLinter(options, withAnalysis(options), extra, generalChecks, sentenceReaders);
  return {
    lint: (text) => run(text, false).diagnostics,
    check(text) {
      const { diagnostics, analysis } = run(text, true);
      return { diagnostics, analysis: analysis as NoteAnalysis };
    },
  };
}

let defaultLinter: Linter | undefined;

/**
 * Lints a text with the built-in rule packs.
 *
 * @param text The note (plain text).
 * @param options Severities, allowed phrases and host rule packs; with options a linter is compiled
 *   for this call, so reuse `createLinter` on hot paths.
 * @returns The findings in text order.
 * @example lint('Jade is LAC.')[0].suggestions // ['a child in care']
 */
export function lint(text: string, options?: LintOptions): Diagnostic[] {
  if (options) return createLinter(options).lint(text);
  defaultLinter ??= createLinter();
  return defaultLinter.lint(text);
}
