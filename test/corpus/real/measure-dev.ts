// Measurement of the DEV real-language sets (readable, tunable). Prints figures, and with --verbose the
// missed and falsely flagged items. Every file is read both ways, side by side (the lead's ruling, thirty-fourth
// session): each item alone, and each document's items as one note (as-one-note.ts). Refuses anything under test/corpus/heldout/ (sealed).
// With --headlines, headline items (`genre: headline`) and the other items are also measured apart (headline.ts).
// Usage: pnpm exec node --conditions=@casenote/source test/corpus/real/measure-dev.ts [--verbose] [--headlines] FILE...
import { readFileSync } from 'node:fs';
import { createLinter } from '@casenote/lint';
import { parse } from 'yaml';
import { lintAsOneNote } from './as-one-note.ts';
import { headlineParts, headlinesApart } from './headline.ts';

type Cat = 'victim-blaming' | 'deficit' | 'jargon';
interface Item {
  text: string;
  expect: 'flagged' | 'clean';
  category?: Cat;
  phrase?: string;
  source: string;
  doc?: string;
  genre?: string;
}
interface Found {
  category: string;
  from: number;
  to: number;
  ruleId: string;
}
const verbose = process.argv.includes('--verbose');
const files = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const linter = createLinter({ analysis: false } as never);
const language = new Set(['victim-blaming', 'deficit', 'jargon']);
const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)} % (${a}/${b})` : 'n/a');
const lint = (text: string): Found[] => (linter.lint(text) as Found[]).filter((d) => language.has(d.category));
/** One file read one way (each item alone, or each document's items as one note): its figure lines. */
function measureFile(items: Item[], alone: boolean): string[] {
  const all = alone ? items.map((item) => lint(item.text)) : lintAsOneNote(items, lint);
  const stats: Record<string, { n: number; any: number; hit: number }> = {};
  let clean = 0;
  let fa = 0;
  const misses: string[] = [];
  const alarms: string[] = [];
  for (const [index, item] of items.entries()) {
    const found = all[index] ?? [];
    if (item.expect === 'clean') {
      clean++;
      if (found.length) {
        fa++;
        alarms.push(`${found.map((d) => `${d.ruleId}「${item.text.slice(d.from, d.to)}」`).join(' ')} :: ${item.text}`);
      }
      continue;
    }
    const key = item.category === 'jargon' ? 'jargon' : 'victim-blaming+deficit';
    const hit = found.some((d) => d.category === item.category || (key !== 'jargon' && d.category !== 'jargon'));
    for (const k of new Set([key, item.category as string])) {
      const s = stats[k] ?? { n: 0, any: 0, hit: 0 };
      stats[k] = s;
      s.n++;
      if (found.length) s.any++;
      if (hit) s.hit++;
    }
    if (!hit && key !== 'jargon') misses.push(`[${item.category}] ${item.phrase} :: ${item.text}`);
  }
  const lines = Object.entries(stats).map(
    ([k, s]) => `${k.padEnd(24)} recall any finding ${pct(s.any, s.n)} | right family ${pct(s.hit, s.n)}`,
  );
  lines.push(`${'clean false alarms'.padEnd(24)} ${pct(fa, clean)}`);
  if (verbose) {
    const way = alone ? 'alone' : 'as one note';
    for (const m of misses) console.log(`  MISS (${way}) ${m}`);
    for (const a of alarms) console.log(`  FA (${way}) ${a}`);
  }
  return lines;
}
for (const file of files) {
  if (file.includes('heldout')) throw new Error('sealed held-out sets are not measured here');
  const items = parse(readFileSync(file, 'utf8')) as Item[];
  const apart = headlinesApart();
  for (const [label, part] of headlineParts(items, apart)) {
    const alone = measureFile(part, true);
    const asNote = measureFile(part, false);
    const what = apart ? `${label}: ${part.length}` : `${part.length} items`;
    console.log(`file ${file}: ${what}; each item alone ‖ each document as one note`);
    for (const [index, line] of alone.entries()) console.log(`  ${line.padEnd(96)} ‖ ${asNote[index] ?? ''}`);
  }
}
