// Waiting in the editor benchmarks on a slow or loaded machine: long waits that say what they are
// waiting for, a clear time-out, and parts that fail without stopping the others.
import { errors, type Page } from 'playwright-core';

/** Every wait below is multiplied by this (`BENCH_TIMEOUT_SCALE=3 pnpm bench` on a slow machine). */
export const TIMEOUT_SCALE = Number(process.env.BENCH_TIMEOUT_SCALE) > 0 ? Number(process.env.BENCH_TIMEOUT_SCALE) : 1;
/** Longest wait for the first full lint of the 20,000-word note (a loaded two-core machine takes minutes). */
export const FIRST_LINT_TIMEOUT = 240_000 * TIMEOUT_SCALE;
/** Longest wait for one keystroke's re-check to be drawn (the debounce alone is 300 ms). */
export const RECHECK_TIMEOUT = 60_000 * TIMEOUT_SCALE;
/** How often a long wait says it is still waiting. */
const PROGRESS_EVERY = 15_000;

/** A wait that ran out: the bench reports what it measured so far instead of failing. */
export class BenchTimeout extends Error {}

/**
 * Waits for `predicate` to hold in the page, saying every 15 s what it is still waiting for, and
 * throws a `BenchTimeout` naming it after `timeout` ms.
 */
export async function waitWithProgress<Arg extends number | undefined>(
  page: Page,
  predicate: (arg: Arg) => boolean,
  arg: Arg,
  { timeout, label }: { timeout: number; label: string },
): Promise<void> {
  const started = Date.now();
  for (;;) {
    const left = timeout - (Date.now() - started);
    if (left <= 0)
      throw new BenchTimeout(
        `timed out after ${(timeout / 1000).toFixed(0)} s waiting for ${label} (a slow or busy machine? BENCH_TIMEOUT_SCALE=3 waits three times as long)`,
      );
    try {
      await page.waitForFunction(predicate as (arg: number | undefined) => boolean, arg as number | undefined, {
        timeout: Math.min(PROGRESS_EVERY, left),
      });
      return;
    } catch (error) {
      if (!(error instanceof errors.TimeoutError)) throw error;
      const waited = Date.now() - started;
      if (waited < timeout) console.log(`  … still waiting for ${label} (${(waited / 1000).toFixed(0)} s)`);
    }
  }
}

/** Runs one part of the bench; if it fails, says so and lets the others run. Returns whether it finished. */
export async function attempt(label: string, run: () => Promise<void>): Promise<boolean> {
  try {
    await run();
    return true;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.log(`\n${label}: stopped, ${reason}\n`);
    if (!(error instanceof BenchTimeout)) process.exitCode = 1;
    return false;
  }
}
