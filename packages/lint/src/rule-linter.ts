import { compileLinter } from './linter-core.ts';
import type { Diagnostic, LintOptions } from './types.ts';

/** A linter of the rule packs alone, without the whole-note analysis. */
export interface RuleLinter {
  /**
   * Lints a text with the rule packs.
   *
   * @param text The note (plain text).
   * @returns The findings in text order, offsets in UTF-16 code units.
   */
  lint(text: string): Diagnostic[];
}

/**
 * Compiles the rule packs once and returns a linter of the packs alone: the findings of
 * `createLinter({ ...options, analysis: false })`, from a bundle without the whole-note analysis
 * (the analysis code is not imported, so a bundler leaves it out). The `analysis` option has no
 * effect here.
 *
 * @param options Severities, allowed phrases, host rule packs and the child's context (which rule
 *   conditions read).
 * @throws LintOptionsError naming the field when an option is malformed.
 * @throws RulePackError when a host pack in `extraRules` is invalid.
 * @example createRuleLinter().lint('Jade is LAC.')[0].suggestions // ['child in care', …]
 */
export function createRuleLinter(options: LintOptions = {}): RuleLinter {
  const run = compileLinter(options, undefined);
  return { lint: (text) => run(text, false).diagnostics };
}

let defaultRuleLinter: RuleLinter | undefined;

/**
 * Lints a text with the built-in rule packs alone (no whole-note analysis), from a smaller bundle
 * than `lint`.
 *
 * @param text The note (plain text).
 * @param options As for `createRuleLinter`; with options a linter is compiled for this call.
 * @returns The findings in text order.
 */
export function lintRules(text: string, options?: LintOptions): Diagnostic[] {
  if (options) return createRuleLinter(options).lint(text);
  defaultRuleLinter ??= createRuleLinter();
  return defaultRuleLinter.lint(text);
}
