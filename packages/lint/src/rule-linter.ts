import { generalChecks } from './abbreviations/general-checks.ts';
import { checkLinterOptions } from './check-options.ts';
import { compileLinter, type LintRun } from './linter-core.ts';
import { LintOptionsError } from './validate-options.ts';
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
 * (the analysis code is not imported, so a bundler leaves it out), except for rules that need the analysis's
 * reading of whom the note speaks to (`when: { reader: child }`): without it they are never given. The `analysis`
 * option has no effect here.
 *
 * @param options Severities, allowed phrases, host rule packs and the child's context (which rule
 *   conditions read).
 * @throws LintOptionsError naming the field when an option is malformed.
 * @throws RulePackError when a host pack in `extraRules` is invalid.
 * @example createRuleLinter().lint('Jade is LAC.')[0].suggestions // ['a child in care']
 */
export function createRuleLinter(given: LintOptions = {}): RuleLinter {
  const { options, extra } = checkLinterOptions(given);
  const run = compileLinter(options, undefined, extra, generalChecks);
  return { lint: (text) => run(text, false).diagnostics };
}

let defaultRun: LintRun | undefined;

/**
 * Lints a text with the built-in rule packs alone (no whole-note analysis) at their own
 * severities, from the smallest bundle: with no options there is nothing to check, so the code
 * that checks options and host packs is left out, and so is the code of the opt-in general checks
 * (the unexplained-abbreviation check). For options (severities, allowed phrases, host
 * packs, the child's context), compile a linter with `createRuleLinter(options)`.
 *
 * @param text The note (plain text).
 * @returns The findings in text order.
 * @throws LintOptionsError when given options (they would be ignored otherwise).
 * @example lintRules('Jade is LAC.')[0].suggestions // ['a child in care']
 */
export function lintRules(text: string): Diagnostic[] {
  // biome-ignore lint/complexity/noArguments: options passed from JavaScript must not be ignored silently
  if (arguments.length > 1)
    throw new LintOptionsError(
      'lintRules',
      undefined,
      'takes the text only: pass options to createRuleLinter(options)',
    );
  defaultRun ??= compileLinter({}, undefined);
  return defaultRun(text, false).diagnostics;
}
