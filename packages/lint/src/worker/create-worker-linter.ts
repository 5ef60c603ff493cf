import type { AnalyseOptions, NoteAnalysis, NoteContext } from '../analyse/types.ts';
import type { Diagnostic, LintOptions } from '../types.ts';
import type { WorkerRequest, WorkerResponse } from './protocol.ts';

type Handler = (request: WorkerRequest) => WorkerResponse;

/** The parts of a `Worker` used here (a real `Worker`, or anything that talks like one). */
export interface WorkerLike {
  postMessage(message: WorkerRequest): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerResponse>) => void): void;
  addEventListener(type: 'error' | 'messageerror', listener: (event: Event) => void): void;
  terminate(): void;
}

export interface WorkerLinterOptions {
  /**
   * If the worker cannot start (a Content-Security-Policy without `worker-src 'self'`, a missing
   * file) or fails, check notes on the page's own thread instead, so findings still appear.
   * `false` rejects every pending and later call instead. @default true
   */
  fallback?: boolean;
  /** Called once if the linter falls back to the page's thread, with the reason. @default console.warn */
  onFallback?: (reason: unknown) => void;
}

/** A linter and analyser that answer from a Web Worker; pass it as both `linter` and `analyser`. */
export interface WorkerLinter {
  /**
   * Lints one text. Calls made in the same task go to the worker together, in one message. An
   * options object is read the first time it is passed: pass a new object to change options.
   */
  lint(text: string, options?: LintOptions): Promise<Diagnostic[]>;
  /** Analyses a whole note, as `analyseNote` does. */
  analyse(text: string, context?: NoteContext, options?: AnalyseOptions): Promise<NoteAnalysis>;
  /** True once the worker has failed and answers come from the page's own thread. */
  readonly fallenBack: boolean;
  /**
   * Stops the worker; calls still waiting are never answered. Given a function that creates the
   * worker, the next call starts a new one; given a worker object, later calls are rejected.
   */
  terminate(): void;
}

interface Waiting {
  request: WorkerRequest;
  settle(response: WorkerResponse): void;
}

type LintRequest = Extract<WorkerRequest, { type: 'lint' }>;
type AnalyseRequest = Extract<WorkerRequest, { type: 'analyse' }>;

const toError = (response: Extract<WorkerResponse, { type: 'error' }>): Error =>
  Object.assign(new Error(response.message), { name: response.name });

/**
 * Wraps a Web Worker running `@casenote/lint/worker` as a linter for the editor, so checking a
 * long note never blocks typing. Paragraphs linted in the same task travel in one message; if the
 * worker cannot run, the same code answers on the page's thread (unless `fallback: false`).
 *
 * @param worker The worker, or a function that creates it (a throw there, such as a
 *   Content-Security-Policy refusal, falls back at once).
 * @example
 * // Vite:
 * import LintWorker from '@casenote/lint/worker?worker';
 * const engine = createWorkerLinter(() => new LintWorker());
 * // webpack 5, Parcel, Rspack: a one-line file of your own, casenote-worker.ts: import '@casenote/lint/worker';
 * const engine = createWorkerLinter(() => new Worker(new URL('./casenote-worker.ts', import.meta.url), { type: 'module' }));
 * editor = new Editor({ extensions: [StarterKit, CaseNoteLint.configure({ linter: engine, analyser: engine })] });
 */
