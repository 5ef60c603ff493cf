// `pnpm bench`: engine speed against alex on the same notes, then (unless --engine-only) the editor
// benchmark in Chromium. Prints figures; it asserts nothing.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { text as alexText } from 'alex';
import { createLinter } from '@casenote/lint';
import { generateNote } from './generate-note.ts';

const runs = Number(process.env.BENCH_RUNS ?? 7);
const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};
/** CPU time of one call (this process's user + system time): on a shared machine wall time also counts other work. */
const cpuTime = (work: () => unknown): number => {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};
const load = (): string =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(', ');

const compileStart = performance.now();
const linter = createLinter();
const compileMs = performance.now() - compileStart;
// the rule packs alone, without the whole-note analysis added by issue 4
const packsOnly = createLinter({ analysis: false });

console.log(
  `Engine benchmark: @casenote/lint against alex 11 (plain text), same process, in turn, median CPU time of ${runs} runs`,
);
console.log(`Node ${process.version}; compiling the built-in packs once: ${compileMs.toFixed(1)} ms`);
console.log(`Machine load (1, 5, 15 min) at the start: ${load()} on ${availableParallelism()} cores\n`);
console.log(
  '| words  | rule packs (ms CPU) | full lint: packs + note analysis (ms CPU) | alex (ms CPU) | packs / alex | full lint / alex | findings (full) | alex findings |',
);
console.log(
  '| ------ | ------------------- | ----------------------------------------- | ------------- | ------------ | ---------------- | --------------- | ------------- |',
);
const ratios: string[] = [];
/** Median CPU time of each job over `runs` rounds, the jobs taking turns to go first. */
function measure(jobs: ReadonlyArray<() => unknown>): number[] {
  const times = jobs.map((): number[] => []);
  // each run starts with the next one, so no side always runs after another's garbage
  for (let run = 0; run < runs; run += 1)
    for (let index = 0; index < jobs.length; index += 1) {
      const job = (run + index) % jobs.length;
      (times[job] as number[]).push(cpuTime(jobs[job] as () => unknown));
    }
  return times.map(median);
}
for (const words of [10_000, 50_000]) {
  const note = generateNote(words);
  // warm all three up (three runs each: an editor lints the same note again and again)
  const findings = linter.lint(note).length;
  const alexFindings = alexText(note).messages.length;
  for (let warm = 0; warm < 3; warm += 1) {
    packsOnly.lint(note);
    linter.lint(note);
    if (warm > 0) alexText(note);
  }
  const [packsMedian, oursMedian, theirsMedian] = measure([
    () => packsOnly.lint(note),
    () => linter.lint(note),
    () => alexText(note),
  ]) as [number, number, number];
  const packsRatio = (packsMedian / theirsMedian).toFixed(3);
  const fullRatio = (oursMedian / theirsMedian).toFixed(3);
  if (words === 10_000) ratios.push(`full lint ${fullRatio} × alex`, `rule packs alone ${packsRatio} × alex`);
  console.log(
    `| ${String(words).padEnd(6)} | ${packsMedian.toFixed(1).padStart(19)} | ${oursMedian.toFixed(1).padStart(41)} | ${theirsMedian.toFixed(1).padStart(13)} | ${packsRatio.padStart(12)} | ${fullRatio.padStart(16)} | ${String(findings).padStart(15)} | ${String(alexFindings).padStart(13)} |`,
  );
}
console.log(`\nAt 10,000 words: ${ratios.join('; ')} (target: full lint ≤ 0.15 × alex).`);
// an editor lints the same note again and again: the same measure once both sides have had many more
// warm-up runs, printed beside the figure above (which stays the bench's figure), every side alike
const moreWarmUps = Number(process.env.BENCH_MORE_WARMUPS ?? 30);
if (moreWarmUps > 0) {
  const note = generateNote(10_000);
  for (let warm = 0; warm < moreWarmUps; warm += 1) {
    packsOnly.lint(note);
    linter.lint(note);
    alexText(note);
  }
  const [packsMedian, oursMedian, theirsMedian] = measure([
    () => packsOnly.lint(note),
    () => linter.lint(note),
    () => alexText(note),
  ]) as [number, number, number];
  console.log(
    `After ${moreWarmUps} more warm-up runs of each side (not the bench's figure; as an editor linting one note again and again), 10,000 words: full lint ${oursMedian.toFixed(1)} ms, rule packs ${packsMedian.toFixed(1)} ms, alex ${theirsMedian.toFixed(1)} ms CPU: full lint ${(oursMedian / theirsMedian).toFixed(3)} × alex, rule packs alone ${(packsMedian / theirsMedian).toFixed(3)} × alex.`,
  );
}
// the linter remembers a finding's fitted fixes by the text around it (fit/remembered.ts), which an
// editor re-linting a note after each pause gains from; a note the linter has never seen (the CLI on a
// new file, a pasted note) gains nothing: each of these notes is linted once. A finding's fixes are
// checked when its suggestions are first read (src/finding-fixes.ts), so the full lint is also timed
// on other new notes with every finding's suggestions read, as the CLI does and a worker before it posts
const unseen = { ours: [] as number[], packs: [] as number[], theirs: [] as number[], read: [] as number[] };
const readEvery = (found: ReturnType<typeof linter.lint>): number => {
  let count = 0;
  for (const diagnostic of found) count += diagnostic.suggestions.length;
  return count;
};
for (let seed = 2; seed < 2 + runs; seed += 1) {
  const note = generateNote(10_000, seed);
  const other = generateNote(10_000, seed + 100);
  const third = generateNote(10_000, seed + 200);
  unseen.packs.push(cpuTime(() => packsOnly.lint(other)));
  unseen.ours.push(cpuTime(() => linter.lint(note)));
  unseen.read.push(cpuTime(() => readEvery(linter.lint(third))));
  unseen.theirs.push(cpuTime(() => alexText(note)));
}
{
  const [ours, packs, theirs, read] = [unseen.ours, unseen.packs, unseen.theirs, unseen.read].map(median) as [
    number,
    number,
    number,
    number,
  ];
  console.log(
    `Notes never linted before (${runs} different 10,000-word notes, each linted once by each side; the rule packs alone on others again): rule packs ${packs.toFixed(1)} ms, full lint ${ours.toFixed(1)} ms, alex ${theirs.toFixed(1)} ms CPU: rule packs alone ${(packs / theirs).toFixed(3)} × alex, full lint ${(ours / theirs).toFixed(3)} × alex; full lint with every suggestion read (on others again) ${read.toFixed(1)} ms, ${(read / theirs).toFixed(3)} × alex.`,
  );
}
console.log(
  `Full lint is what lint() and Linter.check do in the editor and the CLI: every pack and the note analysis. Machine load at the end: ${load()}.`,
);

