// Measurement of the DEV passage sets for the written-to-the-child analysis (readable, tunable). Prints the
// figures the to-child-real test checks and, with --verbose, each passage and sentence the analysis gets wrong.
// Refuses anything under test/corpus/heldout/ (sealed).
// Usage: pnpm exec node --conditions=@casenote/source test/corpus/real/measure-passages.ts [--verbose] [--names-only] [--no-ciphers] FILE...
import { readFileSync } from 'node:fs';
import { analyseNote, type NoteAnalysis } from '@casenote/lint';
import { parse } from 'yaml';
import { alignLabelledSentences, hostContextOf, hostOptionsFromArgs, labelledKind } from '../load-corpus.ts';

// --names-only, --no-ciphers: the host context's options (`hostOptionsFromArgs`, load-corpus.ts)
const hostOptions = hostOptionsFromArgs(process.argv);

interface Labelled {
  text: string;
  kind: string;
  addressee: string;
  voice: string;
}
interface Passage {
  text: string;
  child?: { name?: string; age?: number; pronouns?: 'she' | 'he' | 'they'; cipher?: string };
  household?: string[];
  writtenToChild: boolean;
  sentences: Labelled[];
}

const verbose = process.argv.includes('--verbose');
const files = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
if (files.some((file) => file.includes('heldout')))
  throw new Error('the held-out sets are sealed: measure dev files only');

const percent = (part: number, whole: number) =>
  whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)} % (${part}/${whole})`;

const passages = files.flatMap((file) => parse(readFileSync(file, 'utf8')) as Passage[]);
const f = { named: 0, bare: 0, sentences: 0, kind: 0, kindBare: 0, addressee: 0, tp: 0, fp: 0, fn: 0 };
const wrong: string[] = [];
for (const passage of passages) {
  const named = analyseNote(passage.text, hostContextOf(passage, hostOptions));
  const bare = analyseNote(passage.text);
  const toChild = (analysis: NoteAnalysis) => (analysis.summary.writtenToChildShare ?? 0) >= 0.5;
  if (toChild(named) === passage.writtenToChild) f.named += 1;
  else wrong.push(`PASSAGE (named) should be writtenToChild=${passage.writtenToChild}: ${passage.text.slice(0, 100)}`);
  if (toChild(bare) === passage.writtenToChild) f.bare += 1;
  else
    wrong.push(
      `PASSAGE (no context) should be writtenToChild=${passage.writtenToChild}: ${passage.text.slice(0, 100)}`,
    );
  const bareAligned = alignLabelledSentences(passage, bare);
  for (const [index, { label, found }] of alignLabelledSentences(passage, named).entries()) {
    f.sentences += 1;
    if (labelledKind(found) === label.kind) f.kind += 1;
    else wrong.push(`  kind ${label.kind}, got ${labelledKind(found)}: ${label.text}`);
    const bareFound = bareAligned[index]?.found;
    if (labelledKind(bareFound) === label.kind) f.kindBare += 1;
    else wrong.push(`  kind (no context) ${label.kind}, got ${labelledKind(bareFound)}: ${label.text}`);
    if (found?.addressee === label.addressee) f.addressee += 1;
    else wrong.push(`  addressee ${label.addressee}, got ${found?.addressee}: ${label.text}`);
    const detected = found?.voice === 'child';
    if (label.voice === 'child' && detected) f.tp += 1;
    else if (detected) {
      f.fp += 1;
      wrong.push(`  voice false positive (${label.voice}): ${label.text}`);
    } else if (label.voice === 'child') {
      f.fn += 1;
      wrong.push(`  voice missed: ${label.text}`);
    }
  }
}
console.log(`passages ${passages.length}, sentences ${f.sentences}`);
console.log(
  `passages right: named ${percent(f.named, passages.length)}; no context ${percent(f.bare, passages.length)}`,
);
console.log(`sentence kind: named ${percent(f.kind, f.sentences)}; no context ${percent(f.kindBare, f.sentences)}`);
console.log(`addressee (named) ${percent(f.addressee, f.sentences)}`);
console.log(`child's voice (named): precision ${percent(f.tp, f.tp + f.fp)}, recall ${percent(f.tp, f.tp + f.fn)}`);
if (verbose) console.log(wrong.join('\n'));
