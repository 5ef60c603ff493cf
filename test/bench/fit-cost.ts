// `node --conditions=@casenote/source test/bench/fit-cost.ts`: what fitting one-click fixes costs on
// notes never linted before, and what the TipTap extension pays for it before its first underlines.
// A finding's fixes are fitted when its `suggestions` are first read (packages/lint/src/finding-fixes.ts).
// For each of 15 new 10,000-word notes, split into paragraphs as the editor checks them (each on its
// own, without the note analysis), it times in CPU: linting every paragraph; copying every finding as
// the extension's checker once did (`{ ...finding }`, which reads the suggestions) and as it does now
// (`copyFinding`, which leaves them to be fitted when first read); and reading every suggestion
// afterwards. Each note is linted twice by separate linters, one per way of copying. Prints figures;
// asserts nothing. Run it under `--cpu-prof` to see where the fitting goes.
import { createLinter, type Diagnostic } from '@casenote/lint';
import { copyFinding } from '../../packages/tiptap/src/utils/copyFinding.ts';
import { generateNote } from './generate-note.ts';

const notes = Number(process.env.BENCH_RUNS ?? 15);
const cpu = (work: () => unknown): number => {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[values.length >> 1] as number;
const readEvery = (found: readonly Diagnostic[]): number => {
  let count = 0;
  for (const finding of found) count += finding.suggestions.length;
  return count;
};
const lintParagraphs = (linter: ReturnType<typeof createLinter>, note: string): Diagnostic[] =>
  note.split('\n\n').flatMap((paragraph) => linter.lint(paragraph));

const spreadLinter = createLinter({ analysis: false });
const lazyLinter = createLinter({ analysis: false });
const warm = generateNote(10_000);
for (let run = 0; run < 4; run += 1)
  for (const linter of [spreadLinter, lazyLinter]) readEvery(lintParagraphs(linter, warm));

const times = { lint: [] as number[], spread: [] as number[], lazy: [] as number[], read: [] as number[] };
let findings = 0;
for (let seed = 3000; seed < 3000 + notes; seed += 1) {
  const note = generateNote(10_000, seed);
  let found: Diagnostic[] = [];
  times.lint.push(cpu(() => (found = lintParagraphs(lazyLinter, note))));
  findings += found.length;
  let copies: Diagnostic[] = [];
  times.lazy.push(cpu(() => (copies = found.map((finding) => copyFinding(finding, { from: finding.from + 1 })))));
  times.read.push(cpu(() => readEvery(copies)));
  const again = lintParagraphs(spreadLinter, note);
  times.spread.push(cpu(() => again.map((finding) => ({ ...finding, from: finding.from + 1 }))));
}
const [lint, spread, lazy, read] = [times.lint, times.spread, times.lazy, times.read].map(median) as number[];
console.log(
  `${notes} new 10,000-word notes, paragraph by paragraph (${Math.round(findings / notes)} findings a note), median CPU ms a note:`,
);
console.log(`  lint every paragraph ${lint?.toFixed(1)}`);
console.log(`  copy every finding with a spread (reads every suggestion: the fitting) ${spread?.toFixed(1)}`);
console.log(
  `  copy every finding with copyFinding ${lazy?.toFixed(1)}; then read every suggestion ${read?.toFixed(1)}`,
);
