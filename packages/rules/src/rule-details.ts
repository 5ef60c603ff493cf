import { decodeBuiltinDetails, type BuiltinDetailsData, type SourceDetailsEntry } from './compact.ts';
import { builtinDetails } from './generated/details.ts';

/**
 * What a person reads about the built-in rules, by id: the words a card, a report or a catalogue
 * shows when a finding is opened. The linter's findings carry the rule id; this is where its
 * explanation is looked up (`explain` in `@casenote/lint` does it for a finding).
 */
export interface RuleDetails {
  /** Why the wording of a built-in rule matters and what to write instead; undefined for an id that is not a built-in rule. */
  explanation(ruleId: string): string | undefined;
  /** A built-in rule's note for reviewers (where sources disagree, why its severity is gentle), if it has one. */
  note(ruleId: string): string | undefined;
  /** A cited guide's title, publisher and year, by source id. */
  source(sourceId: string): SourceDetailsEntry | undefined;
}

let data: BuiltinDetailsData | undefined;
let details: RuleDetails | undefined;

/** The details decoded once (used by `getBuiltinRules`). */
export const decodedDetails = (): BuiltinDetailsData => (data ??= decodeBuiltinDetails(builtinDetails));

/** The rule details, read at once (Node, the CLI, tests); on a page, `loadRuleDetails` fetches them on their own. */
export function getRuleDetails(): RuleDetails {
  if (details) return details;
  const rules = new Map(decodedDetails().rules.map((rule) => [rule.id, rule]));
  const sources = new Map(decodedDetails().sources.map((source) => [source.id, source]));
  details = {
    explanation: (ruleId) => rules.get(ruleId)?.explanation,
    note: (ruleId) => rules.get(ruleId)?.note,
    source: (sourceId) => sources.get(sourceId),
  };
  return details;
}
