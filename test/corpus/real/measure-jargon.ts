// Measures the jargon checks on the real-language DEV sets (never the sealed held-out set).
// By default every language finding counts, as in the lead's measure-language.ts. With --no-hints, hints
// are not counted: a hint is the gentle note a rule gives where its wording is often the correct term
// (DATA-FORMAT.md, severity guide), so it is then neither a catch nor a false alarm.
// With --enable=RULE, an opt-in rule (such as unexplained-abbreviation) is turned on at its own severity.
// "On the phrase" finds the labelled phrase on word boundaries (phrase-span.ts); --substring reads it as the first
// occurrence of its letters, as before the lead's ruling of the thirty-first session, for reporting both figures.
// Usage: pnpm exec node --conditions=@casenote/source test/corpus/real/measure-jargon.ts [--details] [--no-hints] [--per-file] [--substring] [--enable=RULE] FILE...
import { readFileSync } from 'node:fs';
import { createLinter } from '@casenote/lint';
import { parse } from 'yaml';
import { phraseSpan, substringFlag } from './phrase-span.ts';

type Category = 'victim-blaming' | 'deficit' | 'jargon';
interface Item {
  text: string;
  expect?: 'flagged' | 'clean';
  category?: Category;
  phrase?: string;
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

const counted = (text: string): Finding[] =>
  (linter.lint(text) as Finding[]).filter((f) => language.has(f.category) && !(noHints && f.severity === 'hint'));

interface Tally {
  items: number;
  jargon: number;
  caught: number;
  onPhrase: number;
  clean: number;
  alarms: number;
}

/** Tallies one set of items: jargon recall (any finding, on the phrase) and clean false alarms. */
function measure(items: Item[], byRule: Record<string, number>): Tally {
  const tally: Tally = { items: items.length, jargon: 0, caught: 0, onPhrase: 0, clean: 0, alarms: 0 };
  for (const item of items) {
    const found = counted(item.text);
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
if (perFile) {
  // One row per file: recall (on phrase) and clean false alarms.
  for (const file of files) {
    const t = measure(load(file), {});
    const recall = t.jargon
      ? `${pct(t.caught, t.jargon)} (${pct(t.onPhrase, t.jargon).split(' ')[0]} %)`
      : 'no jargon items';
    console.log(`${file.replace(/^.*\//, '').padEnd(24)} ${recall.padEnd(28)} clean FA ${pct(t.alarms, t.clean)}`);
  }
} else {
  const byRule: Record<string, number> = {};
  const t = measure(files.flatMap(load), byRule);
  console.log(`${files.join(' + ')}: ${t.items} items${noHints ? ' (hints not counted)' : ''}`);
  console.log(
    `jargon recall any finding ${pct(t.caught, t.jargon)} | jargon finding on phrase ${pct(t.onPhrase, t.jargon)}`,
  );
  console.log(`clean false alarms ${pct(t.alarms, t.clean)}; by rule ${JSON.stringify(byRule)}`);
}
