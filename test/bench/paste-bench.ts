// Pasting 1 MB of ordinary paragraphs into the 20,000-word note on the bare host page, checking on
// the page and in a Web Worker. Times the paste itself (ProseMirror parsing and drawing it: the
// browser's own cost), then every long task (over 50 ms, from the browser's Long Tasks API) until
// the pasted text is checked and analysed, and a keystroke right after. Prints figures; asserts nothing.
import type { Page } from 'playwright-core';
import { attempt, FIRST_LINT_TIMEOUT, waitWithProgress } from './bench-wait.ts';
import { withBenchPage } from './editor-bench.ts';
import { buildHostPage } from './host-page/build-host-page.ts';

/** Characters pasted. */
export const PASTE_SIZE = 1_000_000;

interface PasteFigures {
  paragraphs: number;
  characters: number;
  /** The synchronous `pasteHTML` call: parsing the HTML and drawing the new paragraphs. */
  pasteMs: number;
}

interface AfterPaste {
  longTasks: number[];
  checkedAfterMs: number;
  analysedAfterMs: number | null;
  findings: number;
  keystrokeMs: number;
}

/** Pastes `size` characters of numbered paragraphs at the end of the note and starts watching long tasks. */
export async function paste(page: Page, size: number): Promise<PasteFigures> {
  return page.evaluate((characters) => {
    type BenchEditor = {
      view: { pasteHTML(html: string): boolean; focus(): void };
      commands: { focus(position: 'end'): boolean };
      on(
        event: 'transaction',
        listener: (props: { transaction: { doc: unknown; getMeta(key: string): unknown } }) => void,
      ): void;
    };
    const editor = (document.querySelector('.ProseMirror') as Element & { editor: BenchEditor }).editor;
    const sentences = [
      'I visited you at your placement on Tuesday and we talked about school and your friends.',
      'Your mum said the contact on Saturday went well and you played football in the park.',
      'We talked about the LAC review next month and what you would like to say there.',
      'You told me you feel safe at home now and that you like your new bedroom.',
    ];
    const parts: string[] = [];
    let length = 0;
    for (let index = 0; length < characters; index += 1) {
      const text = `Pasted visit ${index + 1}. ${sentences[index % sentences.length]}`;
      parts.push(`<p>${text}</p>`);
      length += text.length;
    }
    const bench = window as unknown as { __pasteBench: { longTasks: number[]; analysedAt: number | null } };
    bench.__pasteBench = { longTasks: [], analysedAt: null };
    editor.commands.focus('end');
    const started = performance.now();
    editor.view.pasteHTML(parts.join(''));
    const ended = performance.now();
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        if (entry.startTime >= ended) bench.__pasteBench.longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
    editor.on('transaction', ({ transaction }) => {
      const meta = transaction.getMeta('caseNoteLint$') as { type?: string; doc?: unknown } | undefined;
      // Only an analysis of the note as it is now (one begun before the paste is dropped as stale).
      if (meta?.type === 'analysis' && meta.doc === transaction.doc && bench.__pasteBench.analysedAt === null)
        bench.__pasteBench.analysedAt = performance.now() - ended;
    });
    (window as unknown as { __pasteEnded: number }).__pasteEnded = ended;
    return { paragraphs: parts.length, characters: length, pasteMs: ended - started };
  }, size);
}

export async function afterPaste(page: Page): Promise<AfterPaste> {
  if (await isPlain(page)) return afterPlainPaste(page);
  await waitWithProgress(
    page,
    () =>
      !(
        document.querySelector('.ProseMirror') as Element & {
          editor: { storage: { caseNoteLint: { checking: boolean } } };
        }
      ).editor.storage.caseNoteLint.checking,
    undefined,
    { timeout: FIRST_LINT_TIMEOUT, label: 'the pasted paragraphs to be checked' },
  );
  const checkedAfterMs = await page.evaluate(
    () => performance.now() - (window as unknown as { __pasteEnded: number }).__pasteEnded,
  );
  // The whole-note analysis follows after a pause and idle time; a slow one is reported, not waited for forever.
  await waitWithProgress(
    page,
    () => (window as unknown as { __pasteBench: { analysedAt: number | null } }).__pasteBench.analysedAt !== null,
    undefined,
    { timeout: FIRST_LINT_TIMEOUT, label: 'the whole-note analysis after the paste' },
  ).catch(() => undefined);
  const keystrokeMs = await page.evaluate(async () => {
    const start = performance.now();
    const editor = (
      document.querySelector('.ProseMirror') as Element & {
        editor: { commands: { insertContentAt(pos: number, text: string): boolean } };
      }
    ).editor;
    editor.commands.insertContentAt(1, 'A');
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return performance.now() - start;
  });
  return page.evaluate(
    ({ checkedAfterMs, keystrokeMs }) => {
      const bench = (window as unknown as { __pasteBench: { longTasks: number[]; analysedAt: number | null } })
        .__pasteBench;
      const editor = (
        document.querySelector('.ProseMirror') as Element & {
          editor: { storage: { caseNoteLint: { diagnostics: unknown[] } } };
        }
      ).editor;
      return {
        longTasks: bench.longTasks,
        checkedAfterMs,
        analysedAfterMs: bench.analysedAt,
        findings: editor.storage.caseNoteLint.diagnostics.length,
        keystrokeMs,
      };
    },
    { checkedAfterMs, keystrokeMs },
  );
}

