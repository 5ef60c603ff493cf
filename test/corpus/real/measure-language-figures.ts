// Figure-only measurement of a language set (never prints items). Usage (from a checkout):
//   pnpm exec node --conditions=@casenote/source /work/guide/measure-language.ts FILE
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { createLinter } from '@casenote/lint';

type Cat = 'victim-blaming' | 'deficit' | 'jargon';
interface Item { text: string; expect: 'flagged' | 'clean'; category?: Cat; phrase?: string; also?: { phrase: string; category: Cat }[]; source: string }
const file = process.argv[2];
const items = parse(readFileSync(file, 'utf8')) as Item[];
const linter = createLinter({ analysis: false } as never);
const language = new Set(['victim-blaming', 'deficit', 'jargon']);
const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)} % (${a}/${b})` : 'n/a');
const stats: Record<string, { n: number; any: number; onPhrase: number; sameCat: number }> = {};
const faRules: Record<string, number> = {};
let clean = 0, fa = 0;
for (const item of items) {
  const found = (linter.lint(item.text) as { category: string; from: number; to: number; ruleId: string }[]).filter((d) => language.has(d.category));
  if (item.expect === 'clean') {
    clean++;
    if (found.length) { fa++; for (const d of found) faRules[d.ruleId] = (faRules[d.ruleId] ?? 0) + 1; }
    continue;
  }
  const key = item.category === 'jargon' ? 'jargon' : 'victim-blaming+deficit';
  for (const k of new Set([key, item.category as string])) {
    const s = (stats[k] ??= { n: 0, any: 0, onPhrase: 0, sameCat: 0 });
    s.n++;
    if (found.length) s.any++;
    const start = item.phrase ? item.text.indexOf(item.phrase) : -1;
    const end = start + (item.phrase?.length ?? 0);
    const on = start >= 0 && found.some((d) => d.from < end && d.to > start);
    if (on) s.onPhrase++;
    if (found.some((d) => d.category === item.category || (key !== 'jargon' && d.category !== 'jargon'))) s.sameCat++;
  }
}
console.log(`file ${file}: ${items.length} items`);
for (const [k, s] of Object.entries(stats))
  console.log(`${k.padEnd(24)} recall any finding ${pct(s.any, s.n)} | right family ${pct(s.sameCat, s.n)} | on labelled phrase ${pct(s.onPhrase, s.n)}`);
console.log(`clean: false alarms ${pct(fa, clean)}; by rule ${JSON.stringify(faRules)}`);
