import type { GeneralChecks } from '../compile-rules.ts';
import { findUnexplainedAbbreviations } from './find-abbreviations.ts';

/**
 * The code of the general checks a rule entry may name (`check:` in the rule data), passed in by
 * the linters a host can configure (`createLinter(options)`, `createRuleLinter(options)`). Every
 * such check is opt-in, so `lint(text)` and `lintRules(text)` without options never run one and
 * their bundles leave this code out.
 */
export const generalChecks: GeneralChecks = {
  'unexplained-abbreviation': findUnexplainedAbbreviations,
};
