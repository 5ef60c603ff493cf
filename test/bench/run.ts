// `pnpm bench`: engine speed against alex on the same notes, then (unless --engine-only) the editor
// benchmark in Chromium. Prints figures; it asserts nothing.
import { existsSync } from 'node:fs';
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
const time = (work: () => unknown): number => {
  const start = performance.now();
  work();
  return performance.now() - start;
};

const compileStart = performance.now();
const linter = createLinter();
const compileMs = performance.now() - compileStart;
// the rule packs alone, without the whole-note analysis added by issue 4
const packsOnly = createLinter({ analysis: false });

console.log(
  `Engine benchmark: @casenote/lint against alex 11 (plain text), same process, alternating, median of ${runs} runs`,
);
console.log(`Node ${process.version}; compiling the built-in packs once: ${compileMs.toFixed(1)} ms\n`);
console.log(
  '| words  | rule packs (ms) | full lint + note analysis (ms) | alex (ms) | ratio packs / alex | ratio full / alex | findings (full) | alex findings |',
);
console.log(
  '| ------ | --------------- | ------------------------------ | --------- | ------------------ | ----------------- | --------------- | ------------- |',
);
for (const words of [10_000, 50_000]) {
  const note = generateNote(words);
  // warm both up once
  const findings = linter.lint(note).length;
  const alexFindings = alexText(note).messages.length;
  packsOnly.lint(note);
  const packs: number[] = [];
  const ours: number[] = [];
  const theirs: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    packs.push(time(() => packsOnly.lint(note)));
    ours.push(time(() => linter.lint(note)));
    theirs.push(time(() => alexText(note)));
  }
  const packsMedian = median(packs);
  const oursMedian = median(ours);
  const theirsMedian = median(theirs);
  console.log(
    `| ${String(words).padEnd(6)} | ${packsMedian.toFixed(1).padStart(15)} | ${oursMedian.toFixed(1).padStart(30)} | ${theirsMedian.toFixed(1).padStart(9)} | ${(packsMedian / theirsMedian).toFixed(3).padStart(18)} | ${(oursMedian / theirsMedian).toFixed(3).padStart(17)} | ${String(findings).padStart(15)} | ${String(alexFindings).padStart(13)} |`,
  );
}
console.log('\nTarget: ratio ≤ 0.25 at 10,000 words (aim 0.1).');
console.log('Median wall time per lint of the same text; machine load from other processes shifts both sides alike.');

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

await runPart('editor', './editor-bench.ts', 'runEditorBench');
await runPart('paste', './paste-bench.ts', 'runPasteBench');
await runPart('audit', './audit-bench.ts', 'runAuditBench');
await runPart('bundle size', './bundle-size.ts', 'runBundleSizeBench');
await runPart('first lint', './first-lint.ts', 'runFirstLintBench');
