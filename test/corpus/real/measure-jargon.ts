// Measures the jargon checks on the real-language DEV sets (never the sealed held-out set).
// By default every language finding counts, as in the lead's measure-language.ts. With --no-hints, hints
// are not counted: a hint is the gentle note a rule gives where its wording is often the correct term
// (DATA-FORMAT.md, severity guide), so it is then neither a catch nor a false alarm.
// With --enable=RULE, an opt-in rule (such as unexplained-abbreviation) is turned on at its own severity.
// Every file is read both ways, side by side (the lead's ruling, thirty-fourth session): each item alone, as before,
// and each document's items as one note (as-one-note.ts), where a sentence is read with the page around it.
// "On the phrase" finds the labelled phrase on word boundaries (phrase-span.ts); --substring reads it as the first
// occurrence of its letters, as before the lead's ruling of the thirty-first session, for reporting both figures.
// Usage: pnpm exec node --conditions=@casenote/source test/corpus/real/measure-jargon.ts [--details] [--no-hints] [--per-file] [--substring] [--enable=RULE] FILE...
import { readFileSync } from 'node:fs';
import { createLinter } from '@casenote/lint';
import { parse } from 'yaml';
import { lintAsOneNote } from './as-one-note.ts';
import { phraseSpan, substringFlag } from './phrase-span.ts';

type Category = 'victim-blaming' | 'deficit' | 'jargon';
interface Item {
  text: string;
  expect?: 'flagged' | 'clean';
  category?: Category;
  phrase?: string;
  doc?: string;
}
interface Finding {
  category: string;
  severity: string;
  from: number;
  to: number;
  ruleId: string;
  actual?: string;
}

const args = process.argv.slice(2);
const details = args.includes('--details');
const noHints = args.includes('--no-hints');
const perFile = args.includes('--per-file');
const substring = substringFlag(args);
const files = args.filter((arg) => !arg.startsWith('--'));
if (files.some((file) => file.includes('heldout')))
  throw new Error('the held-out set is sealed: measure dev files only');
const enabled = args.filter((arg) => arg.startsWith('--enable=')).map((arg) => arg.slice('--enable='.length));
const linter = createLinter({ analysis: false, rules: Object.fromEntries(enabled.map((id) => [id, 'info' as const])) });
const language = new Set(['victim-blaming', 'deficit', 'jargon']);
const pct = (a: number, b: number): string => (b ? `${((100 * a) / b).toFixed(1)} % (${a}/${b})` : 'n/a');

const counts = (f: Finding): boolean => language.has(f.category) && !(noHints && f.severity === 'hint');
/** Each item's counted findings: `alone` lints every item by itself, otherwise each document is linted as one note. */
const findingsOf = (items: Item[], alone: boolean): Finding[][] =>
  alone
    ? items.map((item) => (linter.lint(item.text) as Finding[]).filter(counts))
    : lintAsOneNote(items, (text) => linter.lint(text) as Finding[]).map((found) => found.filter(counts));

interface Tally {
  items: number;
  jargon: number;
  caught: number;
  onPhrase: number;
  clean: number;
  alarms: number;
}

/** Tallies one set of items read one way: jargon recall (any finding, on the phrase) and clean false alarms. */
function measure(items: Item[], alone: boolean, byRule: Record<string, number>): Tally {
  const tally: Tally = { items: items.length, jargon: 0, caught: 0, onPhrase: 0, clean: 0, alarms: 0 };
  const all = findingsOf(items, alone);
  if (details) console.log(alone ? 'each item alone:' : 'each document as one note:');
  for (const [index, item] of items.entries()) {
    const found = all[index] ?? [];
    if (item.expect === 'clean' || item.expect === undefined) {
      tally.clean++;
      if (found.length === 0) continue;
      tally.alarms++;
      for (const f of found) byRule[f.ruleId] = (byRule[f.ruleId] ?? 0) + 1;
      if (details) console.log(`  FA ${found.map((f) => `${f.ruleId}:“${f.actual}”`).join(', ')}: ${item.text}`);
      continue;
    }
    if (item.category !== 'jargon') continue;
    tally.jargon++;
    if (found.length) tally.caught++;
    const { start, end } = phraseSpan(item.text, item.phrase ?? '', { substring });
    const hit = found.some((f) => f.category === 'jargon' && f.from < end && f.to > start);
    if (hit) tally.onPhrase++;
    else if (details) console.log(`  missed “${item.phrase}”: ${item.text}`);
  }
  return tally;
}

const load = (file: string): Item[] => parse(readFileSync(file, 'utf8')) as Item[];
const row = (t: Tally): string => {
  const recall = t.jargon
    ? `${pct(t.caught, t.jargon)} (${pct(t.onPhrase, t.jargon).split(' ')[0]} %)`
    : 'no jargon items';
  return `${recall.padEnd(28)} clean FA ${pct(t.alarms, t.clean).padEnd(20)}`;
};
if (perFile) {
  // One row per file, both readings side by side: recall (on phrase) and clean false alarms.
  console.log(`${'file'.padEnd(24)} ${'each item alone'.padEnd(58)} | each document as one note`);
  for (const file of files) {
    const items = load(file);
    console.log(
      `${file.replace(/^.*\//, '').padEnd(24)} ${row(measure(items, true, {}))} | ${row(measure(items, false, {}))}`,
    );
  }
} else {
  const items = files.flatMap(load);
  console.log(`${files.join(' + ')}: ${items.length} items${noHints ? ' (hints not counted)' : ''}`);
  for (const alone of [true, false]) {
    const byRule: Record<string, number> = {};
    const t = measure(items, alone, byRule);
    console.log(alone ? 'each item alone:' : 'each document as one note:');
    console.log(
      `  jargon recall any finding ${pct(t.caught, t.jargon)} | jargon finding on phrase ${pct(t.onPhrase, t.jargon)}`,
    );
    console.log(`  clean false alarms ${pct(t.alarms, t.clean)}; by rule ${JSON.stringify(byRule)}`);
  }
}
