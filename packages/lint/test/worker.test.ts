import { describe, expect, it, vi } from 'vitest';
import {
  createLinter,
  createRequestHandler,
  createWorkerLinter,
  analyseNote,
  type WorkerLike,
  type WorkerRequest,
  type WorkerResponse,
} from '@casenote/lint';

// The real Web Worker runs in Chromium (packages/tiptap/test/worker.test.ts); here a stand-in with
// the same message semantics (structured clone, answers in a later task) tests the page's side.

type Listener = (event: { data?: unknown; preventDefault?: () => void }) => void;

/** A worker that answers with the real request handler, asynchronously, through structured clones. */
function fakeWorker({ breakAfter = Infinity }: { breakAfter?: number } = {}) {
  const handle = createRequestHandler();
  const listeners = new Map<string, Listener[]>();
  const sent: WorkerRequest[] = [];
  let answered = 0;
  const emit = (type: string, event: Parameters<Listener>[0]) => {
    for (const listener of listeners.get(type) ?? []) listener(event);
  };
  const worker: WorkerLike & { sent: WorkerRequest[]; terminated: boolean } = {
    sent,
    terminated: false,
    postMessage(message: WorkerRequest) {
      const request = structuredClone(message);
      sent.push(request);
      setTimeout(() => {
        if (worker.terminated) return;
        if (answered >= breakAfter) {
          emit('error', { preventDefault: () => {} });
          return;
        }
        answered += 1;
        emit('message', { data: structuredClone(handle(request)) });
      }, 1);
    },
    addEventListener(type: string, listener: Listener) {
      listeners.set(type, [...(listeners.get(type) ?? []), listener]);
    },
    terminate() {
      worker.terminated = true;
    },
  } as WorkerLike & { sent: WorkerRequest[]; terminated: boolean };
  return worker;
}

const paragraphs = [
  'Jade is LAC and has contact with dad on Saturdays.',
  'Mum was told she must engage with services.',
  'We talked about school. Jade said she likes art.',
];

describe('createRequestHandler (the worker’s job)', () => {
  it('answers a batch of paragraphs exactly as the linter does', () => {
    const handle = createRequestHandler();
    const options = { analysis: false } as const;
    const response = handle({ id: 7, type: 'lint', options, texts: paragraphs });
    const linter = createLinter(options);
    expect(response).toEqual({ id: 7, type: 'lint', results: paragraphs.map((text) => linter.lint(text)) });
    expect(response.type === 'lint' && response.results.flat().length).toBeGreaterThan(1);
  });

  it('analyses a note exactly as analyseNote does', () => {
    const text = paragraphs.join('\n\n');
    const context = { child: { name: 'Jade', age: 9 } };
    expect(createRequestHandler()({ id: 1, type: 'analyse', text, context, options: {} })).toEqual({
      id: 1,
      type: 'analyse',
      analysis: analyseNote(text, context, {}),
    });
  });

  it('turns a bad host pack into an error answer instead of throwing', () => {
    const response = createRequestHandler()({
      id: 3,
      type: 'lint',
      options: { extraRules: [{ name: 'team pack', rules: [{ id: 'x' } as never] }] },
      texts: ['text'],
    });
    expect(response).toMatchObject({ id: 3, type: 'error', name: 'RulePackError' });
    expect((response as { message: string }).message).toMatch(/team pack/);
  });
});

