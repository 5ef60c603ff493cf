// `pnpm bench:profile`: where the editor's main-thread time goes, on the bare host page built
// unminified (so functions keep their names) with Chromium's sampling profiler on. By default it
// profiles the benchmark's 200 keystrokes and their re-checks; with `--first-lint` it profiles the
// page load up to the first findings drawn instead, and with `--paste` the 1 MB paste of the paste
// benchmark and everything after it up to the keystroke that follows. Prints the share of each package and the
// functions with the most self time, and keeps the whole profile in test/artifacts/ (open it in
// Chromium's DevTools, Performance panel). Time the browser spends outside JavaScript (style,
// layout, paint, native editing) shows as "(program)".
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { repoRoot } from '../e2e/storybook-server.ts';
import { attachToEditor, KEYSTROKES, typeAt, withBenchPage } from './editor-bench.ts';
import { buildHostPage } from './host-page/build-host-page.ts';
import { afterPaste, paste, PASTE_SIZE } from './paste-bench.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const firstLint = process.argv.includes('--first-lint');
const pasting = process.argv.includes('--paste');
const hostPath = process.argv.find((arg) => arg.startsWith('index.html')) ?? 'index.html';

/** Which part of the page a script URL belongs to, from its path in the unminified build. */
function owner(url: string, name: string): string {
  if (url === '') return name.startsWith('(') ? name : '(native)';
  const ours = url.match(/packages\/(\w+)\//);
  if (ours) return `@casenote/${ours[1]}`;
  const dependency = url.match(/node_modules\/(?:\.pnpm\/)?(@?[^/@]+(?:\/[^/@]+)?)/);
  return dependency?.[1] ?? path.basename(url);
}

function report(profile: Profile, label: string): void {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfTime = new Map<number, number>();
  for (const [index, id] of profile.samples.entries()) {
    selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
  }
  const functions = new Map<string, number>();
  const owners = new Map<string, number>();
  let total = 0;
  for (const [id, ms] of selfTime) {
    const { functionName, url, lineNumber } = (byId.get(id) as ProfileNode).callFrame;
    if (functionName === '(idle)') continue;
    total += ms;
    const key = `${functionName || '(anonymous)'}  ${url ? `${path.basename(url)}:${lineNumber + 1}` : ''}`;
    functions.set(key, (functions.get(key) ?? 0) + ms);
    const part = owner(url, functionName);
    owners.set(part, (owners.get(part) ?? 0) + ms);
  }
  const top = (map: Map<string, number>, count: number) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([key, ms]) => `${ms.toFixed(1).padStart(9)} ms  ${((100 * ms) / total).toFixed(1).padStart(5)} %  ${key}`);
  console.log(`Busy main-thread time, ${label}: ${total.toFixed(0)} ms (idle left out)\n`);
  console.log('By package:');
  console.log(top(owners, 15).join('\n'));
  console.log('\nFunctions with the most self time:');
  console.log(top(functions, 40).join('\n'));
}

async function startProfiler(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  return cdp;
}

function save(profile: Profile, name: string): void {
  const out = path.join(repoRoot, 'test/artifacts', name);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(profile));
  console.log(`\nWhole profile: ${path.relative(repoRoot, out)}`);
}

process.env.CASENOTE_BENCH_MINIFY = '0';
const pageRoot = await buildHostPage();
let loading: CDPSession | null = null;
await withBenchPage(
  pageRoot,
  hostPath,
  async (page) => {
    await page.waitForFunction(() => window.__caseNoteBench.firstLint !== null, undefined, { timeout: 60_000 });
    if (loading) {
      const { profile } = (await loading.send('Profiler.stop')) as unknown as { profile: Profile };
      report(profile, 'page load to the first findings drawn');
      save(profile, 'editor-first-lint.cpuprofile');
      return;
    }
    if (pasting) {
      const cdp = await startProfiler(page);
      await paste(page, PASTE_SIZE);
      const after = await afterPaste(page);
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
      const longest = Math.max(0, ...after.longTasks);
      report(profile, `a 1 MB paste and what follows (longest task ${longest.toFixed(0)} ms)`);
      save(profile, `editor-paste${hostPath.includes('worker') ? '-worker' : ''}.cpuprofile`);
      return;
    }
    const targets = await attachToEditor(page, KEYSTROKES);
    const cdp = await startProfiler(page);
    for (const [index, target] of targets.entries()) {
      await typeAt(page, target, index);
      await page.waitForFunction((done) => window.__caseNoteBench.lintTasks.length > done, index, { timeout: 10_000 });
    }
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    report(profile, `${KEYSTROKES} keystrokes and their re-checks`);
    save(profile, 'editor-keystrokes.cpuprofile');
  },
  firstLint
    ? async (page) => {
        loading = await startProfiler(page);
      }
    : undefined,
);