/** Whether the page is the StarterKit-only baseline (`?plain`: no case-note extension). */
const isPlain = (page: Page): Promise<boolean> =>
  page.evaluate(
    () =>
      !(document.querySelector('.ProseMirror') as Element & { editor: { storage: Record<string, unknown> } }).editor
        .storage.caseNoteLint,
  );

/** The baseline's figures: the long tasks of the next two seconds (the browser drawing the paste), then a keystroke. */
async function afterPlainPaste(page: Page): Promise<AfterPaste> {
  await page.waitForTimeout(2000);
  return page.evaluate(async () => {
    const start = performance.now();
    const editor = (
      document.querySelector('.ProseMirror') as Element & {
        editor: { commands: { insertContentAt(pos: number, text: string): boolean } };
      }
    ).editor;
    editor.commands.insertContentAt(1, 'A');
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const keystrokeMs = performance.now() - start;
    const bench = (window as unknown as { __pasteBench: { longTasks: number[] } }).__pasteBench;
    return { longTasks: bench.longTasks, checkedAfterMs: 0, analysedAfterMs: null, findings: 0, keystrokeMs };
  });
}

async function benchPaste(root: string, pagePath: string, label: string): Promise<void> {
  await withBenchPage(root, pagePath, async (page, browserVersion) => {
    if (pagePath.includes('plain')) {
      await waitWithProgress(page, () => document.querySelector('.ProseMirror p') !== null, undefined, {
        timeout: FIRST_LINT_TIMEOUT,
        label: 'the plain editor to load',
      });
      const pasted = await paste(page, PASTE_SIZE);
      const after = await afterPlainPaste(page);
      console.log(`Paste benchmark: ${label} in headless Chromium ${browserVersion}`);
      console.log(`- the paste itself: ${pasted.pasteMs.toFixed(0)} ms`);
      console.log(
        `- then ${after.longTasks.length} long tasks (the browser drawing it), the longest ${Math.max(0, ...after.longTasks).toFixed(0)} ms`,
      );
      console.log(`- then a keystroke, input to drawn: ${after.keystrokeMs.toFixed(1)} ms\n`);
      return;
    }
    await waitWithProgress(page, () => window.__caseNoteBench.firstLint !== null, undefined, {
      timeout: FIRST_LINT_TIMEOUT,
      label: 'the first full lint of the note',
    });
    const pasted = await paste(page, PASTE_SIZE);
    const after = await afterPaste(page);
    const longest = after.longTasks.length > 0 ? Math.max(...after.longTasks) : 0;
    console.log(`Paste benchmark: ${label} in headless Chromium ${browserVersion}`);
    console.log(
      `${(pasted.characters / 1_000_000).toFixed(2)} MB in ${pasted.paragraphs.toLocaleString('en-GB')} paragraphs pasted at the end of the 20,000-word note; ${after.findings.toLocaleString('en-GB')} findings afterwards.`,
    );
    console.log(`- the paste itself (ProseMirror parsing and drawing it): ${pasted.pasteMs.toFixed(0)} ms`);
    console.log(
      `- after it: ${after.longTasks.length} long tasks (over 50 ms), the longest ${longest.toFixed(0)} ms (target: none over 1,000 ms)`,
    );
    console.log(`- every pasted paragraph checked ${after.checkedAfterMs.toFixed(0)} ms after the paste`);
    console.log(
      `- whole-note analysis drawn ${after.analysedAfterMs === null ? 'not within the wait' : `${after.analysedAfterMs.toFixed(0)} ms after the paste`}`,
    );
    console.log(`- then a keystroke, input to drawn: ${after.keystrokeMs.toFixed(1)} ms\n`);
  });
}

/** The paste benchmark on the bare host page, checking on the page and then in a Web Worker. */
export async function runPasteBench(): Promise<void> {
  console.log('Building the bare host page…');
  const hostPage = await buildHostPage();
  // PASTE_BENCH_PAGE=index.html?extension times one variant of the host page instead (see host-page/main.tsx).
  const only = process.env.PASTE_BENCH_PAGE;
  if (only) {
    await attempt(`Paste benchmark (${only})`, () => benchPaste(hostPage, only, `bare host page ${only}`));
    return;
  }
  await attempt('Paste benchmark (on the page)', () =>
    benchPaste(hostPage, 'index.html', 'bare host page, checking on the page'),
  );
  await attempt('Paste benchmark (Web Worker)', () =>
    benchPaste(hostPage, 'index.html?worker', 'bare host page, checking in a Web Worker'),
  );
  await attempt('Paste benchmark (baseline)', () =>
    benchPaste(hostPage, 'index.html?plain', 'baseline: TipTap with StarterKit only, no case-note extension'),
  );
}

// `node --conditions=@casenote/source test/bench/paste-bench.ts` runs it on its own.
if (import.meta.url === `file://${process.argv[1]}`) await runPasteBench();
