// Sentence kind (to-child / about-child / neutral) against the labels, as a confusion table per group, for the DEV
// passage sets. With --errors FILE, writes every wrong sentence of the TUNE group (never the check group) with the
// sentence before it, the passage's genre and host context, for reading by kind. Refuses the sealed sets.
// Usage: pnpm exec node --conditions=@casenote/source test/corpus/real/measure-kind.ts
//          [--errors FILE] [--names-only] [--no-ciphers]   (tune: A halves and unsplit files; check: B halves, `half: B` passages
//          and 32c)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseNote } from '@casenote/lint';
import { parse } from 'yaml';
import { alignLabelledSentences, hostContextOf, hostOptionsFromArgs, labelledKind } from '../load-corpus.ts';

// --names-only, --no-ciphers: the host context's options (`hostOptionsFromArgs`, load-corpus.ts)
const hostOptions = hostOptionsFromArgs(process.argv);

interface Passage {
  text: string;
  genre?: string;
  child?: { name?: string; age?: number; pronouns?: 'she' | 'he' | 'they'; cipher?: string };
  household?: string[];
  half?: string;
  sentences: Array<{ text: string; kind: string; addressee: string }>;
}

const args = process.argv.slice(2);
const errorsAt = args.indexOf('--errors');
const errorsFile = errorsAt === -1 ? undefined : args[errorsAt + 1];
const folder = 'test/corpus/real';
const files = readdirSync(folder).filter((name) => /^dev-passages.*\.yml$/.test(name));
if (files.some((file) => file.includes('heldout'))) throw new Error('the held-out sets are sealed');
const checkFile = (name: string) => /b\.yml$/.test(name) || name === 'dev-passages-32c.yml';

const kinds = ['to-child', 'about-child', 'neutral'];
type Table = Map<string, number>;
const tables = { tune: { named: new Map(), bare: new Map() }, check: { named: new Map(), bare: new Map() } } as Record<
  'tune' | 'check',
  { named: Table; bare: Table }
>;
const add = (table: Table, key: string) => table.set(key, (table.get(key) ?? 0) + 1);
const lines: string[] = [];
const rows: string[] = [];

for (const name of files) {
  for (const passage of parse(readFileSync(join(folder, name), 'utf8')) as Passage[]) {
    const group = checkFile(name) || passage.half === 'B' ? 'check' : 'tune';
    const context = hostContextOf(passage, hostOptions);
    const named = alignLabelledSentences(passage, analyseNote(passage.text, context));
    const bare = alignLabelledSentences(passage, analyseNote(passage.text));
    for (const [index, { label, found }] of named.entries()) {
      const foundBare = labelledKind(bare[index]?.found) ?? 'missing';
      add(tables[group].named, `${label.kind}>${labelledKind(found) ?? 'missing'}`);
      add(tables[group].bare, `${label.kind}>${foundBare}`);
      if (group !== 'tune' || !errorsFile) continue;
      rows.push(
        JSON.stringify({
          file: name,
          genre: passage.genre,
          child: context.child?.name ?? null,
          label: label.kind,
          before: passage.sentences[index - 1]?.kind ?? null,
          named: labelledKind(found),
          bare: foundBare,
          voice: found?.voice,
          speaker: found?.speaker,
          text: label.text,
        }),
      );
      if (labelledKind(found) === label.kind && foundBare === label.kind) continue;
      lines.push(
        [
          `${name} | ${passage.genre ?? ''} | child ${context.child?.name ?? '-'} ${context.child?.pronouns ?? ''}`,
          `  before: ${passage.sentences[index - 1]?.text ?? '-'}`,
          `  ${label.kind} -> named ${labelledKind(found)} / bare ${foundBare}: ${label.text}`,
        ].join('\n'),
      );
    }
  }
}

for (const [group, { named, bare }] of Object.entries(tables)) {
  for (const [how, table] of [
    ['named', named],
    ['no context', bare],
  ] as const) {
    let right = 0;
    let all = 0;
    for (const [key, count] of table) {
      all += count;
      const [label, found] = key.split('>');
      if (label === found) right += count;
    }
    console.log(`\n${group}, ${how}: ${((100 * right) / all).toFixed(1)} % (${right}/${all})`);
    console.log(`| label \\ engine | ${kinds.join(' | ')} |\n| --- | --- | --- | --- |`);
    for (const label of kinds)
      console.log(`| ${label} | ${kinds.map((found) => table.get(`${label}>${found}`) ?? 0).join(' | ')} |`);
  }
}
if (errorsFile) {
  writeFileSync(errorsFile, `${lines.join('\n')}\n`);
  writeFileSync(`${errorsFile}.jsonl`, `${rows.join('\n')}\n`);
}
