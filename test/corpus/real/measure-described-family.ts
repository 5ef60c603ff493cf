// What the `described: family` condition decides on every sentence of the dev files (language, clean, jargon and
// passages; never a sealed set) that holds "hostile", "hostility" or "chaotic": met (said of the family), unknown, or not
// met (said of someone outside it), read alone and read with the other items of its document as one note (so a pronoun
// can be followed back). The condition is asked through a probe pack on stand-in words ("frosty", "frostiness",
// "haphazard"), as labels-said-of-family.test.ts does, since the built-in `hostile` and `chaotic` do not use it.
// Prints one tab-separated row per sentence (file, label, alone, in note, text) and the counts by label.
// Usage: pnpm exec node --conditions=@casenote/source test/corpus/real/measure-described-family.ts
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter, type Diagnostic, type RuleEntry } from '@casenote/lint';
import { parse } from 'yaml';
import { refuseSealed } from './dev-files.ts';

interface Item {
  text: string;
  expect?: string;
  doc?: string;
}

const probe = [
  {
    id: 'probe-described-family',
    category: 'readability',
    family: 'other',
    severity: 'warning',
    patterns: ['frosty', 'frostiness', 'haphazard'],
    suggestions: ['angry'],
    explanation: 'A probe of the described: family condition on the dev files.',
    sources: ['https://westcheshirechildrenstrust.co.uk/our-way-of-working/our-shared-language'],
    when: { described: 'family' },
    otherwise: { severity: 'info', unknown: ['described'] },
  },
] as unknown as RuleEntry[];
const linter = createLinter({
  analysis: false,
  categories: { deficit: 'off', 'victim-blaming': 'off', jargon: 'off' },
  extraRules: [{ name: 'probe.yml', rules: probe }],
});
const stand = (text: string): string =>
  text
    .replace(/hostility/gi, 'frostiness')
    .replace(/hostile/gi, 'frosty')
    .replace(/chaotic/gi, 'haphazard');
const verdictWord = /\b(?:hostil\w*|chaotic)\b/i;
const reading = (found: readonly Diagnostic[]): string =>
  found.length === 0 ? 'unmet' : found.map((d) => (d.severity === 'warning' ? 'met' : 'unknown')).join('+');

const here = import.meta.dirname;
const files = readdirSync(here)
  .filter((name) => /^dev-.*\.yml$/.test(name))
  .sort();
refuseSealed(files);

/** A file's items in order: a passage (with `sentences`) is one item of its own. */
function itemsOf(file: string): Item[] {
  const data = parse(readFileSync(join(here, file), 'utf8')) as unknown;
  if (!Array.isArray(data)) return [];
  return data.map((entry: Item & { sentences?: unknown }, index) =>
    entry.sentences ? { text: entry.text, doc: `${file}#${index}` } : entry,
  );
}

const counts = new Map<string, number>();
for (const file of files) {
  const items = itemsOf(file);
  let start = 0;
  while (start < items.length) {
    const key = items[start]?.doc;
    let end = start + 1;
    while (key !== undefined && end < items.length && items[end]?.doc === key) end++;
    let note = '';
    const spans: Array<[number, number]> = [];
    for (let index = start; index < end; index++) {
      if (note) note += '\n\n';
      const text = stand(items[index]?.text ?? '');
      spans.push([note.length, note.length + text.length]);
      note += text;
    }
    const inNote = linter.lint(note);
    for (let index = start; index < end; index++) {
      const item = items[index];
      if (!item || !verdictWord.test(item.text)) continue;
      const [from, to] = spans[index - start] as [number, number];
      const alone = reading(linter.lint(stand(item.text)));
      const together = reading(inNote.filter((d) => d.from >= from && d.to <= to));
      const label = item.expect ?? '-';
      counts.set(
        `${label}\talone ${alone}\tnote ${together}`,
        (counts.get(`${label}\talone ${alone}\tnote ${together}`) ?? 0) + 1,
      );
      console.log(`${file}\t${label}\t${alone}\t${together}\t${item.text.replace(/\s+/g, ' ')}`);
    }
    start = end;
  }
}
console.log('\nlabel\talone\tin note\tsentences');
for (const [key, count] of [...counts].sort()) console.log(`${key}\t${count}`);
