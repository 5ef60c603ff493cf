/// <reference types="vite/client" />
import { createWorkerLinter, type WorkerLinter } from '@casenote/lint';
import LintWorker from '@casenote/lint/worker?worker';
import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { afterEach, describe, expect, it } from 'vitest';
import { destroyEditors, mountEditor } from './helpers.ts';

// A seeded, reproducible fuzz of the editor in real Chromium: random typing, deletions, pastes,
// undo and redo, fixes and ignores, with checking on the page and in a Web Worker. After every step:
// no exception, every finding inside the document with its underline over exactly its words, and
// every applied fix undone by one undo. A failure names the seed and the step; the seeds are fixed
// so a run is reproducible (add seeds to explore further).

const seeds = [20261128, 7, 424242];
const stepsPerSeed = 90; // 3 seeds × 90 steps × (page + Web Worker) = 540 editor steps

/** Mulberry32: a small, fast seeded generator. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words = [
  'Jade',
  'wibble',
  'frobnicated',
  'LAC',
  'contact',
  'is putting herself at risk',
  'I visited you',
  'refused to engage',
  'the',
  'school',
  '“quoted”',
  'emoji 🙂',
  'Mum',
  'CIN plan',
  '.',
  ',',
  ' ',
];

const engines: WorkerLinter[] = [];
afterEach(() => {
  destroyEditors();
  for (const engine of engines.splice(0)) engine.terminate();
});

/** Waits until pending checks have settled (the worker answers asynchronously). */
async function settle(editor: Editor, worker: boolean): Promise<void> {
  editor.commands.lintNow();
  if (worker) await new Promise((resolve) => setTimeout(resolve, 30));
}

function checkInvariants(editor: Editor, where: string): void {
  const size = editor.state.doc.content.size;
  for (const diagnostic of editor.storage.caseNoteLint.diagnostics) {
    expect(diagnostic.from, where).toBeGreaterThanOrEqual(0);
    expect(diagnostic.to, where).toBeLessThanOrEqual(size);
    expect(diagnostic.from, where).toBeLessThanOrEqual(diagnostic.to);
    // The finding's words are where it says: what the engine flagged is what the document holds.
    if (diagnostic.scope !== 'note') {
      expect(editor.state.doc.textBetween(diagnostic.from, diagnostic.to, '\n'), where).toBe(diagnostic.actual);
    }
  }
  // Every underline covers exactly its finding's words.
  const spans = new Map<string, string>();
  for (const span of editor.view.dom.querySelectorAll<HTMLElement>('[data-diagnostic-id]'))
    spans.set(span.dataset.diagnosticId ?? '', (spans.get(span.dataset.diagnosticId ?? '') ?? '') + span.textContent);
  for (const [id, text] of spans) {
    const diagnostic = editor.storage.caseNoteLint.diagnostics.find((candidate) => candidate.id === id);
    if (diagnostic) expect(text, where).toBe(diagnostic.actual);
  }
}

async function fuzz(seed: number, worker: boolean): Promise<number> {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  let engine: WorkerLinter | undefined;
  if (worker) {
    engine = createWorkerLinter(() => new LintWorker(), { onFallback: () => {} });
    engines.push(engine);
  }
  const editor = mountEditor('<p>Jade is LAC. The wibble was frobnicated.</p>', {
    delay: 60_000,
    ...(engine ? { linter: engine } : {}),
  });
  let steps = 0;
  for (let step = 0; step < stepsPerSeed; step += 1) {
    const where = `seed ${seed}${worker ? ' (worker)' : ''}, step ${step}`;
    const size = editor.state.doc.content.size;
    const at = () => 1 + Math.floor(next() * Math.max(1, size - 1));
    const action = next();
    try {
      if (action < 0.35) {
        const position = at();
        editor.view.dispatch(
          editor.state.tr
            .setSelection(TextSelection.near(editor.state.doc.resolve(position)))
            .insertText(` ${pick(words)}`),
        );
      } else if (action < 0.5) {
        const from = at();
        const to = Math.min(editor.state.doc.content.size - 1, from + Math.floor(next() * 12));
        if (to > from) editor.commands.deleteRange({ from, to });
      } else if (action < 0.58) {
        const paragraphs = Array.from({ length: 1 + Math.floor(next() * 3) }, () =>
          Array.from({ length: 3 + Math.floor(next() * 8) }, () => pick(words)).join(' '),
        );
        editor.commands.insertContentAt(at(), paragraphs.map((text) => `<p>${text}</p>`).join(''));
      } else if (action < 0.68) {
        editor.commands.undo();
      } else if (action < 0.74) {
        editor.commands.redo();
      } else if (action < 0.9) {
        await settle(editor, worker);
        const fixable = editor.storage.caseNoteLint.diagnostics.filter(
          (diagnostic) => diagnostic.suggestions.length > 0,
        );
        if (fixable.length > 0) {
          const target = pick(fixable);
          const before = editor.getJSON();
          if (editor.commands.applySuggestion(target.id, Math.floor(next() * target.suggestions.length))) {
            // One undo step takes the fix back.
            editor.commands.undo();
            expect(editor.getJSON(), `${where}: undo after a fix`).toEqual(before);
            editor.commands.redo();
          }
        }
      } else {
        await settle(editor, worker);
        const list = editor.storage.caseNoteLint.diagnostics;
        if (list.length > 0) editor.commands.ignoreDiagnostic(pick(list).id);
      }
      await settle(editor, worker);
      checkInvariants(editor, where);
    } catch (error) {
      throw new Error(`Fuzz failure at ${where}: ${error instanceof Error ? error.message : String(error)}`);
    }
    steps += 1;
  }
  return steps;
}

describe('the editor under random edits, pastes, undo/redo, fixes and ignores (seeded)', () => {
  for (const seed of seeds) {
    it(`seed ${seed}: on the page and in a Web Worker`, async () => {
      const steps = (await fuzz(seed, false)) + (await fuzz(seed, true));
      console.log(`[editor fuzz] seed ${seed}: ${steps} steps, no failures`);
      expect(steps).toBe(2 * stepsPerSeed);
    }, 180_000);
  }
});
