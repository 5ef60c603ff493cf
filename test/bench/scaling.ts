// `pnpm bench:scaling`: lint time for 10 KB, 100 KB and 1 MB of adversarial shapes of text, and the
// ratio of the 1 MB time to the 100 KB time (linear work gives about 10; the target is ≤ 15). Prints
// figures; it asserts nothing. `SCALING_SIZES=10,100` limits the sizes (in KB); a size that would take
// longer than `SCALING_BUDGET_S` (default 300 s) even growing linearly from the size before is skipped.
import { performance } from 'node:perf_hooks';
import { createLinter } from '@casenote/lint';
import { generateNote } from './generate-note.ts';

const KB = 1024;
const sizes = (process.env.SCALING_SIZES ?? '10,100,1024').split(',').map((size) => Number(size) * KB);
const budgetMs = Number(process.env.SCALING_BUDGET_S ?? 300) * 1000;

/** Repeats `unit` (or calls it) until the text is `size` characters long, then cuts it there. */
function fill(size: number, unit: (index: number) => string, joiner = ''): string {
  const parts: string[] = [];
  let length = 0;
  for (let index = 0; length < size; index += 1) {
    const part = unit(index);
    parts.push(part);
    length += part.length + joiner.length;
  }
  return parts.join(joiner).slice(0, size);
}

const acronyms = ['LAC', 'CIN', 'CP', 'IRO', 'S47', 'SW', 'PLO', 'CLA', 'EHCP', 'CAMHS'];
const joiners = ['-', '.', "'", '&', '_', ':', '@'];

const shapes: Array<{ name: string; make: (size: number) => string }> = [
  {
    name: 'one long line, no full stops',
    make: (size) => fill(size, () => 'Jade is LAC and the SW said mum was hostile and hard to reach, ', ''),
  },
  {
    name: 'acronyms, one per line',
    make: (size) => fill(size, (index) => acronyms[index % acronyms.length] as string, '\n'),
  },
  { name: 'bare full stops', make: (size) => fill(size, () => '. ', '') },
  {
    name: 'dotted numbers and URLs',
    make: (size) =>
      fill(
        size,
        (index) => `${index}.${index % 7}.${index % 13} https://www.example.org/a.b/c${index}.html v1.2.${index}`,
        ' ',
      ),
  },
  {
    name: 'many quotations',
    make: (size) =>
      fill(size, (index) => `You said "I want to see my brother ${index}" and 'I am fine' then “no”`, ', '),
  },
  {
    name: 'the crash input (one long joined word)',
    make: (size) => fill(size, (index) => `w${index % 10}${joiners[index % joiners.length]}`, ''),
  },
  { name: 'ordinary prose', make: (size) => generateNote(Math.ceil(size / 5)).slice(0, size) },
];

const linter = createLinter();
linter.lint('Warm up: Jade is LAC.');

console.log(`Scaling benchmark: one lint per text, Node ${process.version}`);
console.log('| shape | 10 KB (ms) | 100 KB (ms) | 1 MB (ms) | 1 MB / 100 KB | findings at largest |');
console.log('| ----- | ---------- | ----------- | --------- | ------------- | ------------------- |');
for (const shape of shapes) {
  const times = new Map<number, string>();
  const measured = new Map<number, number>();
  let findings = '';
  for (const size of sizes) {
    // the size before this one: if even linear growth from there would pass the budget, skip
    const previous = [...measured].filter(([measuredSize]) => measuredSize < size).at(-1);
    if (previous !== undefined && (previous[1] * size) / previous[0] > budgetMs) {
      times.set(size, `skipped (>${Math.round(budgetMs / 1000)} s likely)`);
      continue;
    }
    const text = shape.make(size);
    const start = performance.now();
    try {
      findings = String(linter.lint(text).length);
      const elapsed = performance.now() - start;
      measured.set(size, elapsed);
      times.set(size, elapsed.toFixed(0));
    } catch (error) {
      times.set(size, `threw ${error instanceof Error ? error.name : 'error'}`);
      findings = '—';
    }
  }
  const small = measured.get(100 * KB);
  const large = measured.get(1024 * KB);
  const ratio = small !== undefined && large !== undefined ? (large / small).toFixed(1) : '—';
  const cell = (size: number): string => times.get(size * KB) ?? '—';
  console.log(`| ${shape.name} | ${cell(10)} | ${cell(100)} | ${cell(1024)} | ${ratio} | ${findings} |`);
}
console.log('\nTarget: 1 MB / 100 KB ≤ 15 for every shape (linear work gives about 10).');
