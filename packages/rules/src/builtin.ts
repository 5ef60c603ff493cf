import { decodeBuiltinLint, withSourceIds, type BuiltinLintData, type StoredLintData } from './compact.ts';
import { builtinData, builtinSourceIds } from './generated/builtin.ts';
import type { IndicatorEntry, LintRule, RuleToRun, SourceLink } from './types.ts';

// decoded on first use, so importing the package costs nothing until rules are needed; the words a
// person reads (explanations, notes, sources' titles) are in the details (./rule-details.ts), never
// imported from here. The sources' ids, the sources a rule cites after its first, each rule's pack
// and the indicators' names, sources and notes are read only for host packs, the catalogue and
// the details (`getBuiltinSourceLinks`, `getBuiltinLintRules`, `getBuiltinIndicators`,
// `decodedLint`): a bundle that lints with the built-in packs alone leaves them out.
let stored: StoredLintData | undefined;
let lintData: BuiltinLintData | undefined;
let sourceLinks: Map<string, SourceLink> | undefined;
let rulesToRun: RuleToRun[] | undefined;
let lintRules: LintRule[] | undefined;

const decodedStored = (): StoredLintData => (stored ??= decodeBuiltinLint(builtinData));

/** The part of the built-in data the linter needs, decoded once, sources named by id. */
export const decodedLint = (): BuiltinLintData => (lintData ??= withSourceIds(decodedStored(), builtinSourceIds));

/** The guides the built-in rules cite, by id, as the linter needs them: id and URL (for host packs citing one by id). */
export function getBuiltinSourceLinks(): ReadonlyMap<string, SourceLink> {
  sourceLinks ??= new Map(decodedLint().sources.map((source) => [source.id, source]));
  return sourceLinks;
}

/**
 * The built-in rules as the linter runs them: `getBuiltinLintRules` without the pack each rule
 * comes from, which only error messages about host packs name. A linter's bundle reads these, so it
 * leaves the packs out.
 */
export function getBuiltinRulesToRun(): readonly RuleToRun[] {
  if (rulesToRun) return rulesToRun;
  const { urls, rules } = decodedStored();
  const links = urls.map((url) => ({ url }));
  rulesToRun = rules.map((entry) => ({
    ...entry,
    family: entry.family ?? 'other',
    sources: entry.sources.map((index) => links[index] as { url: string }),
  }));
  return rulesToRun;
}

/**
 * The built-in rules as the linter runs them: what it needs to find and fix (patterns, suggestions,
 * messages, and the one source a finding links to, the rule's first, as its URL), without the words
 * a person reads when they open a finding (explanations, reviewers' notes: `loadRuleDetails`, or
 * `getBuiltinRules` from `@casenote/rules/details`, which also has every source a rule cites) and
 * without the sources' ids (`getBuiltinSourceLinks`).
 */
export function getBuiltinLintRules(): readonly LintRule[] {
  if (lintRules) return lintRules;
  const { rules } = decodedLint();
  lintRules = getBuiltinRulesToRun().map((rule, index) => ({ ...rule, pack: rules[index]?.pack as string }));
  return lintRules;
}

/** The harm indicators conditioned rules may ask about (data/indicators.yml, validated at build time). */
export function getBuiltinIndicators(): readonly IndicatorEntry[] {
  return decodedLint().indicators;
}

/** What the linter reads of the harm indicators: each one's id and phrases (`getBuiltinIndicators` has the rest). */
export function getBuiltinIndicatorPhrases(): ReadonlyArray<Pick<IndicatorEntry, 'id' | 'phrases'>> {
  return decodedStored().indicators;
}
