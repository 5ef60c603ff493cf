// The engine's whole output over every development corpus file, hashed item by item, so a speed change
// can show it changed nothing a host sees. `node --conditions=@casenote/source test/corpus/engine-fingerprint.ts --write`
// rewrites engine-fingerprint.json from the code as it is (do that on main's code after another change of
// behaviour lands, never to hide a change of your own); engine-fingerprint.test.ts compares.
// The sealed held-out sets (test/corpus/heldout*) are never read.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { analyseNote, createLinter, explain, type Diagnostic, type Linter, type NoteContext } from '@casenote/lint';
import { getRuleDetails } from '@casenote/rules/details';
import { generateNote } from '../bench/generate-note.ts';
import { type HostFacts, hostContextOf } from './load-corpus.ts';

export const fingerprintFile = join(import.meta.dirname, 'engine-fingerprint.json');

/** file → one short hash per item, in file order */
export type Fingerprint = Record<string, string[]>;

const corpusFiles = (): string[] => [
  ...readdirSync(import.meta.dirname)
    // the sealed held-out sets are never read, whatever their file names
    .filter((name) => name.endsWith('.yml') && !name.startsWith('heldout'))
    .map((name) => name),
  ...readdirSync(join(import.meta.dirname, 'real'))
    .filter((name) => name.endsWith('.yml'))
    .map((name) => `real/${name}`),
];

interface Item extends HostFacts {
  text: string;
}

/** every object with a `text` in the file, nested sentences included */
function itemsOf(value: unknown, found: Item[] = []): Item[] {
  if (Array.isArray(value)) for (const entry of value) itemsOf(entry, found);
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.text === 'string') found.push(record as unknown as Item);
    for (const [key, entry] of Object.entries(record)) if (key !== 'text') itemsOf(entry, found);
  }
  return found;
}

// every item a host would give a context for, by the one home of the host context (the lead's answer to voice38's question 2)
const contextOf = (item: Item): NoteContext | undefined =>
  item.child?.name || item.child?.cipher || item.child?.pronouns || item.household?.length || item.writer === 'child'
    ? hostContextOf(item)
    : undefined;

/** JSON with keys sorted, so only values count */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, entry: unknown) =>
    entry && typeof entry === 'object' && !Array.isArray(entry)
      ? Object.fromEntries(Object.entries(entry as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : entry,
  );
}

const hash = (value: unknown): string => createHash('sha256').update(canonical(value)).digest('hex').slice(0, 12);

/**
 * Every finding in `value` with its explanation, as a host shows it (`explain`: a built-in rule's
 * from the rule details), so moving where explanations live changes no fingerprint.
 */
function explained(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(explained);
  if (!value || typeof value !== 'object') return value;
  const record = Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, explained(entry)]));
  if (typeof record.ruleId === 'string' && typeof record.message === 'string')
    record.explanation = explain(record as unknown as Diagnostic, getRuleDetails());
  return record;
}

/** What every public entry point returns for one note (and for the note with its context, when it has one). */
let linters: { full: Linter; packs: Linter } | undefined;
export function outputOf(text: string, context?: NoteContext): unknown {
  linters ??= { full: createLinter(), packs: createLinter({ analysis: false }) };
  const { full, packs } = linters;
  const output: Record<string, unknown> = {
    check: full.check(text),
    lint: full.lint(text),
    packs: packs.lint(text),
    analyse: analyseNote(text),
  };
  if (context) {
    const named = createLinter({ context });
    output.checkNamed = named.check(text);
    output.analyseNamed = analyseNote(text, context);
  }
  return explained(output);
}

export function computeFingerprint(): Fingerprint {
  const fingerprint: Fingerprint = {};
  for (const file of corpusFiles()) {
    const items = itemsOf(parse(readFileSync(join(import.meta.dirname, file), 'utf8')));
    const hashes = items.map((item) => hash(outputOf(item.text, contextOf(item))));
    // the whole file as one long note: the name model and pronouns across many paragraphs
    hashes.push(hash(outputOf(items.map((item) => item.text).join('\n\n'))));
    fingerprint[file] = hashes;
  }
  fingerprint['bench note (10,000 words)'] = [hash(outputOf(generateNote(10_000)))];
  return fingerprint;
}

if (process.argv.includes('--write')) {
  writeFileSync(fingerprintFile, `${JSON.stringify(computeFingerprint(), null, 2)}\n`);
  // in the repository's format, so `pnpm lint` stays clean
  execFileSync('pnpm', ['exec', 'biome', 'format', '--write', fingerprintFile], { stdio: 'ignore' });
  console.log(`wrote ${fingerprintFile}`);
}
