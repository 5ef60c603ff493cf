import { createLinter } from '@casenote/lint';
import { TextSelection } from '@tiptap/pm/state';
import { afterEach, expect, it } from 'vitest';
import type { CaseNoteLinter } from '../src/index.ts';
import { destroyEditors, mountEditor, testPack } from './helpers.ts';

afterEach(destroyEditors);

const sentence = 'I visited the family today and the wibble was frobnicated while we talked about school.';

/** 200 paragraphs of 100 words: 20,000 words, with about 800 findings. */
function longNote(): string {
  const words = sentence.split(' ');
  const paragraphs: string[] = [];
  for (let index = 0; index < 200; index += 1) {
    // Each paragraph different (numbered, words rotated), so the cache cannot answer for another.
    const paragraph: string[] = ['Visit', String(index + 1)];
    while (paragraph.length < 100)
      paragraph.push(...words.slice(index % words.length), ...words.slice(0, index % words.length));
    paragraphs.push(`<p>${paragraph.slice(0, 100).join(' ')}</p>`);
  }
  return paragraphs.join('');
}

const percentile = (values: number[], fraction: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * fraction))] ?? 0;

it('keeps the keystroke path and a paragraph re-check small on a 20,000-word note', () => {
  const engine = createLinter({ extraRules: [testPack] });
  let lintCalls = 0;
  let engineMs = 0;
  const linter: CaseNoteLinter = {
    lint: (text) => {
      lintCalls += 1;
      const begin = performance.now();
      const diagnostics = engine.lint(text);
      engineMs += performance.now() - begin;
      return diagnostics;
    },
  };
  const editor = mountEditor(longNote(), { linter, delay: 60_000 });
  expect(
    editor.state.doc.textBetween(0, editor.state.doc.content.size, ' ').split(/\s+/).length,
  ).toBeGreaterThanOrEqual(20_000);

  let start = performance.now();
  editor.commands.lintNow();
  const firstLint = performance.now() - start;
  const firstLintEngine = engineMs;
  const findings = editor.storage.caseNoteLint.diagnostics.length;
  expect(findings).toBeGreaterThan(500);

  // The whole-note analysis (idle time, never per keystroke); its sentences are then mapped by every keystroke below.
  start = performance.now();
  editor.commands.analyseNow();
  const analysis = performance.now() - start;
  expect(editor.storage.caseNoteLint.analysis?.sentences.length).toBeGreaterThan(800);

  const keystrokes: number[] = [];
  const rechecks: number[] = [];
  const view = editor.view;
  for (let index = 0; index < 200; index += 1) {
    // Spread over the note: one keystroke in each paragraph, a few words in.
    let target = 0;
    view.state.doc.forEach((_node, offset, childIndex) => {
      if (childIndex === index) target = offset + 12;
    });
    start = performance.now();
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, target)).insertText('x'));
    keystrokes.push(performance.now() - start);

    const callsBefore = lintCalls;
    start = performance.now();
    editor.commands.lintNow();
    rechecks.push(performance.now() - start);
    expect(lintCalls - callsBefore).toBe(1); // only the edited paragraph's new text
  }
  const report = {
    findings,
    firstLintMs: Math.round(firstLint),
    firstLintEngineMs: Math.round(firstLintEngine),
    analysisMs: Math.round(analysis),
    sentences: editor.storage.caseNoteLint.analysis?.sentences.length,
    keystrokeP50Ms: percentile(keystrokes, 0.5).toFixed(2),
    keystrokeP95Ms: percentile(keystrokes, 0.95).toFixed(2),
    recheckP50Ms: percentile(rechecks, 0.5).toFixed(2),
    recheckP95Ms: percentile(rechecks, 0.95).toFixed(2),
  };
  console.log('[casenote tiptap performance]', JSON.stringify(report));
  // The median, not the p95: the suite runs beside other browser projects on a shared machine, and
  // the p95 target is measured by `pnpm bench`. A keystroke doing O(note) work would fail this.
  expect(percentile(keystrokes, 0.5)).toBeLessThan(16);
  // A generous budget for a loaded machine: the figures are printed, the limits below are what is asserted.
}, 120_000);
