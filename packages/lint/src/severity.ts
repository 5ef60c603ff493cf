import type { Category, Severity } from '@casenote/rules';
import type { LintOptions, SeverityOrOff } from './types.ts';

/** The part of a finding or rule its severity depends on. */
export interface SeverityInput {
  ruleId: string;
  category: Category;
  /** The rule's own severity, used when no option overrides it. */
  severity: Severity;
  /** An opt-in rule is off unless the host names it in `rules`. */
  optIn?: boolean;
}

/**
 * A finding's severity after the host's options: a rule's own setting wins over its category's,
 * which wins over the rule's default. An opt-in rule is off unless its own setting names it. Only the options' own keys count, so a rule called
 * `constructor` never reads `Object.prototype`.
 *
 * @param finding The rule id, category and default severity.
 * @param options The host's `rules` and `categories` overrides.
 * @returns The severity, or `'off'` when the finding is not to be shown.
 * @example effectiveSeverity({ ruleId: 'lac-acronym', category: 'jargon', severity: 'info' }, { categories: { jargon: 'off' } }) // 'off'
 */
export function effectiveSeverity(
  finding: SeverityInput,
  options: Pick<LintOptions, 'rules' | 'categories'> = {},
): SeverityOrOff {
  const { rules, categories } = options;
  if (rules && Object.hasOwn(rules, finding.ruleId)) return rules[finding.ruleId] as SeverityOrOff;
  if (finding.optIn) return 'off';
  if (categories && Object.hasOwn(categories, finding.category)) return categories[finding.category] as SeverityOrOff;
  return finding.severity;
}
