import { createLinter } from '@casenote/lint';
import type { Editor } from '@tiptap/core';
import { afterEach, expect, it, vi } from 'vitest';
import type { CaseNoteLinter, CheckErrorContext, LintResultsMeta } from '../src/index.ts';
import { caseNoteLintPluginKey } from '../src/index.ts';
import { MAX_BLOCK_FINDINGS } from '../src/constants.ts';
import { destroyEditors, flagged, mountEditor, testDiagnostics, testPack } from './helpers.ts';

afterEach(destroyEditors);

// Pastes, long paragraphs and an engine that fails: the page keeps checking and stays usable.

const engine = createLinter({ extraRules: [testPack], analysis: false });

/** A linter that throws on any paragraph containing "explode", like an engine overflowing its stack. */
const failingLinter: CaseNoteLinter = {
  lint: (text) => {
    if (text.includes('explode')) throw new RangeError('Maximum call stack size exceeded');
    return engine.lint(text);
  },
};

const checked = (editor: Editor) =>
  vi.waitFor(() => expect(editor.storage.caseNoteLint.checking).toBe(false), { timeout: 50_000 });

it('still underlines the other paragraphs when one paragraph’s check throws, and reports it once', async () => {
  const errors: Array<{ error: unknown; context: CheckErrorContext }> = [];
  const editor = mountEditor(
    '<p>This will explode and has a wibble.</p><p>The wibble was here.</p><p>It was frobnicated.</p>',
    { linter: failingLinter, analysis: false, onCheckError: (error, context) => errors.push({ error, context }) },
  );
  await vi.waitFor(() => expect(flagged(editor)).toEqual(['test-wibble:wibble', 'test-frobnicated:frobnicated']));
  expect(errors).toHaveLength(1);
  expect(errors[0]?.context).toEqual({ kind: 'paragraph' });
  expect(errors[0]?.error).toBeInstanceOf(RangeError);
  expect(editor.storage.caseNoteLint.checkErrors).toBe(1);

  // Editing another paragraph re-checks it; the failing one is not reported again.
  editor.commands.insertContentAt(editor.state.doc.content.size - 1, ' Another wibble.');
  await vi.waitFor(() => expect(flagged(editor)).toHaveLength(3));
  await checked(editor);
  expect(errors).toHaveLength(1);

  // Once its words change so the engine can read them, the paragraph is checked again.
  const from = 1 + 'This will '.length;
  editor.commands.insertContentAt({ from, to: from + 'explode'.length }, 'burst');
  await vi.waitFor(() => expect(flagged(editor)).toHaveLength(4));
  expect(flagged(editor)[0]).toBe('test-wibble:wibble');
});

it('still underlines the other paragraphs when an asynchronous linter rejects one', async () => {
  const errors: CheckErrorContext[] = [];
  const linter: CaseNoteLinter = {
    lint: async (text) => {
      if (text.includes('explode')) throw new Error('worker failed on this paragraph');
      return engine.lint(text);
    },
  };
  const editor = mountEditor('<p>A wibble to explode.</p><p>The wibble was here.</p>', {
    linter,
    analysis: false,
    onCheckError: (_error, context) => errors.push(context),
  });
  await vi.waitFor(() => expect(flagged(editor)).toEqual(['test-wibble:wibble']));
  await checked(editor);
  expect(errors).toEqual([{ kind: 'paragraph' }]);
});

it('reports a failed whole-note analysis once and keeps checking paragraphs', async () => {
  const errors: CheckErrorContext[] = [];
  const editor = mountEditor('<p>The wibble was here.</p>', {
    analysisDelay: 10,
    analyser: {
      analyse: () => {
        throw new Error('analysis failed');
      },
    },
    onCheckError: (_error, context) => errors.push(context),
  });
  await vi.waitFor(() => expect(errors).toEqual([{ kind: 'analysis' }]), { timeout: 10_000 });
  expect(flagged(editor)).toEqual(['test-wibble:wibble']);
  editor.commands.insertContentAt(editor.state.doc.content.size - 1, ' A wibble.');
  await vi.waitFor(() => expect(flagged(editor)).toHaveLength(2));
});

