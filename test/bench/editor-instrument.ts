// In-page instrumentation for the editor benchmarks: installed before any page script (see
// `instrumentPage`), read back through `window.__caseNoteBench`.

export interface BenchState {
  /** Results transactions seen (the extension's meta-only transactions that carry new findings). */
  results: number;
  /** Messages posted to a Web Worker (a check sent off the page's thread). */
  posts: number;
  /**
   * Main-thread time of each re-check, in ms: the task that delivered its results plus, with a
   * worker, the task that sent the paragraph to it. Other timers (Storybook's add-ons, for one) are
   * not counted.
   */
  lintTasks: number[];
  /**
   * The first full lint, done when every paragraph has been checked and its findings drawn: the
   * main-thread time of the checking tasks up to then (`duration`; a long note checked on the page
   * goes in slices, each a task; with a worker, the task that sent the note and the one that drew
   * the answer), the longest of them, how long after the first of them the first findings were
   * drawn (`firstDrawn`) and the whole check ended (`wall`; with a worker this includes the
   * worker's own time), and when it ended (ms since navigation).
   */
  firstLint: { duration: number; longest: number; firstDrawn: number; wall: number; endedAt: number } | null;
  /** Running totals of the first lint while it is under way. */
  firstLintWork: { duration: number; longest: number; firstDrawn: number };
  /** Main-thread time of tasks that sent a check to a worker since the last results or keystroke. */
  sent: number;
  /** Start of the first checking task, for the first lint's wall time. */
  firstTaskStart: number;
  /** `performance.now()` at the last keydown. */
  keyStart: number;
  /** Main-thread time from keydown to the edited document being drawn, per keystroke, in ms. */
  keyTasks: number[];
}

declare global {
  interface Window {
    __caseNoteBench: BenchState;
  }
}

/**
 * Runs before any page script: times every `setTimeout` task and every Web Worker message task,
 * each up to the end of the microtasks that follow it (React's re-render, and the promise chain
 * that carries a worker's answer to the editor), and keeps those that did checking work: delivered
 * results to the editor (the extension's debounced run, a worker's answer) or sent a check to a
 * worker.
 */
export function instrumentPage(): void {
  const state: BenchState = {
    results: 0,
    posts: 0,
    lintTasks: [],
    firstLint: null,
    firstLintWork: { duration: 0, longest: 0, firstDrawn: -1 },
    sent: 0,
    firstTaskStart: -1,
    keyStart: 0,
    keyTasks: [],
  };
  window.__caseNoteBench = state;
  type BenchEditor = {
    storage: { caseNoteLint?: { checking: boolean } };
    on(event: 'transaction', listener: (props: { transaction: { meta?: Record<string, unknown> } }) => void): void;
  };
  const findEditor = () =>
    (document.querySelector('.ProseMirror') as (Element & { editor?: BenchEditor }) | null)?.editor;
  // Count results transactions from the start: watch for the editor to appear.
  const watcher = new MutationObserver(() => {
    const editor = findEditor();
    if (!editor) return;
    watcher.disconnect();
    editor.on('transaction', ({ transaction }) => {
      // The extension's PluginKey('caseNoteLint') stores its meta under "caseNoteLint$".
      const meta = transaction.meta?.caseNoteLint$ as { type?: string } | undefined;
      if (meta?.type === 'results') state.results += 1;
    });
  });
  watcher.observe(document, { childList: true, subtree: true });
  /** Enough microtask turns for a promise chain to reach the editor's dispatch. */
  const settle = (hops: number, done: () => void): void => {
    if (hops === 0) done();
    else queueMicrotask(() => settle(hops - 1, done));
  };
  const timed = (handler: (...args: unknown[]) => unknown) =>
    function (this: unknown, ...args: unknown[]) {
      const start = performance.now();
      const resultsBefore = state.results;
      const postsBefore = state.posts;
      try {
        return handler.apply(this, args);
      } finally {
        settle(20, () => {
          const delivered = state.results !== resultsBefore;
          const posted = state.posts !== postsBefore;
          if (!delivered && !posted) return; // not checking work
          const end = performance.now();
          const duration = end - start;
          if (state.firstLint === null) {
            if (state.firstTaskStart < 0) state.firstTaskStart = start;
            const work = state.firstLintWork;
            work.duration += duration;
            work.longest = Math.max(work.longest, duration);
            const drawn = document.querySelector('.casenote-diagnostic') !== null;
            if (drawn && work.firstDrawn < 0) work.firstDrawn = end - state.firstTaskStart;
            if (drawn && findEditor()?.storage.caseNoteLint?.checking === false) {
              state.firstLint = { ...work, wall: end - state.firstTaskStart, endedAt: end };
              state.sent = 0;
            }
          } else if (delivered) {
            state.lintTasks.push(duration + state.sent);
            state.sent = 0;
          } else {
            state.sent += duration;
          }
        });
      }
    };
  const originalSetTimeout = window.setTimeout.bind(window);
  window.setTimeout = ((handler: TimerHandler, timeout?: number, ...args: unknown[]) =>
    typeof handler === 'function'
      ? originalSetTimeout(timed(handler as (...args: unknown[]) => unknown), timeout, ...args)
      : originalSetTimeout(handler, timeout, ...args)) as typeof window.setTimeout;
  const originalAddEventListener = Worker.prototype.addEventListener;
  Worker.prototype.addEventListener = function (this: Worker, type: string, listener: unknown, options?: unknown) {
    const wrapped =
      type === 'message' && typeof listener === 'function'
        ? timed(listener as (...args: unknown[]) => unknown)
        : listener;
    return (originalAddEventListener as (...args: unknown[]) => void).call(this, type, wrapped, options);
  } as typeof Worker.prototype.addEventListener;
  const originalPostMessage = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (this: Worker, ...args: unknown[]) {
    state.posts += 1;
    return (originalPostMessage as (...args: unknown[]) => void).apply(this, args);
  } as typeof Worker.prototype.postMessage;
  document.addEventListener(
    'keydown',
    () => {
      state.keyStart = performance.now();
      state.sent = 0;
    },
    { capture: true },
  );
}
