import {
  getBuiltinRules,
  getBuiltinSources,
  Matcher,
  RulePackError,
  validateRulePack,
  validateRuleSet,
  type Rule,
  type Severity,
} from '@casenote/rules';
import { normalisePhrase } from './normalise-phrase.ts';
import { effectiveSeverity } from './severity.ts';
import type { LintOptions } from './types.ts';

/** A rule ready to run: its effective severity after options. */
export interface ActiveRule {
  rule: Rule;
  severity: Severity;
}

/** Rules and matcher compiled once per linter. */
export interface CompiledRules {
  active: ActiveRule[];
  matcher: Matcher;
  allow: Set<string>;
}

/**
 * Validates host packs, applies severities and compiles every active rule into one matcher.
 *
 * @throws RulePackError when a host pack is invalid (naming the pack, entry and field).
 */
export function compileRules(options: LintOptions = {}): CompiledRules {
  const builtin = getBuiltinRules();
  const extra = (options.extraRules ?? []).flatMap((pack) =>
    validateRulePack(pack.rules, pack.name, getBuiltinSources()),
  );
  const all = [...builtin, ...extra];
  if (extra.length > 0) validateRuleSet(all);
  const severityOptions = [...Object.entries(options.rules ?? {}), ...Object.entries(options.categories ?? {})];
  for (const [key, value] of severityOptions) {
    if (!['error', 'warning', 'info', 'hint', 'off'].includes(value as string)) {
      throw new RulePackError(
        'lint options',
        undefined,
        undefined,
        key,
        `unknown severity ${JSON.stringify(value)}; expected error, warning, info, hint or off`,
      );
    }
  }
  const active: ActiveRule[] = [];
  for (const rule of all) {
    const severity = effectiveSeverity({ ruleId: rule.id, category: rule.category, severity: rule.severity }, options);
    if (severity !== 'off') active.push({ rule, severity });
  }
  const matcher = new Matcher(
    active.map(({ rule }, index) => ({
      rule: index,
      patterns: rule.patterns,
      exceptions: rule.exceptions,
      expansions: rule.acronym ? [rule.acronym.expansion] : undefined,
      caseSensitive: rule.caseSensitive,
    })),
  );
  return { active, matcher, allow: new Set((options.allow ?? []).map(normalisePhrase)) };
}