export function createWorkerLinter(
  worker: WorkerLike | (() => WorkerLike),
  options: WorkerLinterOptions = {},
): WorkerLinter {
  const {
    fallback = true,
    onFallback = (reason: unknown) => console.warn('[casenote] checking on the page: the worker failed', reason),
  } = options;
  const waiting = new Map<number, Waiting>();
  /** Lint calls of the current task, per set of options, sent together at the end of the task. */
  const batches = new Map<
    string,
    { request: LintRequest; answers: Array<(diagnostics: Diagnostic[]) => void>; fail: Array<(error: Error) => void> }
  >();
  /** Options objects are reused call after call (one per editor): their keys are worked out once. */
  const optionKeys = new WeakMap<LintOptions, string>();
  let nextId = 1;
  // The page's own engine, loaded only if the worker fails: in worker mode the page's bundle then
  // keeps the engine in a separate chunk that is never fetched while the worker works.
  let local: Promise<Handler> | null = null;
  const loadLocal = (): Promise<Handler> => {
    if (!local) {
      local = import('./handle-request.ts').then(({ createRequestHandler }) => createRequestHandler());
      // a failed load is reported to each call it fails, not as an unhandled rejection
      local.catch(() => {});
    }
    return local;
  };
  const answerHere = (request: WorkerRequest, settle: (response: WorkerResponse) => void) => {
    loadLocal().then(
      (handle) => settle(handle(request)),
      (error: unknown) => {
        const { name, message } = error instanceof Error ? error : new Error(String(error));
        settle({ id: request.id, type: 'error', name, message });
      },
    );
  };
  let failure: Error | null = null;
  let terminated = false;
  let instance: WorkerLike | null = null;

  const fallBack = (reason: unknown) => {
    if (local || failure) return;
    if (!fallback) {
      failure = reason instanceof Error ? reason : new Error('The case-note worker failed');
      for (const { settle, request } of waiting.values())
        settle({ id: request.id, type: 'error', name: failure.name, message: failure.message });
      waiting.clear();
      return;
    }
    onFallback(reason);
    // Whatever the worker had not answered is answered here, in the order it was asked.
    const pending = [...waiting.values()];
    waiting.clear();
    loadLocal();
    for (const { request, settle } of pending) answerHere(request, settle);
  };

  /** Starts the worker on first use (and again after `terminate`, when given a function that creates it). */
  const ensureWorker = (): WorkerLike | null => {
    if (instance || local || failure) return instance;
    try {
      const started = typeof worker === 'function' ? worker() : worker;
      started.addEventListener('message', (event) => {
        const response = event.data;
        const entry = waiting.get(response.id);
        if (!entry || instance !== started) return;
        waiting.delete(response.id);
        entry.settle(response);
      });
      started.addEventListener('error', (event) => {
        event.preventDefault?.();
        if (instance === started) fallBack(event);
      });
      started.addEventListener('messageerror', (event) => {
        if (instance === started) fallBack(event);
      });
      instance = started;
    } catch (error) {
      fallBack(error);
    }
    return instance;
  };

  const send = (request: WorkerRequest, settle: (response: WorkerResponse) => void) => {
    if (terminated) {
      settle({ id: request.id, type: 'error', name: 'Error', message: 'The case-note worker was terminated' });
      return;
    }
    const target = ensureWorker();
    if (failure) {
      settle({ id: request.id, type: 'error', name: failure.name, message: failure.message });
    } else if (local || !target) {
      answerHere(request, settle);
    } else {
      waiting.set(request.id, { request, settle });
      target.postMessage(request);
    }
  };

  const flush = () => {
    const ready = [...batches.values()];
    batches.clear();
    for (const { request, answers, fail } of ready) {
      send(request, (response) => {
        if (response.type === 'lint') {
          for (const [index, answer] of answers.entries()) answer(response.results[index] ?? []);
        } else if (response.type === 'error') {
          for (const reject of fail) reject(toError(response));
        }
      });
    }
  };

  return {
    lint(text, lintOptions = {}) {
      return new Promise((resolve, reject) => {
        let key = optionKeys.get(lintOptions);
        if (key === undefined) {
          key = JSON.stringify(lintOptions);
          optionKeys.set(lintOptions, key);
        }
        let batch = batches.get(key);
        if (!batch) {
          if (batches.size === 0) queueMicrotask(flush);
          batch = { request: { id: nextId++, type: 'lint', options: lintOptions, texts: [] }, answers: [], fail: [] };
          batches.set(key, batch);
        }
        batch.request.texts.push(text);
        batch.answers.push(resolve);
        batch.fail.push(reject);
      });
    },
    analyse(text, context = {}, analyseOptions = {}) {
      return new Promise((resolve, reject) => {
        const request: AnalyseRequest = { id: nextId++, type: 'analyse', text, context, options: analyseOptions };
        send(request, (response) => {
          if (response.type === 'analyse') resolve(response.analysis);
          else if (response.type === 'error') reject(toError(response));
        });
      });
    },
    get fallenBack() {
      return local !== null;
    },
    terminate() {
      // A worker made by a function can be started again by the next call (React's strict mode
      // unmounts and mounts again); a worker object passed in cannot.
      if (typeof worker !== 'function') terminated = true;
      waiting.clear();
      batches.clear();
      (instance ?? (typeof worker === 'function' ? null : worker))?.terminate();
      instance = null;
    },
  };
}
