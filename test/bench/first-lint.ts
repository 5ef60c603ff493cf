// Startup cost of the engine a host pays once: in a fresh Node process, the time to import the built
// @casenote/lint and the time of the first `lint()` of a short note (decoding the rule data and
// compiling the packs happen there). Median of several processes. Run after `pnpm build`, alone
// (`node test/bench/first-lint.ts`) or as part of `pnpm bench`. It asserts nothing.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const processes = Number(process.env.BENCH_RUNS ?? 7);

// wall time, and the process's CPU time (which a busy machine disturbs far less)
const probe = `
const { performance } = await import('node:perf_hooks');
const cpu = () => { const used = process.cpuUsage(); return (used.user + used.system) / 1000; };
const start = [performance.now(), cpu()];
const { lint } = await import('@casenote/lint');
const imported = [performance.now(), cpu()];
lint('SW visited Jade at the placement. She is LAC and was not brought to her appointment.');
const first = [performance.now(), cpu()];
lint('Mum said Jade is doing well at school.');
const second = [performance.now(), cpu()];
const span = (a, b, i) => b[i] - a[i];
console.log(JSON.stringify({
  importMs: span(start, imported, 0), firstMs: span(imported, first, 0), secondMs: span(first, second, 0),
  importCpu: span(start, imported, 1), firstCpu: span(imported, first, 1), secondCpu: span(first, second, 1),
}));
`;

type Run = Record<'importMs' | 'firstMs' | 'secondMs' | 'importCpu' | 'firstCpu' | 'secondCpu', number>;

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[values.length >> 1] as number;

export function runFirstLintBench(): void {
  const runs: Run[] = [];
  for (let index = 0; index < processes; index += 1) {
    // the built package, as a host runs it (no source condition)
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', probe], {
      cwd: root,
      encoding: 'utf8',
    });
    runs.push(JSON.parse(output.trim().split('\n').at(-1) as string));
  }
  console.log(`First lint in a fresh Node process (built packages, median of ${processes} processes)\n`);
  console.log('| time | import @casenote/lint | first lint() (decode + compile + lint) | second lint() |');
  console.log('| --- | --- | --- | --- |');
  const at = (key: keyof Run) => `${median(runs.map((run) => run[key])).toFixed(1)} ms`;
  console.log(`| wall | ${at('importMs')} | ${at('firstMs')} | ${at('secondMs')} |`);
  console.log(`| CPU | ${at('importCpu')} | ${at('firstCpu')} | ${at('secondCpu')} |`);
}

if (import.meta.url === `file://${process.argv[1]}`) runFirstLintBench();
