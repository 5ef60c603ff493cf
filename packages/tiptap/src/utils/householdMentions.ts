import type { ChildContext } from '../types.ts';

/**
 * Which children of the household the note mentions and which it does not, as the analysis found
 * them (`summary.missingChildren`), in the household's order; `null` without a household.
 *
 * @param household The host's household (`lintOptions.context.household`).
 * @param missing The analysis's `summary.missingChildren`.
 * @example householdMentions([{ name: 'Jade' }, { name: 'Sam' }], ['Sam']) // { mentioned: ['Jade'], missing: ['Sam'] }
 */
export function householdMentions(
  household: readonly ChildContext[] | undefined,
  missing: readonly string[],
): { mentioned: string[]; missing: string[] } | null {
  if (!household || household.length === 0) return null;
  const names = household.map((member) => member.name);
  return {
    mentioned: names.filter((name) => !missing.includes(name)),
    missing: names.filter((name) => missing.includes(name)),
  };
}
