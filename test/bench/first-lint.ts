// Startup cost of the engine a host pays once: in a fresh Node process, the time to import the built
// @casenote/lint and the time of the first `lint()` of a short note (decoding the rule data and
// compiling the packs happen there). Median of several processes. Run after `pnpm build`, alone
// (`node test/bench/first-lint.ts`) or as part of `pnpm bench`. It asserts nothing.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const processes = Number(process.env.BENCH_RUNS ?? 7);

const probe = `
const { performance } = await import('node:perf_hooks');
const start = performance.now();
const { lint } = await import('@casenote/lint');
const imported = performance.now();
lint('SW visited Jade at the placement. She is LAC and was not brought to her appointment.');
const first = performance.now();
lint('Mum said Jade is doing well at school.');
const second = performance.now();
console.log(JSON.stringify({ importMs: imported - start, firstMs: first - imported, secondMs: second - first }));
`;

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[values.length >> 1] as number;

export function runFirstLintBench(): void {
  const runs: { importMs: number; firstMs: number; secondMs: number }[] = [];
  for (let index = 0; index < processes; index += 1) {
    // the built package, as a host runs it (no source condition)
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', probe], {
      cwd: root,
      encoding: 'utf8',
    });
    runs.push(JSON.parse(output.trim().split('\n').at(-1) as string));
  }
  console.log(`First lint in a fresh Node process (built packages, median of ${processes} processes)\n`);
  console.log('| import @casenote/lint | first lint() (decode + compile + lint) | second lint() |');
  console.log('| --- | --- | --- |');
  const at = (key: 'importMs' | 'firstMs' | 'secondMs') => `${median(runs.map((run) => run[key])).toFixed(1)} ms`;
  console.log(`| ${at('importMs')} | ${at('firstMs')} | ${at('secondMs')} |`);
}

if (import.meta.url === `file://${process.argv[1]}`) runFirstLintBench();
