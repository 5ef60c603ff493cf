// Who the "suffers from" family of rules is said of, on the dev files (the lead's question of the thirty-third session:
// should "the mother suffers from depression" stay flagged?). Every firing of a rule whose id holds "suffer" on a clean
// or a flagged item, with the sentence's subject read by a word list: the nearest person word before the finding in its
// sentence (a child's age under 18 or "young"/"little" before it, or a child word: child, son, girl, teenager …; an
// adult word: mother, father, parent, woman …), looking past
// "who", "he", "she" and possessives; none found is "unknown". Counts by subject and label, with the documents counted.
// Figures only unless --sentences, which prints tune files only, or --clean-lines, which prints the file and line of every
// clean item such a rule flags, in any dev file, with no text (for relabelling by the convention: deficit40). Refuses
// the sealed sets. Usage:
//   pnpm exec node --conditions=@casenote/source test/corpus/real/measure-suffers-subject.ts [--sentences|--clean-lines]
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLinter, type Diagnostic as Finding } from '@casenote/lint';
import { parse } from 'yaml';
import { surveyFiles } from './dev-files.ts';

interface Item {
  text?: unknown;
  expect?: string;
  doc?: string;
  source?: string;
}
type Subject = 'child' | 'adult' | 'unknown';

const here = dirname(fileURLToPath(import.meta.url));
const printSentences = process.argv.includes('--sentences');
const printCleanLines = process.argv.includes('--clean-lines');
const childWords =
  /^(child|children|childs|boy|boys|girl|girls|son|sons|daughter|daughters|baby|babies|infant|infants|toddler|teen|teens|teenager|teenagers|youngster|youngsters|pupil|pupils|student|students|kid|kids|minor|minors|juvenile|juveniles|sibling|siblings|brother|sister|youth|adolescent|adolescents|newborn)$/i;
const adultWords =
  /^(mother|mothers|mum|mums|mom|father|fathers|dad|dads|parent|parents|woman|women|man|men|wife|husband|partner|carer|carers|grandmother|grandfather|grandparents|grandparent|aunt|uncle|adult|adults|mr|mrs|ms|miss|stepfather|stepmother|guardian|teacher|nurse|worker|appellant|male|female|defendant)$/i;
const isCheckFile = (file: string) => /[bcd]\.yml$/.test(file) || /dev-language-(11|12)\.yml$/.test(file);

const childAge =
  /\b(?:[1-9]|1[0-7]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)[- ]years?[- ]old\b|\((?:[1-9]|1[0-7])\)|\b(?:young|little)\b/i;

function subjectOf(text: string, from: number): Subject {
  const before = text.slice(0, from);
  if (childAge.test(before)) return 'child';
  const sentenceStart = Math.max(before.lastIndexOf('. '), before.lastIndexOf('; '), -1) + 1;
  const words = before
    .slice(sentenceStart)
    .split(/[^A-Za-z’']+/)
    .filter(Boolean)
    .map((word) => word.replace(/[’']s$/i, ''));
  for (let index = words.length - 1; index >= 0; index--) {
    const word = words[index] ?? '';
    if (childWords.test(word)) return 'child';
    if (adultWords.test(word)) return 'adult';
  }
  return 'unknown';
}

const linter = createLinter({ analysis: false } as never);
const counts = new Map<string, { items: number; docs: Set<string>; tune: number; check: number }>();
const lines: string[] = [];
for (const file of surveyFiles(here)) {
  const raw = readFileSync(file, 'utf8');
  const items = (parse(raw) as Item[] | null) ?? [];
  const name = file.slice(here.length + 1);
  for (const item of items) {
    if (typeof item.text !== 'string') continue;
    const text = item.text;
    const found = (linter.lint(text) as Finding[]).filter((finding) => /suffer/.test(finding.ruleId ?? ''));
    if (!found.length) continue;
    const label = item.expect === 'flagged' ? 'flagged' : 'clean';
    const subject = subjectOf(text, found[0]?.from ?? 0);
    const key = `${subject} | ${label}`;
    const row = counts.get(key) ?? { items: 0, docs: new Set<string>(), tune: 0, check: 0 };
    counts.set(key, row);
    row.items++;
    row.docs.add(`${name}|${item.doc ?? item.source ?? text}`);
    if (isCheckFile(name)) row.check++;
    else row.tune++;
    if (printCleanLines && label === 'clean')
      lines.push(`${name}:${raw.slice(0, raw.indexOf(text.slice(0, 30))).split('\n').length}`);
    if (printSentences && !isCheckFile(name))
      lines.push(`${subject} ${label} ${found.map((finding) => finding.ruleId).join(',')} :: ${name} :: ${text}`);
  }
}
console.log('subject | label | items | documents | tune files | check files');
for (const [key, row] of [...counts].sort(([a], [b]) => a.localeCompare(b)))
  console.log(`${key} | ${row.items} | ${row.docs.size} | ${row.tune} | ${row.check}`);
for (const line of lines) console.log(line);
