import { decodeBuiltin, decodeBuiltinLint, type BuiltinData, type BuiltinLintData } from './compact.ts';
import { builtinCatalogue, builtinData } from './generated/builtin.ts';
import type { IndicatorEntry, LintRule, Rule, SourceEntry, SourceLink } from './types.ts';

// decoded on first use, so importing the package costs nothing until rules are needed; the
// catalogue (notes, sources' titles and publishers) only when the full rules are asked for
let lintData: BuiltinLintData | undefined;
let fullData: BuiltinData | undefined;
let sourceLinks: Map<string, SourceLink> | undefined;
let lintRules: LintRule[] | undefined;
let sourcesById: Map<string, SourceEntry> | undefined;
let rules: Rule[] | undefined;

const decodedLint = (): BuiltinLintData => (lintData ??= decodeBuiltinLint(builtinData));
const decodedFull = (): BuiltinData => (fullData ??= decodeBuiltin(decodedLint(), builtinCatalogue));

/** The published guides the built-in rules cite, by id. */
export function getBuiltinSources(): ReadonlyMap<string, SourceEntry> {
  sourcesById ??= new Map(decodedFull().sources.map((source) => [source.id, source]));
  return sourcesById;
}

/** The built-in rules (validated at build time), with sources resolved. */
export function getBuiltinRules(): readonly Rule[] {
  if (rules) return rules;
  const sources = getBuiltinSources();
  rules = decodedFull().rules.map((entry) => ({
    ...entry,
    family: entry.family ?? 'other',
    sources: entry.sources.map((id) => sources.get(id) as SourceEntry),
  }));
  return rules;
}

/** The guides the built-in rules cite, by id, as the linter needs them: id and URL. */
export function getBuiltinSourceLinks(): ReadonlyMap<string, SourceLink> {
  sourceLinks ??= new Map(decodedLint().sources.map((source) => [source.id, source]));
  return sourceLinks;
}

/**
 * The built-in rules as the linter runs them: `getBuiltinRules()` without the reviewers' notes and
 * with sources as id and URL, from a bundle that leaves the rest of the catalogue out.
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
