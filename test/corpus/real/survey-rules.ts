// Every language rule's false alarms (firings on CLEAN items) against its true finds (firings on FLAGGED items of its
// family, jargon on the labelled phrase), across the dev sets, split into tune files and check files. For asking of
// each rule whether it fires more often on good recording than on what it is for. Refuses the sealed held-out sets.
// Usage: pnpm exec node --conditions=@casenote/source test/corpus/real/survey-rules.ts [--no-hints] [--sentences] [--substring] [--only=RULE,...]
// The labelled phrase is found on word boundaries (phrase-span.ts); --substring finds it by its letters alone. A jargon
// finding is a true find only on the phrase: a phrase not found (absent, or only inside longer words) has none, as in
// measure-jargon.ts and survey-clean.ts (the lead's answer 2, thirty-third session).
// Check files (never read for tuning): names ending in b, c or d before ".yml" (dev-clean-15b, dev-language-17c) and
// the items of split files marked `half: b`. --sentences prints the clean items each rule fires on, from TUNE files only.
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLinter, type Diagnostic as Finding } from '@casenote/lint';
import { parse } from 'yaml';
import { surveyFiles } from './dev-files.ts';
import { phraseSpan, substringFlag } from './phrase-span.ts';

interface Item {
  text?: unknown;
  expect?: string;
  category?: string;
  phrase?: string;
  half?: string;
}
interface Tally {
  alarmsTune: number;
  alarmsCheck: number;
  findsTune: number;
  findsCheck: number;
  severity: string;
  sentences: string[];
}

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const substring = substringFlag(args);
const noHints = args.includes('--no-hints');
const printSentences = args.includes('--sentences');
const only = new Set(
  args
    .filter((arg) => arg.startsWith('--only='))
    .flatMap((arg) => arg.slice('--only='.length).split(','))
    .filter(Boolean),
);
const files = surveyFiles(here);

const linter = createLinter({ analysis: false });
const language = new Set(['victim-blaming', 'deficit', 'jargon']);
const tallies = new Map<string, Tally>();
const tally = (finding: Finding): Tally => {
  const entry = tallies.get(finding.ruleId) ?? {
    alarmsTune: 0,
    alarmsCheck: 0,
    findsTune: 0,
    findsCheck: 0,
    severity: finding.severity ?? '',
    sentences: [],
  };
  tallies.set(finding.ruleId, entry);
  return entry;
};

for (const file of files) {
  const name = file.slice(file.lastIndexOf('/') + 1);
  const checkFile = /[bcd]\.yml$/.test(name);
  const items = (parse(readFileSync(file, 'utf8')) ?? []) as Item[];
  for (const item of items) {
    if (typeof item.text !== 'string') continue;
    const text = item.text;
    const check = checkFile || item.half === 'b';
    const found = linter
      .lint(text)
      .filter((finding) => language.has(finding.category) && !(noHints && finding.severity === 'hint'));
    if (item.expect === 'clean') {
      for (const ruleId of new Set(found.map((finding) => finding.ruleId))) {
        const entry = tally(found.find((finding) => finding.ruleId === ruleId) as Finding);
        if (check) entry.alarmsCheck += 1;
        else {
          entry.alarmsTune += 1;
          entry.sentences.push(`[${name}] ${text}`);
        }
      }
    } else if (item.expect === 'flagged' && item.category && language.has(item.category)) {
      const { start, end } = phraseSpan(text, item.phrase ?? '', { substring });
      const finds = found.filter((finding) =>
        item.category === 'jargon'
          ? finding.category === 'jargon' && finding.from < end && finding.to > start
          : finding.category !== 'jargon',
      );
      for (const ruleId of new Set(finds.map((finding) => finding.ruleId))) {
        const entry = tally(finds.find((finding) => finding.ruleId === ruleId) as Finding);
        if (check) entry.findsCheck += 1;
        else entry.findsTune += 1;
      }
    }
  }
}

console.log('rule | severity | false alarms tune / check | true finds tune / check | alarms outnumber finds');
const rows = [...tallies]
  .filter(([ruleId]) => only.size === 0 || only.has(ruleId))
  .sort(([, a], [, b]) => b.alarmsTune + b.alarmsCheck - (a.alarmsTune + a.alarmsCheck));
for (const [ruleId, t] of rows) {
  if (t.alarmsTune + t.alarmsCheck === 0) continue;
  const alarms = t.alarmsTune + t.alarmsCheck;
  const finds = t.findsTune + t.findsCheck;
  console.log(
    `${ruleId} | ${t.severity} | ${t.alarmsTune} / ${t.alarmsCheck} | ${t.findsTune} / ${t.findsCheck} | ${alarms > finds ? 'yes' : ''}`,
  );
}
if (printSentences)
  for (const [ruleId, t] of rows) for (const sentence of t.sentences) console.log(`${ruleId} ${sentence}`);
