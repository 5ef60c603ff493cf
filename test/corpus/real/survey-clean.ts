// Every language finding on the CLEAN items of the dev sets, by cause: which rule fired on which words, in how
// many documents and files. For finding the false alarms real clean writing triggers and judging a change by
// document (tune on some files, check on the others). Refuses the sealed held-out sets.
// Usage: pnpm exec node --conditions=@casenote/source test/corpus/real/survey-clean.ts [--sentences] [--no-hints] [--substring] [FILE...]
// --no-hints leaves out findings of severity hint (a host that shows hints apart, or not at all). The labelled
// phrase is found on word boundaries (phrase-span.ts); --substring finds it as before, by its letters alone.
// Without files: every dev-clean, dev-language and dev-jargon file here, and the clean items of the older corpora.
// A file whose items carry `half: a|b` (dev-clean-11.yml) is reported as two rows, one per half. Beside the clean
// items each row gives recall on the file's flagged items (any language finding in the labelled family; jargon also
// on the labelled phrase), so a change is judged on both. Publishers are counted by the source URL's host.
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLinter, type Diagnostic as Finding } from '@casenote/lint';
import { parse } from 'yaml';
import { refuseSealed, surveyFiles } from './dev-files.ts';
import { phraseSpan, substringFlag } from './phrase-span.ts';

interface Item {
  text?: unknown;
  expect?: string;
  category?: string;
  phrase?: string;
  doc?: string;
  source?: string;
  half?: string;
}

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const substring = substringFlag(args);
const sentences = args.includes('--sentences');
const noHints = args.includes('--no-hints');
const named = args.filter((arg) => !arg.startsWith('--'));
const files = named.length > 0 ? named : surveyFiles(here);
refuseSealed(files);

const linter = createLinter({ analysis: false });
const language = new Set(['victim-blaming', 'deficit', 'jargon']);
const causes = new Map<string, { firings: number; docs: Set<string>; hosts: Set<string>; files: Set<string> }>();
const lines: string[] = [];
const host = (url: string | undefined): string => {
  try {
    return new URL(url ?? '').hostname.replace(/^www\./, '');
  } catch {
    return url ?? '';
  }
};
/** A labelled flagged item is caught when a finding is in its family (victim-blaming and deficit count together). */
function caught(item: Item, found: Finding[]): { family: boolean; onPhrase: boolean } {
  const text = item.text as string;
  const wanted = (category: string): boolean =>
    item.category === 'jargon' ? category === 'jargon' : category !== 'jargon';
  const { start, end } = phraseSpan(text, item.phrase ?? '', { substring });
  return {
    family: found.some((finding) => wanted(finding.category)),
    onPhrase: found.some((finding) => wanted(finding.category) && finding.from < end && finding.to > start),
  };
}
console.log('file | clean items | flagged by any language rule | flagged items caught (family) | jargon on phrase');
const rows: Array<[string, Item[]]> = [];
for (const file of files) {
  const short = relative(join(here, '..'), file);
  const items = (parse(readFileSync(file, 'utf8')) ?? []) as Item[];
  const halves = [...new Set(items.map((item) => item.half).filter((half) => half !== undefined))].sort();
  if (halves.length === 0) rows.push([short, items]);
  for (const half of halves) rows.push([`${short} (${half})`, items.filter((item) => item.half === half)]);
}
for (const [short, items] of rows) {
  let clean = 0;
  let alarms = 0;
  let flagged = 0;
  let family = 0;
  let jargon = 0;
  let onPhrase = 0;
  for (const item of items) {
    if (typeof item.text !== 'string') continue;
    const text = item.text;
    const found = linter
      .lint(text)
      .filter((finding) => language.has(finding.category) && !(noHints && finding.severity === 'hint'));
    if (item.expect === 'flagged' && item.category && language.has(item.category)) {
      const hit = caught(item, found);
      flagged += 1;
      if (hit.family) family += 1;
      if (item.category === 'jargon') {
        jargon += 1;
        if (hit.onPhrase) onPhrase += 1;
      }
      continue;
    }
    if (item.expect !== 'clean') continue;
    clean += 1;
    if (found.length > 0) alarms += 1;
    for (const finding of found) {
      const cause = `${finding.ruleId} “${text.slice(finding.from, finding.to).toLowerCase()}”`;
      const entry = causes.get(cause) ?? { firings: 0, docs: new Set(), hosts: new Set(), files: new Set() };
      causes.set(cause, entry);
      entry.firings += 1;
      entry.docs.add(item.doc ?? item.source ?? text);
      entry.hosts.add(host(item.source));
      entry.files.add(short);
      if (sentences) lines.push(`${cause} [${short}] ${text}`);
    }
  }
  console.log(`${short} | ${clean} | ${alarms} | ${family}/${flagged} | ${onPhrase}/${jargon}`);
}
console.log('\ncause | firings | documents | publishers | files');
const sorted = [...causes].sort(([, a], [, b]) => b.firings - a.firings || b.docs.size - a.docs.size);
for (const [cause, { firings, docs, hosts, files: where }] of sorted)
  console.log(`${cause} | ${firings} | ${docs.size} | ${hosts.size} | ${[...where].join(', ')}`);
for (const line of lines) console.log(line);