/** Runs one benchmark; if it fails, prints why and goes on to the next, so the figures already printed stand. */
async function runPart(name: string, file: string, exportName: string): Promise<void> {
  const url = new URL(file, import.meta.url);
  if (process.argv.includes('--engine-only') || !existsSync(url)) return;
  console.log('');
  try {
    const part = (await import(url.href)) as Record<string, () => Promise<void>>;
    await part[exportName]?.();
  } catch (error) {
    console.log(`\nThe ${name} benchmark stopped: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}

// the audit, bundle-size and first-lint benchmarks measure the built packages a host installs: built
// now, so they never measure a stale build or stop for want of one
if (!process.argv.includes('--engine-only')) {
  console.log('\nBuilding the packages (`pnpm build`) for the benchmarks of the built packages…');
  try {
    execSync('pnpm build', { stdio: 'ignore' });
  } catch {
    console.log('`pnpm build` failed: the audit, bundle-size and first-lint benchmarks will say so.');
  }
}
await runPart('editor', './editor-bench.ts', 'runEditorBench');
await runPart('paste', './paste-bench.ts', 'runPasteBench');
await runPart('audit', './audit-bench.ts', 'runAuditBench');
await runPart('bundle size', './bundle-size.ts', 'runBundleSizeBench');
await runPart('first lint', './first-lint.ts', 'runFirstLintBench');
