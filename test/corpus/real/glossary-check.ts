// Glossary check: which entries of published jargon-busters (glossary-terms.yml) the engine flags.
// Each term is put in a plain carrier sentence; a jargon finding on the term counts. Entries of the family `plain`
// (words a glossary explains but the project counts as ordinary) are the other way round: any finding on them is a
// false alarm. Development material only.
// The term is found in its carrier on word boundaries (phrase-span.ts); --substring finds it by its letters alone.
// Usage: pnpm exec node --conditions=@casenote/source test/corpus/real/glossary-check.ts [--missed] [--substring] [--enable=RULE] [FILE]
import { readFileSync } from 'node:fs';
import { createLinter } from '@casenote/lint';
import { parse } from 'yaml';
import { phraseSpan, substringFlag } from './phrase-span.ts';

interface Entry {
  term: string;
  family: string;
  source: string;
  sentence?: string;
}
interface Finding {
  category: string;
  from: number;
  to: number;
}

const args = process.argv.slice(2);
const showMissed = args.includes('--missed');
const substring = substringFlag(args);
const file = args.find((arg) => !arg.startsWith('--')) ?? 'test/corpus/real/glossary-terms.yml';
if (file.includes('heldout')) throw new Error('the held-out sets are sealed: use dev material only');
const enabled = args.filter((arg) => arg.startsWith('--enable=')).map((arg) => arg.slice('--enable='.length));
const linter = createLinter({ analysis: false, rules: Object.fromEntries(enabled.map((id) => [id, 'info' as const])) });
const entries = parse(readFileSync(file, 'utf8')) as Entry[];

/** Whether the engine flags the term in its carrier sentence (any language finding for a plain word). */
function isFlagged(entry: Entry): boolean {
  const sentence = entry.sentence ?? `We talked about the ${entry.term} at the visit.`;
  const { start, end } = phraseSpan(sentence, entry.term, { substring });
  const counts = (f: Finding): boolean =>
    entry.family === 'plain' ? f.category !== 'readability' : f.category === 'jargon';
  return (linter.lint(sentence) as Finding[]).some((f) => counts(f) && f.from < end && f.to > start);
}

const byFamily = new Map<string, { flagged: string[]; missed: string[] }>();
for (const entry of entries) {
  const row = byFamily.get(entry.family) ?? { flagged: [], missed: [] };
  (isFlagged(entry) ? row.flagged : row.missed).push(entry.term);
  byFamily.set(entry.family, row);
}
let flagged = 0;
let total = 0;
for (const [family, row] of [...byFamily].sort()) {
  if (family === 'plain') continue;
  flagged += row.flagged.length;
  total += row.flagged.length + row.missed.length;
  const missed = showMissed ? `  missed: ${row.missed.join(', ')}` : '';
  console.log(`${family.padEnd(12)} ${row.flagged.length}/${row.flagged.length + row.missed.length}${missed}`);
}
console.log(`service words flagged: ${flagged}/${total} (${((100 * flagged) / total).toFixed(1)} %)`);
const plain = byFamily.get('plain');
if (plain)
  console.log(
    `plain words flagged (false alarms): ${plain.flagged.length}/${plain.flagged.length + plain.missed.length}: ${plain.flagged.join(', ')}`,
  );
