/// <reference types="vite/client" />
import { createWorkerLinter, type WorkerLinter } from '@casenote/lint';
import LintWorker from '@casenote/lint/worker?worker';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { destroyEditors, flagged, mountEditor, positionOf } from './helpers.ts';

// A real Web Worker in Chromium, started the way a Vite host starts it (`?worker`).

/** A worker loads its modules from the test server first, and the analysis waits for an idle moment. */
const slow = { timeout: 30_000 };

const engines: WorkerLinter[] = [];
afterEach(() => {
  destroyEditors();
  for (const engine of engines.splice(0)) engine.terminate();
});

function workerEngine(create: () => Worker = () => new LintWorker()): WorkerLinter {
  const engine = createWorkerLinter(create, { onFallback: () => {} });
  engines.push(engine);
  return engine;
}

const note = [
  '<p>The wibble was here. Jade is LAC and has contact with dad.</p>',
  '<p>A frobnicated list. Mum must engage with services.</p>',
  '<p>I visited you today, Jade. You told me you like art.</p>',
].join('');

const findings = (editor: ReturnType<typeof mountEditor>) =>
  editor.storage.caseNoteLint.diagnostics.map(({ ruleId, from, to, actual, severity }) => ({
    ruleId,
    from,
    to,
    actual,
    severity,
  }));

describe('checking in a Web Worker', () => {
  it('shows the same findings as checking on the page, and never fell back', async () => {
    const engine = workerEngine();
    const inWorker = mountEditor(note, { linter: engine, analyser: engine });
    const onPage = mountEditor(note);
    await vi.waitFor(
      () => expect(flagged(inWorker)).toEqual(['test-wibble:wibble', 'test-frobnicated:frobnicated']),
      slow,
    );
    await vi.waitFor(() => expect(findings(onPage).length).toBeGreaterThan(2), slow);
    expect(findings(inWorker)).toEqual(findings(onPage));
    expect(engine.fallenBack).toBe(false);
  });

  it('re-checks an edited paragraph and analyses the note in the worker', async () => {
    const engine = workerEngine();
    const editor = mountEditor(note, {
      linter: engine,
      analyser: engine,
      analysisDelay: 10,
      context: { child: { name: 'Jade' } },
    });
    await vi.waitFor(() => expect(flagged(editor)).toHaveLength(2), slow);
    editor.commands.insertContentAt(positionOf(editor, 'list') + 4, ', a wibble');
    await vi.waitFor(
      () =>
        expect(flagged(editor)).toEqual(['test-wibble:wibble', 'test-frobnicated:frobnicated', 'test-wibble:wibble']),
      slow,
    );
    await vi.waitFor(() => expect(editor.storage.caseNoteLint.analysis?.summary).toBeTruthy(), slow);
    expect(editor.storage.caseNoteLint.analysis?.child.name).toBe('Jade');
    expect(engine.fallenBack).toBe(false);
  });

  it('runs from a one-line worker file of the host’s own, started with new URL(…, import.meta.url)', async () => {
    const engine = workerEngine(() => new Worker(new URL('./casenote-worker.ts', import.meta.url), { type: 'module' }));
    const editor = mountEditor(note, { linter: engine, analyser: engine });
    await vi.waitFor(
      () => expect(flagged(editor)).toEqual(['test-wibble:wibble', 'test-frobnicated:frobnicated']),
      slow,
    );
    expect(engine.fallenBack).toBe(false);
  });

  it('still shows findings when the worker cannot load (falls back to the page)', async () => {
    const engine = workerEngine(() => new Worker('/no-such-casenote-worker.js', { type: 'module' }));
    const editor = mountEditor(note, { linter: engine, analyser: engine });
    await vi.waitFor(
      () => expect(flagged(editor)).toEqual(['test-wibble:wibble', 'test-frobnicated:frobnicated']),
      slow,
    );
    expect(engine.fallenBack).toBe(true);
  });
});