describe('createWorkerLinter', () => {
  it('sends the paragraphs of one task in one message and answers each with its own findings', async () => {
    const worker = fakeWorker();
    const engine = createWorkerLinter(worker);
    const options = { analysis: false } as const;
    const answers = await Promise.all(paragraphs.map((text) => engine.lint(text, options)));
    expect(worker.sent).toHaveLength(1);
    expect(worker.sent[0]).toMatchObject({ type: 'lint', texts: paragraphs });
    const linter = createLinter(options);
    expect(answers).toEqual(paragraphs.map((text) => linter.lint(text)));
    // A later task sends a message of its own.
    await engine.lint(paragraphs[0] as string, options);
    expect(worker.sent).toHaveLength(2);
  });

  it('keeps calls with different options apart', async () => {
    const worker = fakeWorker();
    const engine = createWorkerLinter(worker);
    const [strict, relaxed] = await Promise.all([
      engine.lint('Jade is LAC.', { analysis: false }),
      engine.lint('Jade is LAC.', { analysis: false, categories: { jargon: 'off' } }),
    ]);
    expect(worker.sent).toHaveLength(2);
    expect(strict.some((d) => d.category === 'jargon')).toBe(true);
    expect(relaxed.some((d) => d.category === 'jargon')).toBe(false);
  });

  it('analyses in the worker', async () => {
    const worker = fakeWorker();
    const engine = createWorkerLinter(worker);
    const text = 'I visited you today. You told me about school.';
    await expect(engine.analyse(text, { child: { name: 'Jade' } })).resolves.toEqual(
      analyseNote(text, { child: { name: 'Jade' } }),
    );
    expect(worker.sent).toMatchObject([{ type: 'analyse', text }]);
  });

  it('rejects a call whose options the worker refuses, naming the error', async () => {
    const engine = createWorkerLinter(fakeWorker());
    await expect(
      engine.lint('text', { extraRules: [{ name: 'team pack', rules: [{ id: 'x' } as never] }] }),
    ).rejects.toMatchObject({
      name: 'RulePackError',
    });
  });

  it('falls back to the page’s thread when the worker fails, answering what was waiting', async () => {
    const onFallback = vi.fn();
    const worker = fakeWorker({ breakAfter: 0 });
    const engine = createWorkerLinter(worker, { onFallback });
    const options = { analysis: false } as const;
    const answers = await Promise.all(paragraphs.map((text) => engine.lint(text, options)));
    const linter = createLinter(options);
    expect(answers).toEqual(paragraphs.map((text) => linter.lint(text)));
    expect(onFallback).toHaveBeenCalledTimes(1);
    expect(engine.fallenBack).toBe(true);
    // From then on nothing is sent to the broken worker.
    const sent = worker.sent.length;
    await engine.lint('Jade is LAC.', options);
    expect(worker.sent).toHaveLength(sent);
  });

  it('falls back at once when the worker cannot be created (a Content-Security-Policy refusal)', async () => {
    const onFallback = vi.fn();
    const engine = createWorkerLinter(
      () => {
        throw new DOMException('Refused to create a worker', 'SecurityError');
      },
      { onFallback },
    );
    expect((await engine.lint('Jade is LAC.', { analysis: false })).map((d) => d.actual)).toEqual(['LAC']);
    expect(onFallback).toHaveBeenCalledOnce();
  });

  it('rejects instead of falling back when asked to', async () => {
    const engine = createWorkerLinter(fakeWorker({ breakAfter: 0 }), { fallback: false, onFallback: vi.fn() });
    await expect(engine.lint('Jade is LAC.')).rejects.toThrow();
    await expect(engine.analyse('Jade is LAC.')).rejects.toThrow();
    expect(engine.fallenBack).toBe(false);
  });

  it('stops a worker object on terminate and refuses later calls', async () => {
    const worker = fakeWorker();
    const engine = createWorkerLinter(worker);
    engine.terminate();
    expect(worker.terminated).toBe(true);
    await expect(engine.lint('Jade is LAC.')).rejects.toThrow(/terminated/);
  });
});

// Keep the response type in use so a change to the protocol is caught here too.
const _typecheck: WorkerResponse['type'][] = ['lint', 'analyse', 'error'];
void _typecheck;

describe('createWorkerLinter with a function that creates the worker', () => {
  it('starts the worker on first use, and a new one after terminate', async () => {
    const made: ReturnType<typeof fakeWorker>[] = [];
    const engine = createWorkerLinter(() => {
      const worker = fakeWorker();
      made.push(worker);
      return worker;
    });
    expect(made).toHaveLength(0);
    await engine.lint('Jade is LAC.');
    expect(made).toHaveLength(1);
    engine.terminate();
    expect(made[0]?.terminated).toBe(true);
    expect((await engine.lint('Jade is LAC.', { analysis: false })).map((d) => d.actual)).toEqual(['LAC']);
    expect(made).toHaveLength(2);
  });
});
