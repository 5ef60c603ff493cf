// `pnpm bench:cold`: what a page's first check of a long note costs, phase by phase, in fresh Node processes (source
// build, CPU time, median of BENCH_RUNS processes, 7 by default). Each process imports @casenote/lint, makes a linter
// as the editor does (`analysis: false`) and lints one short sentence (decoding the rule data, building the matcher),
// lints the 20,000-word benchmark note paragraph by paragraph as the editor checks it (matching, the rule conditions,
// whom each paragraph is written to, fitting the fixes a finding's range needs), then analyses the whole note once
// (which the editor does afterwards, in idle time and in slices: not part of the page's first-lint figure). Most of
// this is V8 compiling code and regular expressions for the first time, which a warmed-up process no longer pays: run
// it under `--cpu-prof` (one process: BENCH_RUNS=1) to see where it goes. Prints figures; asserts nothing.
// Two notes, each in processes of its own, taken in turn: the note written about the child in the third person, as
// most case notes are (the editor bench's and the Storybook long note), and the note that says "you" to the child in
// about a third of its sentences (`generate-note.ts`, the engine bench's). `--child --note=to-child` (or
// `--note=about-child`) runs one process by hand, e.g. under `--cpu-prof`.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { generateLongNoteParagraphs } from '../../stories/fixtures/notes.ts';
import { generateNote } from './generate-note.ts';

type Phase = 'import' | 'linter' | 'paragraphs' | 'analysis';
const phases: Phase[] = ['import', 'linter', 'paragraphs', 'analysis'];
const cpu = (): number => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};

/** The two notes, by the name printed beside their figures: each as the paragraphs the editor checks one by one. */
const notes = {
  'about-child': {
    name: "written about the child (third person, the editor bench's note)",
    paragraphs: () => generateLongNoteParagraphs(20_000),
  },
  'to-child': {
    name: 'says "you" to the child (generate-note.ts, the engine bench\'s)',
    paragraphs: () => generateNote(20_000).split('\n\n'),
  },
} as const;
type NoteKey = keyof typeof notes;

/** One fresh process's figures (the child's side). */
async function measure(note: NoteKey): Promise<Record<Phase, number> & { findings: number }> {
  const paragraphs = notes[note].paragraphs();
  const start = cpu();
  const { createLinter, analyseNote } = await import('@casenote/lint');
  const imported = cpu();
  const linter = createLinter({ analysis: false });
  linter.lint('SW visited Jade at the placement.');
  const made = cpu();
  let findings = 0;
  for (const paragraph of paragraphs) findings += linter.lint(paragraph).length;
  const linted = cpu();
  analyseNote(paragraphs.join('\n\n'));
  const analysed = cpu();
  return {
    import: imported - start,
    linter: made - imported,
    paragraphs: linted - made,
    analysis: analysed - linted,
    findings,
  };
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[values.length >> 1] as number;

const noteArgument = process.argv.find((arg) => arg.startsWith('--note='))?.slice('--note='.length);
if (process.argv.includes('--child'))
  console.log(JSON.stringify(await measure((noteArgument ?? 'about-child') as NoteKey)));
else if (import.meta.url === `file://${process.argv[1]}`) {
  const runs = Number(process.env.BENCH_RUNS ?? 7);
  const script = fileURLToPath(import.meta.url);
  const keys = Object.keys(notes) as NoteKey[];
  const results = new Map<NoteKey, Array<Record<Phase, number> & { findings: number }>>(keys.map((key) => [key, []]));
  for (let index = 0; index < runs; index += 1)
    for (const key of keys) {
      const output = execFileSync(process.execPath, [...process.execArgv, script, '--child', `--note=${key}`], {
        encoding: 'utf8',
      });
      results.get(key)?.push(JSON.parse(output.trim().split('\n').at(-1) as string));
    }
  const load = (await import('node:os')).loadavg().map((value) => value.toFixed(2));
  console.log(
    `A page's first check of a 20,000-word note in fresh Node processes (source build, median CPU ms of ${runs} each, the notes in turn)`,
  );
  console.log(`Machine load (1, 5, 15 min) at the end: ${load.join(', ')}\n`);
  console.log(
    '| note | import | linter + one sentence | every paragraph (as the editor) | note analysis (after, in idle time) | findings |',
  );
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const key of keys) {
    const runsOfNote = results.get(key) ?? [];
    const cells = phases.map((phase) => median(runsOfNote.map((result) => result[phase])).toFixed(1));
    console.log(`| ${notes[key].name} | ${cells.join(' | ')} | ${runsOfNote[0]?.findings ?? 0} |`);
  }
}
