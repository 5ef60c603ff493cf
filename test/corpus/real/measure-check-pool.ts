// The pooled check for a language round (the lead's ruling of the thirty-third session, second round): recall on the
// flagged items of one family in every unread check half at once — every dev-language file whose name ends in b, and
// the older check halves the measure script's split makes B (16c, 17c, 19c, 19d, 21c). Figures only, never sentences,
// so a round can watch the check without reading it. Refuses the sealed sets. Usage:
// With --headlines, headline items (`genre: headline`) and the other items are also pooled apart (headline.ts).
//   pnpm exec node --conditions=@casenote/source test/corpus/real/measure-check-pool.ts [--category=deficit] [--per-file] [--headlines]
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLinter, type Diagnostic as Finding } from '@casenote/lint';
import { parse } from 'yaml';
import { refuseSealed } from './dev-files.ts';
import { headlineParts, headlinesApart } from './headline.ts';

interface Item {
  text?: unknown;
  expect?: string;
  category?: string;
  genre?: string;
}

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const category = args.find((arg) => arg.startsWith('--category='))?.slice('--category='.length) ?? 'deficit';
const perFile = args.includes('--per-file');
const olderCheckHalves = ['16c', '17c', '19c', '19d', '21c'];
const files = readdirSync(here)
  .filter((name) => {
    const match = /^dev-language-(\w+)\.yml$/.exec(name);
    return match !== null && (match[1]?.endsWith('b') || olderCheckHalves.includes(match[1] ?? ''));
  })
  .sort()
  .map((name) => join(here, name));
refuseSealed(files);

const linter = createLinter({ analysis: false } as never);
const harmful = new Set(['victim-blaming', 'deficit']);
const pct = (hit: number, total: number) => (total ? `${((100 * hit) / total).toFixed(1)} % (${hit}/${total})` : '-');
interface Scored {
  genre?: string;
  any: boolean;
  right: boolean;
}
const scored: Scored[] = [];
for (const file of files) {
  const items = (parse(readFileSync(file, 'utf8')) as Item[] | null) ?? [];
  let fileTotal = 0;
  let fileHit = 0;
  for (const item of items) {
    if (item.expect !== 'flagged' || item.category !== category || typeof item.text !== 'string') continue;
    const found = (linter.lint(item.text) as Finding[]).filter((finding) => harmful.has(finding.category));
    const any = found.length > 0;
    scored.push({ genre: item.genre, any, right: found.some((finding) => finding.category === category) });
    fileTotal++;
    if (any) fileHit++;
  }
  if (perFile && fileTotal) console.log(`${file.slice(here.length + 1)} | ${pct(fileHit, fileTotal)}`);
}
for (const [label, part] of headlineParts(scored, headlinesApart())) {
  const anyHarmful = part.filter((item) => item.any).length;
  const rightFamily = part.filter((item) => item.right).length;
  console.log(
    `pooled check halves (${files.length} files), ${category} items${label === 'all items' ? '' : `, ${label}`}`,
  );
  console.log(`  a victim-blaming or deficit finding: ${pct(anyHarmful, part.length)}`);
  console.log(`  a ${category} finding: ${pct(rightFamily, part.length)}`);
}
