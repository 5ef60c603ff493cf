import { decodeBuiltin, type BuiltinData } from './compact.ts';
import { builtinData } from './generated/builtin.ts';
import type { IndicatorEntry, Rule, SourceEntry } from './types.ts';

// decoded on first use, so importing the package costs nothing until rules are needed
let data: BuiltinData | undefined;
let sourcesById: Map<string, SourceEntry> | undefined;
let cached: Rule[] | undefined;

const decoded = (): BuiltinData => (data ??= decodeBuiltin(builtinData));

/** The published guides the built-in rules cite, by id. */
export function getBuiltinSources(): ReadonlyMap<string, SourceEntry> {
  sourcesById ??= new Map(decoded().sources.map((source) => [source.id, source]));
  return sourcesById;
}

/** The built-in rules (validated at build time), with sources resolved. */
export function getBuiltinRules(): readonly Rule[] {
  if (cached) return cached;
  const sources = getBuiltinSources();
  cached = decoded().rules.map((entry) => ({
    ...entry,
    family: entry.family ?? 'other',
    sources: entry.sources.map((id) => sources.get(id) as SourceEntry),
  }));
  return cached;
}

/** The harm indicators conditioned rules may ask about (data/indicators.yml, validated at build time). */
export function getBuiltinIndicators(): readonly IndicatorEntry[] {
  return decoded().indicators;
}
