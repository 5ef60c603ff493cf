import { createLinter } from '@casenote/lint';
import type { Editor } from '@tiptap/core';
import { afterEach, expect, it, vi } from 'vitest';
import type { CaseNoteLinter, LintResultsMeta } from '../src/index.ts';
import { caseNoteLintPluginKey } from '../src/constants.ts';
import { destroyEditors, mountEditor, testPack } from './helpers.ts';

afterEach(destroyEditors);

// On the page's thread a long note is checked in slices of `sliceBudget` ms, paragraphs on screen
// first, each slice shown as it is done.

const paragraphCount = 150;
const note = Array.from(
  { length: paragraphCount },
  (_, index) => `<p>Visit ${index + 1}: the wibble was frobnicated while we talked about school and friends.</p>`,
).join('');

/** A linter that takes at least 1 ms a paragraph, so a slice budget of 5 ms cannot take them all. */
function slowLinter(): CaseNoteLinter {
  const engine = createLinter({ extraRules: [testPack], analysis: false });
  return {
    lint: (text) => {
      const until = performance.now() + 1;
      while (performance.now() < until) {
        // stand in for a slow machine
      }
      return engine.lint(text);
    },
  };
}

/** The paragraph count of each results transaction, in order. */
function watchSlices(editor: Editor): number[] {
  const slices: number[] = [];
  editor.on('transaction', ({ transaction }) => {
    const meta = transaction.getMeta(caseNoteLintPluginKey) as LintResultsMeta | undefined;
    if (meta?.type === 'results') slices.push(meta.blocks.length);
  });
  return slices;
}

const summary = (editor: Editor) =>
  editor.storage.caseNoteLint.diagnostics.map(({ ruleId, from, to }) => `${ruleId}@${from}-${to}`);

it('checks a long note in slices and ends with the same findings as one whole check', async () => {
  const editor = mountEditor(note, { linter: slowLinter(), sliceBudget: 5, analysis: false });
  const slices = watchSlices(editor);
  expect(editor.storage.caseNoteLint.checking).toBe(true);
  await vi.waitFor(() => expect(editor.storage.caseNoteLint.checking).toBe(false), { timeout: 10_000 });

  expect(slices.length).toBeGreaterThan(3);
  expect(Math.max(...slices)).toBeLessThan(paragraphCount);
  expect(slices.reduce((sum, count) => sum + count, 0)).toBe(paragraphCount);

  const whole = mountEditor(note, { analysis: false });
  whole.commands.lintNow();
  expect(summary(editor)).toEqual(summary(whole));
  expect(summary(editor)).toHaveLength(2 * paragraphCount);
});

it('checks the paragraphs on screen first', async () => {
  const editor = mountEditor(note, { linter: slowLinter(), sliceBudget: 5, analysis: false });
  let firstSlice: { from: number; to: number }[] = [];
  editor.on('transaction', ({ transaction }) => {
    const meta = transaction.getMeta(caseNoteLintPluginKey) as LintResultsMeta | undefined;
    if (meta?.type === 'results' && firstSlice.length === 0)
      firstSlice = meta.blocks.map(({ pos, end }) => ({ from: pos, to: end }));
  });
  // Before the first check runs (a timer task), scroll paragraph 100 into view.
  let target = 0;
  editor.state.doc.forEach((_node, offset, index) => {
    if (index === 99) target = offset;
  });
  (editor.view.nodeDOM(target) as HTMLElement).scrollIntoView({ block: 'start' });
  await vi.waitFor(() => expect(firstSlice.length).toBeGreaterThan(0));
  expect(firstSlice[0]?.from).toBeLessThanOrEqual(target);
  expect(firstSlice.some(({ from }) => from === target)).toBe(true);
  expect(firstSlice.some(({ from }) => from === 0)).toBe(false);
  await vi.waitFor(() => expect(editor.storage.caseNoteLint.checking).toBe(false), { timeout: 10_000 });
  expect(summary(editor)).toHaveLength(2 * paragraphCount);
});

/** Types into the note right after the first results land, while the rest is still to come. */
function typeAfterFirstResults(editor: Editor): { checkingWhenTyped: () => boolean | null } {
  let checkingWhenTyped: boolean | null = null;
  editor.on('transaction', ({ transaction }) => {
    const meta = transaction.getMeta(caseNoteLintPluginKey) as LintResultsMeta | undefined;
    if (meta?.type !== 'results' || checkingWhenTyped !== null) return;
    checkingWhenTyped = editor.storage.caseNoteLint.checking;
    // After this dispatch, before the next slice or part (those wait for a timer).
    queueMicrotask(() => editor.commands.insertContentAt(1, 'A wibble. '));
  });
  return { checkingWhenTyped: () => checkingWhenTyped };
}

it('keeps typing during a sliced check: the edit is checked and nothing is left out', async () => {
  const editor = mountEditor(note, { linter: slowLinter(), sliceBudget: 5, analysis: false, delay: 20 });
  const typed = typeAfterFirstResults(editor);
  await vi.waitFor(() => expect(typed.checkingWhenTyped()).toBe(true));
  await vi.waitFor(() => expect(editor.storage.caseNoteLint.checking).toBe(false), { timeout: 10_000 });
  expect(summary(editor)).toHaveLength(2 * paragraphCount + 1);
});

it('sends every paragraph to an asynchronous linter at once and draws its answer in parts', async () => {
  const engine = createLinter({ extraRules: [testPack], analysis: false });
  const asked: number[] = [];
  let askedThisTask = 0;
  const linter: CaseNoteLinter = {
    lint: async (text) => {
      if (askedThisTask === 0) {
        queueMicrotask(() => {
          asked.push(askedThisTask);
          askedThisTask = 0;
        });
      }
      askedThisTask += 1;
      return engine.lint(text);
    },
  };
  const editor = mountEditor(note, { linter, sliceBudget: 0, analysis: false });
  const slices = watchSlices(editor);
  await vi.waitFor(() => expect(editor.storage.caseNoteLint.checking).toBe(false));
  // One request for the whole note (a worker gets it in one message)…
  expect(asked).toEqual([paragraphCount]);
  // …and its answer drawn a part at a time, every paragraph once.
  expect(slices.length).toBeGreaterThan(1);
  expect(Math.max(...slices)).toBeLessThanOrEqual(24);
  expect(slices.reduce((sum, count) => sum + count, 0)).toBe(paragraphCount);
  const whole = mountEditor(note, { analysis: false });
  whole.commands.lintNow();
  expect(summary(editor)).toEqual(summary(whole));
});

it('drops the rest of an answer being drawn when the note changes, and checks those paragraphs again', async () => {
  const engine = createLinter({ extraRules: [testPack], analysis: false });
  const editor = mountEditor(note, { linter: { lint: async (text) => engine.lint(text) }, analysis: false, delay: 20 });
  const slices = watchSlices(editor);
  const typed = typeAfterFirstResults(editor);
  await vi.waitFor(() => expect(typed.checkingWhenTyped()).toBe(true));
  await vi.waitFor(() => expect(editor.storage.caseNoteLint.checking).toBe(false), { timeout: 10_000 });
  expect(summary(editor)).toHaveLength(2 * paragraphCount + 1);
  // Every paragraph is shown once: the parts not drawn before the edit came back through the re-check.
  const whole = mountEditor(note, { analysis: false });
  whole.commands.insertContentAt(1, 'A wibble. ');
  whole.commands.lintNow();
  expect(summary(editor)).toEqual(summary(whole));
  expect(slices.length).toBeGreaterThan(1);
});
