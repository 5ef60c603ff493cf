// Every language finding on the CLEAN items of the dev sets, by cause: which rule fired on which words, in how
// many documents and files. For finding the false alarms real clean writing triggers and judging a change by
// document (tune on some files, check on the others). Refuses the sealed held-out sets.
// Usage: pnpm exec node --conditions=@casenote/source test/corpus/real/survey-clean.ts [--sentences] [FILE...]
// Without files: every dev-clean, dev-language and dev-jargon file here, and the clean items of the older corpora.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLinter } from '@casenote/lint';
import { parse } from 'yaml';

interface Item {
  text?: unknown;
  expect?: string;
  doc?: string;
  source?: string;
}
interface Finding {
  category: string;
  ruleId: string;
  from: number;
  to: number;
}

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const sentences = args.includes('--sentences');
const named = args.filter((arg) => !arg.startsWith('--'));
const files =
  named.length > 0
    ? named
    : [
        ...readdirSync(here)
          .filter((name) => /^dev-(clean|language|jargon)-?.*\.yml$/.test(name))
          .sort()
          .map((name) => join(here, name)),
        ...['holdout.yml', 'holdout-2.yml', 'jargon-real.yml', 'vb-real.yml'].map((name) => join(here, '..', name)),
      ];
if (files.some((file) => file.includes('heldout'))) throw new Error('the held-out sets are sealed: dev files only');

const linter = createLinter({ analysis: false });
const language = new Set(['victim-blaming', 'deficit', 'jargon']);
const causes = new Map<string, { firings: number; docs: Set<string>; files: Set<string> }>();
const lines: string[] = [];
console.log('file | clean items | flagged by any language rule');
for (const file of files) {
  const short = relative(join(here, '..'), file);
  const items = (parse(readFileSync(file, 'utf8')) ?? []) as Item[];
  let clean = 0;
  let alarms = 0;
  for (const item of items) {
    if (typeof item.text !== 'string' || item.expect !== 'clean') continue;
    const text = item.text;
    clean += 1;
    const found = (linter.lint(text) as Finding[]).filter((finding) => language.has(finding.category));
    if (found.length > 0) alarms += 1;
    for (const finding of found) {
      const cause = `${finding.ruleId} “${text.slice(finding.from, finding.to).toLowerCase()}”`;
      const entry = causes.get(cause) ?? { firings: 0, docs: new Set(), files: new Set() };
      causes.set(cause, entry);
      entry.firings += 1;
      entry.docs.add(item.doc ?? item.source ?? text);
      entry.files.add(short);
      if (sentences) lines.push(`${cause} [${short}] ${text}`);
    }
  }
  console.log(`${short} | ${clean} | ${alarms}`);
}
console.log('\ncause | firings | documents | files');
const sorted = [...causes].sort(([, a], [, b]) => b.firings - a.firings || b.docs.size - a.docs.size);
for (const [cause, { firings, docs, files: where }] of sorted)
  console.log(`${cause} | ${firings} | ${docs.size} | ${[...where].join(', ')}`);
for (const line of lines) console.log(line);
