// `@casenote/rules/details`: the built-in rules with everything a person reads about them, read at
// once (Node, the CLI, the audit, tests). A page asks for the same details with `loadRuleDetails`,
// which a bundler puts in a chunk of its own.
import { decodeBuiltin, type BuiltinData } from './compact.ts';
import { decodedLint } from './builtin.ts';
import { decodedDetails } from './rule-details.ts';
import type { Rule, SourceEntry } from './types.ts';

export { getRuleDetails } from './rule-details.ts';
export type { RuleDetails } from './rule-details.ts';
export type { SourceDetailsEntry } from './compact.ts';

let fullData: BuiltinData | undefined;
let sourcesById: Map<string, SourceEntry> | undefined;
let rules: Rule[] | undefined;

const decodedFull = (): BuiltinData => (fullData ??= decodeBuiltin(decodedLint(), decodedDetails()));

/** The published guides the built-in rules cite, by id: id, title, publisher, year and URL. */
export function getBuiltinSources(): ReadonlyMap<string, SourceEntry> {
  sourcesById ??= new Map(decodedFull().sources.map((source) => [source.id, source]));
  return sourcesById;
}

/** The built-in rules (validated at build time) with their explanations and notes, sources resolved. */
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
