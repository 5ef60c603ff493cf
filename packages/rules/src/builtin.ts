import { decodeBuiltinLint, type BuiltinLintData } from './compact.ts';
import { builtinData } from './generated/builtin.ts';
import type { IndicatorEntry, LintRule, SourceLink } from './types.ts';

// decoded on first use, so importing the package costs nothing until rules are needed; the words a
// person reads (explanations, notes, sources' titles) are in the details (./rule-details.ts), never
// imported from here
let lintData: BuiltinLintData | undefined;
let sourceLinks: Map<string, SourceLink> | undefined;
let lintRules: LintRule[] | undefined;

/** The part of the built-in data the linter needs, decoded once. */
export const decodedLint = (): BuiltinLintData => (lintData ??= decodeBuiltinLint(builtinData));

/** The guides the built-in rules cite, by id, as the linter needs them: id and URL. */
export function getBuiltinSourceLinks(): ReadonlyMap<string, SourceLink> {
  sourceLinks ??= new Map(decodedLint().sources.map((source) => [source.id, source]));
  return sourceLinks;
}

/**
 * The built-in rules as the linter runs them: what it needs to find and fix (patterns, suggestions,
 * messages, sources as id and URL), without the words a person reads when they open a finding
 * (explanations, reviewers' notes: `loadRuleDetails`, or `getBuiltinRules` from
 * `@casenote/rules/details`).
 */
export function getBuiltinLintRules(): readonly LintRule[] {
  if (lintRules) return lintRules;
  const sources = getBuiltinSourceLinks();
  lintRules = decodedLint().rules.map((entry) => ({
    ...entry,
    family: entry.family ?? 'other',
    sources: entry.sources.map((id) => sources.get(id) as SourceLink),
  }));
  return lintRules;
}

/** The harm indicators conditioned rules may ask about (data/indicators.yml, validated at build time). */
export function getBuiltinIndicators(): readonly IndicatorEntry[] {
  return decodedLint().indicators;
}
