// Child's-voice figures of DEV passage files, one row per file and (with --by-doc) per document, and with
// --verbose every missed and falsely found sentence with its document and the reading's speaker and reason.
// Refuses anything under test/corpus/heldout*/ (sealed).
// Usage: pnpm exec node --conditions=@casenote/source test/corpus/real/measure-voice.ts [--verbose] [--by-doc] [--bare] [--names-only] [--no-ciphers] FILE...
// (a child the document names only by a cipher, `child.cipher`, gets the cipher as the name; --no-ciphers: not)
import { readFileSync } from 'node:fs';
import { analyseNote, type NoteContext } from '@casenote/lint';
import { parse } from 'yaml';
import { alignLabelledSentences, hostContextOf, hostOptionsFromArgs } from '../load-corpus.ts';

interface Passage {
  text: string;
  doc?: string;
  child?: { name?: string; age?: number; pronouns?: 'she' | 'he' | 'they'; cipher?: string };
  household?: string[];
  writer?: 'child';
  sentences: Array<{ text: string; voice: string }>;
}

const flags = new Set(process.argv.slice(2).filter((arg) => arg.startsWith('--')));
const files = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
if (files.some((file) => file.includes('heldout')))
  throw new Error('the held-out sets are sealed: measure dev files only');

// (the host context comes from `hostContextOf`, the one home for every measure: a passage the child wrote carries
// `writer: child`, a passage whose document names the child by pronoun only gets the pronoun with a stand-in name;
// --names-only measures as before the thirty-third session, pronoun-only passages with no child)
const hostOptions = hostOptionsFromArgs(process.argv);
const contextOf = (passage: Passage): NoteContext => (flags.has('--bare') ? {} : hostContextOf(passage, hostOptions));

const figure = (tp: number, fp: number, fn: number) => {
  const p = tp + fp === 0 ? 'n/a' : `${((100 * tp) / (tp + fp)).toFixed(1)}`;
  const r = tp + fn === 0 ? 'n/a' : `${((100 * tp) / (tp + fn)).toFixed(1)}`;
  return `P ${p} % (${tp}/${tp + fp})  R ${r} % (${tp}/${tp + fn})`;
};

const total = { tp: 0, fp: 0, fn: 0 };
for (const file of files) {
  const passages = parse(readFileSync(file, 'utf8')) as Passage[];
  const counts = { tp: 0, fp: 0, fn: 0 };
  const byDoc = new Map<string, { tp: number; fp: number; fn: number }>();
  const lines: string[] = [];
  for (const passage of passages) {
    const analysis = analyseNote(passage.text, contextOf(passage));
    const doc = passage.doc ?? '?';
    const docCounts = byDoc.get(doc) ?? { tp: 0, fp: 0, fn: 0 };
    byDoc.set(doc, docCounts);
    for (const { label, found } of alignLabelledSentences(passage, analysis)) {
      const detected = found?.voice === 'child';
      const key = label.voice === 'child' ? (detected ? 'tp' : 'fn') : detected ? 'fp' : null;
      if (!key) continue;
      counts[key] += 1;
      docCounts[key] += 1;
      if (key !== 'tp')
        lines.push(
          `  ${key === 'fn' ? 'MISS' : `FALSE(${label.voice})`} [${doc.slice(0, 50)}] ${label.text}  {${found?.voice}/${found?.speaker}: ${found?.reason}}`,
        );
    }
  }
  total.tp += counts.tp;
  total.fp += counts.fp;
  total.fn += counts.fn;
  console.log(`${file.replace(/.*\//, '').padEnd(24)} ${figure(counts.tp, counts.fp, counts.fn)}  docs ${byDoc.size}`);
  if (flags.has('--by-doc'))
    for (const [doc, c] of byDoc)
      if (c.tp + c.fp + c.fn > 0) console.log(`    ${doc.slice(0, 70).padEnd(70)} ${figure(c.tp, c.fp, c.fn)}`);
  if (flags.has('--verbose')) console.log(lines.join('\n'));
}
console.log(`${'all'.padEnd(24)} ${figure(total.tp, total.fp, total.fn)}`);
