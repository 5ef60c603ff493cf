// The built-in rule data as it ships: two JSON strings, decoded on first use. The first holds what
// the linter needs; the second, the catalogue, what only a catalogue of the rules shows (reviewers'
// notes, sources' titles, publishers and years), so a bundle that only lints leaves it out. Both
// are stored by column (all ids together, all patterns together, all explanations together…),
// which gzip compresses far better than a list of objects: similar text sits together and no key is
// repeated. Fields with a few distinct values (category, family, severity, pack, caseSensitive) are
// stored once and named by one character each; sources are named by their index in the source table.
import type { BuiltinRuleEntry, IndicatorEntry, SourceEntry, SourceLink } from './types.ts';

/** The data the generator compiles from data/*.yml. */
export interface BuiltinData {
  sources: SourceEntry[];
  rules: BuiltinRuleEntry[];
  indicators: IndicatorEntry[];
}

/** A built-in rule as the linter needs it: without the reviewer's note. */
export type BuiltinLintEntry = Omit<BuiltinRuleEntry, 'note'>;

/** The part of the data the linter needs. */
export interface BuiltinLintData {
  sources: SourceLink[];
  rules: BuiltinLintEntry[];
  indicators: IndicatorEntry[];
}

/** The fields that only a catalogue of the rules shows. */
const catalogueSourceFields = ['title', 'publisher', 'year'];
const catalogueRuleFields = ['note'];

/** A column of few distinct values: the values, then one base-36 digit per row naming one of them. */
type DictionaryColumn = { values: unknown[]; rows: string };
/** A column of values, one per row; `0` where a row has no value. */
type PlainColumn = unknown[];
type Columns = Record<string, DictionaryColumn | PlainColumn>;

interface CompactData {
  sources: Columns;
  rules: Columns;
  indicators: IndicatorEntry[];
}

const dictionaryFields = new Set(['category', 'family', 'severity', 'pack', 'caseSensitive']);
// the order of the columns: like with like, so gzip finds the repeats
const ruleFieldOrder = [
  'id',
  'category',
  'family',
  'severity',
  'pack',
  'caseSensitive',
  'sources',
  'patterns',
  'exceptions',
  'acronym',
  'when',
  'otherwise',
  'suggestions',
  'message',
  'explanation',
  'note',
];

function encodeColumns(rows: readonly object[], order: readonly string[]): Columns {
  const fields = new Set(rows.flatMap((row) => Object.keys(row)));
  for (const field of fields)
    if (!order.includes(field)) throw new Error(`compact rule data: no column for the field "${field}"`);
  const columns: Columns = {};
  for (const field of order.filter((name) => fields.has(name))) {
    const values = rows.map((row) => (row as Record<string, unknown>)[field]);
    if (values.some((value) => value === 0 || value === null))
      throw new Error(`compact rule data: the field "${field}" holds 0 or null, which marks an absent value`);
    const distinct = [...new Set(values)];
    if (dictionaryFields.has(field) && distinct.length <= 36) {
      columns[field] = {
        values: distinct.map((value) => value ?? 0),
        rows: values.map((value) => distinct.indexOf(value).toString(36)).join(''),
      };
    } else {
      columns[field] = values.map((value) => value ?? 0);
    }
  }
  return columns;
}

function decodeColumns<Row>(columns: Columns, count: number): Row[] {
  const rows: Record<string, unknown>[] = Array.from({ length: count }, () => ({}));
  for (const [field, column] of Object.entries(columns)) {
    const valueAt = Array.isArray(column)
      ? (index: number) => column[index]
      : (index: number) => column.values[Number.parseInt(column.rows[index] as string, 36)];
    for (let index = 0; index < count; index += 1) {
      const value = valueAt(index);
      if (value !== 0) (rows[index] as Record<string, unknown>)[field] = value;
    }
  }
  return rows as Row[];
}

const pick = (row: object, fields: readonly string[], keep: boolean): Record<string, unknown> =>
  Object.fromEntries(Object.entries(row).filter(([field]) => fields.includes(field) === keep));

/** The compact form of the built-in data, in its two parts (used by scripts/build-rules.ts). */
export function encodeBuiltin(data: BuiltinData): { lint: string; catalogue: string } {
  const sourceIndex = new Map(data.sources.map((source, index) => [source.id, index]));
  const rules = data.rules.map((rule) => ({
    ...rule,
    sources: rule.sources.map((id) => {
      const index = sourceIndex.get(id);
      if (index === undefined) throw new Error(`compact rule data: rule "${rule.id}" cites unknown source "${id}"`);
      return index;
    }),
  }));
  const lint: CompactData = {
    sources: encodeColumns(
      data.sources.map((source) => pick(source, catalogueSourceFields, false)),
      ['id', 'url'],
    ),
    rules: encodeColumns(
      rules.map((rule) => pick(rule, catalogueRuleFields, false)),
      ruleFieldOrder,
    ),
    indicators: data.indicators,
  };
  const catalogue: CompactCatalogue = {
    count: { sources: data.sources.length, rules: data.rules.length },
    sources: encodeColumns(
      data.sources.map((source) => pick(source, catalogueSourceFields, true)),
      catalogueSourceFields,
    ),
    rules: encodeColumns(
      data.rules.map((rule) => pick(rule, catalogueRuleFields, true)),
      catalogueRuleFields,
    ),
  };
  return { lint: JSON.stringify(lint), catalogue: JSON.stringify(catalogue) };
}

interface CompactCatalogue {
  count: { sources: number; rules: number };
  sources: Columns;
  rules: Columns;
}

/** The part of the built-in data the linter needs, from its compact form. */
export function decodeBuiltinLint(encoded: string): BuiltinLintData {
  const compact = JSON.parse(encoded) as CompactData;
  const count = (columns: Columns) => (columns.id as PlainColumn).length;
  const sources = decodeColumns<SourceLink>(compact.sources, count(compact.sources));
  const rules = decodeColumns<BuiltinLintEntry>(compact.rules, count(compact.rules));
  for (const rule of rules)
    rule.sources = (rule.sources as unknown as number[]).map((index) => (sources[index] as SourceLink).id);
  return { sources, rules, indicators: compact.indicators };
}

/** The whole built-in data: the linter's part with the catalogue's fields put back. */
export function decodeBuiltin(lint: BuiltinLintData, encodedCatalogue: string): BuiltinData {
  const catalogue = JSON.parse(encodedCatalogue) as CompactCatalogue;
  const sourceExtras = decodeColumns<Partial<SourceEntry>>(catalogue.sources, catalogue.count.sources);
  const ruleExtras = decodeColumns<Partial<BuiltinRuleEntry>>(catalogue.rules, catalogue.count.rules);
  return {
    sources: lint.sources.map((source, index) => ({ ...source, ...sourceExtras[index] }) as SourceEntry),
    rules: lint.rules.map((rule, index) => ({ ...rule, ...ruleExtras[index] }) as BuiltinRuleEntry),
    indicators: lint.indicators,
  };
}