it('checks a 100 KB paragraph of findings, draws at most 500 of them, and re-checks it after an edit', async () => {
  const paragraph = 'The wibble was there. '.repeat(4_700);
  expect(paragraph.length).toBeGreaterThan(100_000);
  const editor = mountEditor(`<p>${paragraph}</p><p>It was frobnicated.</p>`, { analysis: false });
  await checked(editor);
  expect(testDiagnostics(editor).filter(({ ruleId }) => ruleId === 'test-wibble')).toHaveLength(MAX_BLOCK_FINDINGS);
  expect(flagged(editor)).toContain('test-frobnicated:frobnicated');

  // A finding typed at the start goes first: the paragraph's 500 drawn findings are replaced at once.
  editor.commands.insertContentAt(1, 'A wibble here. ');
  await vi.waitFor(
    () => expect(testDiagnostics(editor).some(({ ruleId, from }) => ruleId === 'test-wibble' && from === 3)).toBe(true),
    { timeout: 30_000 },
  );
  await checked(editor);
  const inFirst = testDiagnostics(editor).filter(({ to }) => to < paragraph.length);
  expect(inFirst).toHaveLength(MAX_BLOCK_FINDINGS);
  expect(editor.view.dom.querySelectorAll('p:first-child [data-rule-id="test-wibble"]').length).toBeLessThanOrEqual(
    MAX_BLOCK_FINDINGS,
  );
}, 90_000);

it('checks a large paste in slices, typing still lands during the check, and every pasted paragraph is checked', async () => {
  const editor = mountEditor('<p>Before the paste.</p>', { analysis: false, delay: 20 });
  await checked(editor);
  const slices: number[] = [];
  editor.on('transaction', ({ transaction }) => {
    const meta = transaction.getMeta(caseNoteLintPluginKey) as LintResultsMeta | undefined;
    if (meta?.type === 'results') slices.push(meta.blocks.length);
  });
  const count = 2_000;
  const html = Array.from(
    { length: count },
    (_, index) => `<p>Pasted visit ${index + 1}: the wibble was frobnicated while we talked about the day.</p>`,
  ).join('');
  editor.commands.focus('end');
  editor.view.pasteHTML(html);
  expect(editor.state.doc.childCount).toBeGreaterThanOrEqual(count);

  // Typing while the paste is being checked lands at once and is checked too.
  await vi.waitFor(() => expect(slices.length).toBeGreaterThan(0), { timeout: 30_000 });
  editor.commands.insertContentAt(1, 'A wibble. ');
  expect(editor.state.doc.firstChild?.textContent.startsWith('A wibble. ')).toBe(true);

  await checked(editor);
  expect(slices.length).toBeGreaterThan(1);
  expect(Math.max(...slices)).toBeLessThan(count);
  expect(testDiagnostics(editor)).toHaveLength(2 * count + 1);
  const last = editor.view.dom.lastElementChild;
  expect(last?.querySelector('[data-rule-id="test-wibble"]')?.textContent).toBe('wibble');
}, 90_000);

it('replaces the findings of a re-checked paragraph inside a list, leaving its neighbours’ findings as they were', async () => {
  const editor = mountEditor(
    '<ul><li><p>First wibble.</p></li><li><p>Second wibble.</p></li><li><p>Third wibble.</p></li></ul><blockquote><p>A frobnicated quote.</p></blockquote>',
    { analysis: false },
  );
  await checked(editor);
  const before = testDiagnostics(editor);
  expect(before).toHaveLength(4);
  const second = before[1];
  if (!second) throw new Error('no second finding');
  // Edit the second item: its finding is re-made; the others keep their ids.
  editor.commands.insertContentAt(second.to, ' and frobnicated');
  await vi.waitFor(() => expect(testDiagnostics(editor)).toHaveLength(5));
  await checked(editor);
  const after = testDiagnostics(editor);
  expect(flagged(editor)).toEqual([
    'test-wibble:wibble',
    'test-wibble:wibble',
    'test-frobnicated:frobnicated',
    'test-wibble:wibble',
    'test-frobnicated:frobnicated',
  ]);
  expect([after[0]?.id, after[3]?.id, after[4]?.id]).toEqual([before[0]?.id, before[2]?.id, before[3]?.id]);
});
