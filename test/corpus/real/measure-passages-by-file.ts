// Per-file table of the written-to-the-child figures for the DEV passage sets: passages right (child named / no
// context), addressee per sentence (named) and sentence kind (named / no context), with a total per group. Used to
// judge a change on the files it was tuned on and, separately, on the files it was not. Refuses the sealed sets.
// Usage: pnpm exec node --conditions=@casenote/source test/corpus/real/measure-passages-by-file.ts
//          [--tune FILE...] [--check FILE...] [--meter] [--names-only] [--no-ciphers]   (default: every dev-passages*.yml, one
//          group; --meter: the kind the meter counts, quoted words about the child as neutral; --names-only: the host
//          context as before the thirty-third session)
//        FILE#A or FILE#B measures only the passages of that half (`half:` in sets split by publisher).
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { analyseNote, type NoteAnalysis } from '@casenote/lint';
import { parse } from 'yaml';
import { alignLabelledSentences, hostContextOf, hostOptionsFromArgs, labelledKind } from '../load-corpus.ts';

// --names-only, --no-ciphers: the host context's options (`hostOptionsFromArgs`, load-corpus.ts)
const hostOptions = hostOptionsFromArgs(process.argv);

interface Passage {
  text: string;
  child?: { name?: string; age?: number; pronouns?: 'she' | 'he' | 'they' };
  household?: string[];
  writtenToChild: boolean;
  half?: string;
  sentences: Array<{ text: string; kind: string; addressee: string }>;
}
interface Figures {
  passages: number;
  named: number;
  bare: number;
  sentences: number;
  addressee: number;
  kind: number;
  kindBare: number;
}

const args = process.argv.slice(2);
const groups = new Map<string, string[]>();
let group = 'all';
for (const arg of args) {
  if (arg === '--meter' || arg === '--names-only' || arg === '--no-ciphers') continue;
  if (arg === '--tune' || arg === '--check') group = arg.slice(2);
  else groups.set(group, [...(groups.get(group) ?? []), arg]);
}
if (groups.size === 0) {
  const folder = 'test/corpus/real';
  groups.set(
    'all',
    readdirSync(folder)
      .filter((name) => /^dev-passages.*\.yml$/.test(name))
      .map((name) => join(folder, name)),
  );
}
if ([...groups.values()].flat().some((file) => file.includes('heldout')))
  throw new Error('the held-out sets are sealed: measure dev files only');

const toChild = (analysis: NoteAnalysis) => (analysis.summary.writtenToChildShare ?? 0) >= 0.5;
const empty = (): Figures => ({ passages: 0, named: 0, bare: 0, sentences: 0, addressee: 0, kind: 0, kindBare: 0 });

function measure(name: string): Figures {
  const figures = empty();
  const [file = name, half] = name.split('#');
  for (const passage of parse(readFileSync(file, 'utf8')) as Passage[]) {
    if (half && passage.half !== half) continue;
    const named = analyseNote(passage.text, hostContextOf(passage, hostOptions));
    const bare = analyseNote(passage.text);
    figures.passages += 1;
    if (toChild(named) === passage.writtenToChild) figures.named += 1;
    if (toChild(bare) === passage.writtenToChild) figures.bare += 1;
    const bareAligned = alignLabelledSentences(passage, bare);
    for (const [index, { label, found }] of alignLabelledSentences(passage, named).entries()) {
      figures.sentences += 1;
      if (found?.addressee === label.addressee) figures.addressee += 1;
      if (labelledKind(found) === label.kind) figures.kind += 1;
      if (labelledKind(bareAligned[index]?.found) === label.kind) figures.kindBare += 1;
    }
  }
  return figures;
}

const share = (part: number, whole: number) => (whole === 0 ? 'n/a' : ((100 * part) / whole).toFixed(1));
const row = (name: string, f: Figures) =>
  `| ${name} | ${share(f.named, f.passages)} / ${share(f.bare, f.passages)} (${f.named}/${f.passages}) | ` +
  `${share(f.addressee, f.sentences)} (${f.addressee}/${f.sentences}) | ${share(f.kind, f.sentences)} / ${share(f.kindBare, f.sentences)} |`;

console.log('| file | passages right, named / no context | addressee (named) | kind named / no context |');
console.log('| --- | --- | --- | --- |');
for (const [name, files] of groups) {
  const total = empty();
  for (const file of files) {
    const figures = measure(file);
    for (const key of Object.keys(total) as Array<keyof Figures>) total[key] += figures[key];
    console.log(row(`${basename(file).replace('.yml', '')}${name === 'all' ? '' : ` (${name})`}`, figures));
  }
  console.log(row(`all ${name}`, total));
}
