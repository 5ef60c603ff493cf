import { loadedRuleDetails, type RuleDetails } from '@casenote/rules';
import type { Diagnostic } from './diagnostic.ts';

/**
 * Why a finding matters, in plain words: the one place a finding's explanation is read. A finding
 * of a host rule pack or of the note analysis carries its own; a built-in rule's is looked up by its
 * rule id in the rule details, which a linter's bundle leaves out. In Node, pass `getRuleDetails()`
 * from `@casenote/rules/details`; on a page, the details `loadRuleDetails()` has loaded are used,
 * and until they have, a built-in rule's finding has no explanation yet (show its message,
 * suggestions and source, then the explanation when the details arrive).
 *
 * @param diagnostic A finding (its `ruleId` and, if it carries one, `explanation`).
 * @param details The rule details. @default the details `loadRuleDetails` has loaded, if any
 * @returns The explanation, or undefined while the details are still loading.
 * @example explain(finding, getRuleDetails()) // "‘LAC’ is a service term …"
 */
export function explain(
  diagnostic: Pick<Diagnostic, 'ruleId' | 'explanation'>,
  details: RuleDetails | undefined = loadedRuleDetails(),
): string | undefined {
  return diagnostic.explanation ?? details?.explanation(diagnostic.ruleId);
}
