import {
  getBuiltinIndicators,
  getBuiltinLintRules,
  getBuiltinSourceLinks,
  validateRulePack,
  validateRuleSet,
  type LintRule,
} from '@casenote/rules';
import { validateLintOptions } from './validate-options.ts';
import type { LintOptions } from './types.ts';

/** Options as a linter compiles them: checked, with the host packs' rules validated. */
export interface CheckedOptions {
  options: LintOptions;
  extra: LintRule[];
}

/**
 * Checks the options a host gives a linter: the options themselves (`validateLintOptions`), then
 * each host pack's rules, and that no host rule reuses a built-in id or phrase. Called only when a
 * host passes options, so `lintRules(text)` and `lint(text)` bundle without it.
 *
 * @throws LintOptionsError naming the field when an option is malformed.
 * @throws RulePackError when a host pack in `extraRules` is invalid.
 */
export function checkLinterOptions(given: LintOptions): CheckedOptions {
  const options = validateLintOptions(given);
  if (!options.extraRules?.length) return { options, extra: [] };
  const indicatorIds = new Set(getBuiltinIndicators().map((indicator) => indicator.id));
  const extra = options.extraRules.flatMap((pack) =>
    validateRulePack(pack.rules, pack.name, getBuiltinSourceLinks(), indicatorIds),
  );
  // against the built-in rules, which were checked when they were built (and are not checked again)
  if (extra.length > 0) validateRuleSet(extra, getBuiltinLintRules());
  return { options, extra };
}
