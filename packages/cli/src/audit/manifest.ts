import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CliError } from '../errors.ts';
import { describeReadError } from '../read-error.ts';
import type { InputProblem } from './types.ts';

/** What the manifest says about one note. */
export interface ManifestRow {
  id: string;
  /** Where the row is, `manifest.csv:12`. */
  location: string;
  childId: string | undefined;
  /** ISO date `yyyy-mm-dd`. */
  date: string | undefined;
  team: string | undefined;
  type: string | undefined;
  reReferral: boolean | undefined;
}

export interface Manifest {
  /** The manifest's path as given. */
  path: string;
  rows: Map<string, ManifestRow>;
  /** Rows that were not used, with why (bad date, bad re_referral, no id, duplicate id…). */
  problems: InputProblem[];
}

export const manifestColumns = ['id', 'child_id', 'date', 'team', 'type', 're_referral'] as const;

const truthy = new Set(['true', 'yes', 'y', '1']);
const falsy = new Set(['false', 'no', 'n', '0']);

/**
 * Reads a CSV (first line is the header) or JSONL (one object a line) manifest. A file ending
 * `.jsonl`/`.ndjson` is JSONL, `.csv` is CSV; otherwise a first character `{` means JSONL. A bad row
 * is listed in `problems` with its line and left out; only an unreadable file or a CSV without an
 * `id` column stops the run.
 *
 * @param file The manifest path as given on the command line.
 * @param cwd Directory relative paths are resolved against.
 * @throws {CliError} When the file cannot be read or has no `id` column.
 */
export async function loadManifest(file: string, cwd: string): Promise<Manifest> {
  let source: string;
  try {
    source = await readFile(path.resolve(cwd, file), 'utf8');
  } catch (error) {
    throw new CliError(`cannot read manifest ${file}: ${describeReadError(error)}`, { cause: error });
  }
  return parseManifest(source.replace(/^\uFEFF/, ''), file);
}

/** Parses manifest text; see `loadManifest`. */
export function parseManifest(source: string, file: string): Manifest {
  const extension = path.extname(file).toLowerCase();
  const jsonl =
    extension === '.jsonl' || extension === '.ndjson' || (extension !== '.csv' && source.trimStart().startsWith('{'));
  const records = jsonl ? readJsonLines(source, file) : readCsv(source, file);
  const manifest: Manifest = { path: file, rows: new Map(), problems: [] };
  for (const record of records) {
    const location = `${file}:${record.line}`;
    if ('problem' in record) {
      manifest.problems.push({ location, reason: record.problem });
      continue;
    }
    const row = validateRow(record.fields, location);
    if (typeof row === 'string') manifest.problems.push({ location, reason: row });
    else if (manifest.rows.has(row.id)) {
      manifest.problems.push({
        location,
        reason: `duplicate id '${row.id}' (first at ${manifest.rows.get(row.id)?.location}); row ignored`,
      });
    } else manifest.rows.set(row.id, row);
  }
  return manifest;
}

type RawRecord = { line: number; fields: Record<string, unknown> } | { line: number; problem: string };

function readJsonLines(source: string, file: string): RawRecord[] {
  const records: RawRecord[] = [];
  source.split(/\r?\n/).forEach((text, index) => {
    if (text.trim() === '') return;
    const line = index + 1;
    try {
      const value: unknown = JSON.parse(text);
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        records.push({ line, problem: 'not a JSON object' });
      else records.push({ line, fields: value as Record<string, unknown> });
    } catch {
      records.push({ line, problem: 'not valid JSON' });
    }
  });
  if (records.length === 0) throw new CliError(`invalid manifest ${file}: no rows`);
  return records;
}

function readCsv(source: string, file: string): RawRecord[] {
  const rows = splitCsv(source);
  const header = rows.shift();
  if (!header) throw new CliError(`invalid manifest ${file}: empty file`);
  const names = header.cells.map((name) => name.trim().toLowerCase());
  if (!names.includes('id'))
    throw new CliError(
      `invalid manifest ${file}: no 'id' column in the header (expected ${manifestColumns.join(', ')})`,
    );
  const records: RawRecord[] = [];
  for (const row of rows) {
    if (row.cells.length === 1 && row.cells[0]?.trim() === '') continue;
    if (row.unclosedQuote) {
      records.push({ line: row.line, problem: 'a quoted value is never closed' });
      continue;
    }
    if (row.cells.length !== names.length) {
      records.push({ line: row.line, problem: `${row.cells.length} values for ${names.length} columns` });
      continue;
    }
    const fields: Record<string, unknown> = {};
    for (const [index, name] of names.entries()) fields[name] = row.cells[index];
    records.push({ line: row.line, fields });
  }
  return records;
}

/** RFC 4180 CSV: quoted values may hold commas, doubled quotes and line breaks. */
function splitCsv(source: string): { line: number; cells: string[]; unclosedQuote: boolean }[] {
  const rows: { line: number; cells: string[]; unclosedQuote: boolean }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let index = 0; index < source.length; index += 1) {
    const char = source[index] as string;
    if (quoted) {
      if (char === '"' && source[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else {
        if (char === '\n') line += 1;
        cell += char;
      }
    } else if (char === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (char === ',') {
      cells.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[index + 1] === '\n') index += 1;
      cells.push(cell);
      rows.push({ line: rowLine, cells, unclosedQuote: false });
      cells = [];
      cell = '';
      line += 1;
      rowLine = line;
    } else cell += char;
  }
  if (cell !== '' || cells.length > 0 || quoted) {
    cells.push(cell);
    rows.push({ line: rowLine, cells, unclosedQuote: quoted });
  }
  return rows;
}

function text(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  const trimmed = String(value).trim();
  return trimmed === '' ? undefined : trimmed;
}

/** A usable row, or the reason the row is left out. */
function validateRow(fields: Record<string, unknown>, location: string): ManifestRow | string {
  const id = text(fields.id);
  if (id === undefined) return 'no id';
  const date = text(fields.date);
  if (date !== undefined && !isIsoDate(date)) return `bad date '${date}' for '${id}' (expected yyyy-mm-dd)`;
  const reReferral = readBoolean(fields.re_referral);
  if (reReferral === null)
    return `bad re_referral '${String(fields.re_referral)}' for '${id}' (expected true/false, yes/no or 1/0)`;
  return {
    id,
    location,
    childId: text(fields.child_id),
    date,
    team: text(fields.team),
    type: text(fields.type),
    reReferral,
  };
}

function readBoolean(value: unknown): boolean | undefined | null {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value === 1 ? true : value === 0 ? false : null;
  const word = text(value)?.toLowerCase();
  if (word === undefined) return undefined;
  if (truthy.has(word)) return true;
  if (falsy.has(word)) return false;
  return null;
}

/** A real calendar date written `yyyy-mm-dd` (so 2024-02-30 is refused). */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}
