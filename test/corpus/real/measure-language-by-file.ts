// Victim-blaming/deficit figures per DEV file and per tune/check half, for judging whether a change transfers:
// recall on flagged items (a victim-blaming or deficit finding anywhere in the sentence) and false alarms (any
// victim-blaming or deficit finding) on every clean item of the dev language, jargon and clean files and clean.yml.
// Files with a `publisher` field, and dev-language-11 (halves by publisher in real/README.md), are split A/B.
// With --notes, the items of one document (consecutive items with the same `doc`; an item with no `doc` is a note of its own) are read as
// one note, in file order, blank lines between them: cues in earlier sentences (the child's age, who "she" is,
// what the note records) then count, as they do in a real case note. Refuses the sealed sets. Usage:
//   pnpm exec node --conditions=@casenote/source test/corpus/real/measure-language-by-file.ts [--notes] [--verbose] [--json=FILE]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from '@casenote/lint';
import { parse } from 'yaml';
import { lintAsOneNote } from './as-one-note.ts';

interface Item {
  text: string;
  expect?: 'flagged' | 'clean';
  category?: string;
  phrase?: string;
  doc?: string;
  publisher?: string;
}
interface Found {
  category: string;
  from: number;
  to: number;
  ruleId: string;
}

const corpus = join(import.meta.dirname, '..');
const real = import.meta.dirname;
const verbose = process.argv.includes('--verbose');
const asNotes = process.argv.includes('--notes');
const jsonOut = process.argv.find((arg) => arg.startsWith('--json='))?.slice('--json='.length);
const linter = createLinter({ analysis: false } as never);
const harmful = new Set(['victim-blaming', 'deficit']);

// dev-language-11's check half, by publisher (real/README.md, "Eleventh language dev set").
const elevenB = [
  'HuffPost',
  'Los Angeles Daily News',
  'Juvenile Forensics',
  'NCJRS',
  'Daily Mail',
  'CBC News',
  'The Independent',
  'The Scotsman',
  'Daily Star',
  'Northern Echo',
  'Care Appointments',
  'A Local Authority v S',
  'Child & Family Social Work',
  'Northants Telegraph',
];
const halfOf = (file: string, item: Item): string => {
  if (file.endsWith('dev-language-11.yml')) return elevenB.some((name) => item.doc?.includes(name)) ? ' B' : ' A';
  return '';
};
const publisherHalf = new Map<string, string>();
const headerHalves = (file: string, text: string) => {
  for (const match of text.matchAll(/^# ([AB]): (.+)\.$/gm))
    for (const name of (match[2] ?? '').split(', ')) publisherHalf.set(`${file}|${name}`, ` ${match[1]}`);
};

const files = [
  ...readdirSync(real)
    .filter((name) => /^dev-(language|clean|jargon)/.test(name) && name.endsWith('.yml'))
    .map((name) => join(real, name)),
  ...['vb-real.yml', 'holdout.yml', 'holdout-2.yml', 'clean.yml'].map((name) => join(corpus, name)),
];
interface Harmful {
  ruleId: string;
  words: string;
}
function lintHarmful(text: string): Harmful[] {
  return (linter.lint(text) as Found[])
    .filter((d) => harmful.has(d.category))
    .map((d) => ({ ruleId: d.ruleId, words: text.slice(d.from, d.to) }));
}
/** Each item's harmful findings when the items of one document are read as one note (`as-one-note.ts`). */
function findingsByNote(items: readonly Item[]): Harmful[][] {
  const byItem = lintAsOneNote(items, (text) => (linter.lint(text) as Found[]).filter((d) => harmful.has(d.category)));
  return byItem.map((found, index) =>
    found.map((d) => ({ ruleId: d.ruleId, words: (items[index]?.text ?? '').slice(d.from, d.to) })),
  );
}
const rows = new Map<string, { flagged: number; hit: number; clean: number; alarms: number }>();
const misses: Array<{ file: string; half: string; phrase?: string; text: string; doc?: string }> = [];
const alarms: string[] = [];
for (const path of files) {
  if (path.includes('heldout')) throw new Error('sealed sets are not measured here');
  const name = path.slice(corpus.length + 1);
  const source = readFileSync(path, 'utf8');
  headerHalves(name, source);
  const items = (parse(source) as Item[] | null) ?? [];
  const findings = asNotes ? findingsByNote(items) : items.map((item) => lintHarmful(item.text));
  items.forEach((item, position) => {
    const half = item.publisher ? (publisherHalf.get(`${name}|${item.publisher}`) ?? ' ?') : halfOf(name, item);
    const key = `${name}${half}`;
    const row = rows.get(key) ?? { flagged: 0, hit: 0, clean: 0, alarms: 0 };
    rows.set(key, row);
    const found = findings[position] ?? [];
    const expect = item.expect ?? 'clean';
    if (expect === 'clean') {
      row.clean++;
      if (found.length) {
        row.alarms++;
        alarms.push(`${key}: ${found.map((d) => `${d.ruleId}「${d.words}」`).join(' ')} :: ${item.text}`);
      }
    } else if (harmful.has(item.category ?? '')) {
      row.flagged++;
      if (found.length) row.hit++;
      else misses.push({ file: name, half: half.trim(), phrase: item.phrase, text: item.text, doc: item.doc });
    }
  });
}
const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)} % (${a}/${b})` : '-');
console.log('file | vb/deficit recall | vb/deficit false alarms on clean items');
for (const [key, row] of [...rows].sort(([a], [b]) => a.localeCompare(b)))
  console.log(`${key} | ${pct(row.hit, row.flagged)} | ${row.alarms}/${row.clean}`);
if (verbose) for (const alarm of alarms) console.log(`FA ${alarm}`);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ misses, alarms }, null, 1));
