import { builtinIndicators, builtinRuleEntries, builtinSources } from './generated/builtin.ts';
import type { IndicatorEntry, Rule, SourceEntry } from './types.ts';

const sourcesById = new Map<string, SourceEntry>(builtinSources.map((source) => [source.id, source]));

/** The published guides the built-in rules cite, by id. */
export function getBuiltinSources(): ReadonlyMap<string, SourceEntry> {
  return sourcesById;
}

let cached: Rule[] | undefined;

/** The built-in rules (validated at build time), with sources resolved. */
export function getBuiltinRules(): readonly Rule[] {
  cached ??= builtinRuleEntries.map((entry) => ({
    ...entry,
    family: entry.family ?? 'other',
    sources: entry.sources.map((id) => sourcesById.get(id) as SourceEntry),
  }));
  return cached;
}

/** The harm indicators conditioned rules may ask about (data/indicators.yml, validated at build time). */
export function getBuiltinIndicators(): readonly IndicatorEntry[] {
  return builtinIndicators;
}
