// The rule data's tables stored by column (see compact.ts for the format as a whole): a column of few
// distinct values as those values and one base-36 digit a row, a column of texts or lists of texts as
// one string (rows split by `~`, items by `^`), any other column as a plain list; and a rule's
// exceptions carried in its patterns' row.
import { markPlurals, pluralFields, spellPlurals } from './compact-spelling.ts';

/** A column of few distinct values: the values, then one base-36 digit per row naming one of them. */
export type DictionaryColumn = { values: unknown[]; rows: string };
/** A column of values, one per row; `0` where a row has no value. */
export type PlainColumn = unknown[];
/** A column of texts or lists of texts in one string (see the top of this file). */
export type TextColumn = string;
export type Columns = Record<string, DictionaryColumn | PlainColumn | TextColumn>;

const dictionaryFields = new Set([
  'category',
  'family',
  'severity',
  'pack',
  'caseSensitive',
  'check',
  'optIn',
  'oneClickFix',
]);
const textFields = new Set(['id', 'url', 'message', 'explanation', 'note', 'title', 'publisher', 'acronym', 'source']);
const listFields = new Set(['patterns', 'exceptions', 'suggestions', 'childSuggestions']);
export const rowBreak = '~';
export const itemBreak = '^';
/** In the linter's part, a rule's exceptions after its patterns in the patterns' row. */
const exceptionsBreak = '`';

/** A text or list column as one string, or undefined when a text holds a break character or is empty. */
function encodeText(field: string, values: readonly unknown[]): TextColumn | undefined {
  const rows: string[] = [];
  for (const value of values) {
    if (value === undefined) {
      rows.push('');
      continue;
    }
    const items = listFields.has(field) ? (value as unknown[]) : [value];
    const breaks = pluralFields.has(field) ? /[~^$`]/ : /[~^]/;
    if (!items.every((item) => typeof item === 'string' && item !== '' && !breaks.test(item))) return undefined;
    rows.push(items.length === 0 ? itemBreak : items.join(itemBreak));
  }
  return pluralFields.has(field) ? markPlurals(rows.join(rowBreak)) : rows.join(rowBreak);
}

function decodeText(field: string, row: string): unknown {
  if (row === '') return 0;
  if (!listFields.has(field)) return row;
  return row === itemBreak ? [] : row.split(itemBreak);
}
export function encodeColumns(rows: readonly object[], order: readonly string[]): Columns {
  const fields = new Set(rows.flatMap((row) => Object.keys(row)));
  for (const field of fields)
    if (!order.includes(field)) throw new Error(`compact rule data: no column for the field "${field}"`);
  const columns: Columns = {};
  for (const field of order.filter((name) => fields.has(name))) {
    const values = rows.map((row) => (row as Record<string, unknown>)[field]);
    if (values.some((value) => value === 0 || value === null))
      throw new Error(`compact rule data: the field "${field}" holds 0 or null, which marks an absent value`);
    const distinct = [...new Set(values)];
    const text = textFields.has(field) || listFields.has(field) ? encodeText(field, values) : undefined;
    if (dictionaryFields.has(field) && distinct.length <= 36) {
      columns[field] = {
        values: distinct.map((value) => value ?? 0),
        rows: values.map((value) => distinct.indexOf(value).toString(36)).join(''),
      };
    } else if (text !== undefined) {
      columns[field] = text;
    } else {
      columns[field] = values.map((value) => value ?? 0);
    }
  }
  return columns;
}

export function decodeColumns<Row>(columns: Columns, count: number): Row[] {
  const rows: Record<string, unknown>[] = Array.from({ length: count }, () => ({}));
  for (const [field, column] of Object.entries(columns)) {
    const texts =
      typeof column === 'string' ? (pluralFields.has(field) ? spellPlurals(column) : column).split(rowBreak) : [];
    const valueAt =
      typeof column === 'string'
        ? (index: number) => decodeText(field, texts[index] as string)
        : Array.isArray(column)
          ? (index: number) => column[index]
          : (index: number) => column.values[Number.parseInt(column.rows[index] as string, 36)];
    for (let index = 0; index < count; index += 1) {
      const value = valueAt(index);
      if (value !== 0) (rows[index] as Record<string, unknown>)[field] = value;
    }
  }
  return rows as Row[];
}

/** The rules' columns with each row's exceptions after its patterns, when both are text (see the top of this file). */
export function withExceptionsInPatterns(columns: Columns): Columns {
  const { patterns, exceptions } = columns;
  if (typeof patterns !== 'string' || typeof exceptions !== 'string') return columns;
  const exceptionRows = exceptions.split(rowBreak);
  const rows = patterns
    .split(rowBreak)
    .map((row, index) => (exceptionRows[index] ? `${row}${exceptionsBreak}${exceptionRows[index]}` : row));
  const joined: Columns = {};
  for (const [field, column] of Object.entries(columns))
    if (field !== 'exceptions') joined[field] = field === 'patterns' ? rows.join(rowBreak) : column;
  return joined;
}

/** The patterns column and the exceptions column apart again (`withExceptionsInPatterns`). */
export function withExceptionsApart(columns: Columns): Columns {
  const { patterns } = columns;
  if (typeof patterns !== 'string' || columns.exceptions !== undefined) return columns;
  const rows = patterns.split(rowBreak).map((row) => row.split(exceptionsBreak));
  return {
    ...columns,
    patterns: rows.map(([row]) => row).join(rowBreak),
    exceptions: rows.map(([, exceptions = '']) => exceptions).join(rowBreak),
  };
}

/** The number of rows of a table: the length of its first column, which every row has (ids, URLs). */
export function rowCount(columns: Columns): number {
  const first = Object.values(columns)[0] as Columns[string];
  if (typeof first === 'string') return first.split(rowBreak).length;
  return Array.isArray(first) ? first.length : first.rows.length;
}
