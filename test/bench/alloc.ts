// `pnpm bench:alloc`: megabytes allocated by one lint of the bench's 10,000-word note, the full lint and
// the rule packs alone, after 12 warm-up lints (as the bench's measured runs meet it). Run with a young
// generation larger than a lint allocates (the script's flags), so no collection falls inside a lint and
// the heap's growth over the call is what it allocated. Prints figures; it asserts nothing.
import { getHeapStatistics } from 'node:v8';
import { createLinter } from '@casenote/lint';
import { generateNote } from './generate-note.ts';

const collect = (globalThis as { gc?: () => void }).gc;
if (!collect) throw new Error('run with --expose-gc (pnpm bench:alloc sets the flags)');
const note = generateNote(10_000);
const used = (): number => getHeapStatistics().used_heap_size;
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[values.length >> 1] as number;

for (const [label, linter] of [
  ['full lint', createLinter()],
  ['rule packs alone', createLinter({ analysis: false })],
] as const) {
  for (let warm = 0; warm < 12; warm += 1) linter.lint(note);
  const sizes: number[] = [];
  for (let run = 0; run < 7; run += 1) {
    collect();
    const before = used();
    linter.lint(note);
    sizes.push((used() - before) / 1e6);
  }
  console.log(
    `${label}: ${median(sizes).toFixed(2)} MB allocated per lint of 10,000 words (median of 7: ${sizes.map((size) => size.toFixed(2)).join(', ')})`,
  );
}
