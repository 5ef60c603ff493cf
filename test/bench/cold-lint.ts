// `pnpm bench:cold`: what a page's first check of a long note costs, phase by phase, in fresh Node processes (source
// build, CPU time, median of BENCH_RUNS processes, 7 by default). Each process imports @casenote/lint, makes a linter
// as the editor does (`analysis: false`) and lints one short sentence (decoding the rule data, building the matcher),
// lints the 20,000-word benchmark note paragraph by paragraph as the editor checks it (matching, the rule conditions,
// whom each paragraph is written to, fitting the fixes a finding's range needs), then analyses the whole note once
// (which the editor does afterwards, in idle time and in slices: not part of the page's first-lint figure). Most of
// this is V8 compiling code and regular expressions for the first time, which a warmed-up process no longer pays: run
// it under `--cpu-prof` (one process: BENCH_RUNS=1) to see where it goes. Prints figures; asserts nothing.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { generateNote } from './generate-note.ts';

type Phase = 'import' | 'linter' | 'paragraphs' | 'analysis';
const phases: Phase[] = ['import', 'linter', 'paragraphs', 'analysis'];
const cpu = (): number => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};

/** One fresh process's figures (the child's side). */
async function measure(): Promise<Record<Phase, number> & { findings: number }> {
  const start = cpu();
  const { createLinter, analyseNote } = await import('@casenote/lint');
  const imported = cpu();
  const linter = createLinter({ analysis: false });
  linter.lint('SW visited Jade at the placement.');
  const made = cpu();
  let findings = 0;
  for (const paragraph of generateNote(20_000).split('\n\n')) findings += linter.lint(paragraph).length;
  const linted = cpu();
  analyseNote(generateNote(20_000));
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

if (process.argv.includes('--child')) console.log(JSON.stringify(await measure()));
else if (import.meta.url === `file://${process.argv[1]}`) {
  const runs = Number(process.env.BENCH_RUNS ?? 7);
  const script = fileURLToPath(import.meta.url);
  const results: Array<Record<Phase, number> & { findings: number }> = [];
  for (let index = 0; index < runs; index += 1) {
    const output = execFileSync(process.execPath, [...process.execArgv, script, '--child'], { encoding: 'utf8' });
    results.push(JSON.parse(output.trim().split('\n').at(-1) as string));
  }
  const load = (await import('node:os')).loadavg().map((value) => value.toFixed(2));
  console.log(
    `A page's first check of the 20,000-word note in fresh Node processes (source build, median CPU ms of ${runs})`,
  );
  console.log(`Machine load (1, 5, 15 min) at the end: ${load.join(', ')}\n`);
  console.log(
    '| import | linter + one sentence | every paragraph (as the editor) | note analysis (after, in idle time) | findings |',
  );
  console.log('| --- | --- | --- | --- | --- |');
  const cells = phases.map((phase) => median(results.map((result) => result[phase])).toFixed(1));
  console.log(`| ${cells.join(' | ')} | ${results[0]?.findings ?? 0} |`);
}
