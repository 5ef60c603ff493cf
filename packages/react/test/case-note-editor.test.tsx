/// <reference types="vite/client" />
import type * as React from 'react';
import LintWorker from '@casenote/lint/worker?worker';
import type { EditorDiagnostic } from '@casenote/tiptap';
import type { Editor } from '@tiptap/core';
import { afterEach, expect, test, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { cleanup, render } from 'vitest-browser-react';
import * as api from '../src/index.ts';
import { CaseNoteEditor } from '../src/index.ts';
import { findingFor, focusEditor, jadeNote, renderEditor, spansOf, wordLevelOnly } from './fixtures.tsx';

afterEach(async () => {
  await cleanup();
});

test('exports exactly the public API', () => {
  expect(Object.keys(api).sort()).toEqual([
    'CaseNoteEditor',
    'CaseNoteLabelsProvider',
    'ContactRecordChecklist',
    'CountedSentences',
    'DiagnosticCard',
    'DiagnosticsPanel',
    'SeverityIcon',
    'ThresholdPanel',
    'WrittenToChildMeter',
    'analysisLabels',
    'cardLabels',
    'categoryNouns',
    'categoryTitles',
    'defaultLabels',
    'formatFindingsSummary',
    'formatShortcut',
    'formatWrittenToChild',
    'helpLabels',
    'mergeLabels',
    'panelLabels',
    'recordLabels',
    'recordStatusDescriptions',
    'recordStatusLabels',
    'severityTitles',
    'thresholdLabels',
    'useCaseNoteEditor',
    'useCaseNoteLabels',
    'useContactRecordChecklist',
    'useCountedSentences',
    'useDiagnosticAtCaret',
    'useDiagnosticCard',
    'useDiagnostics',
    'useDiagnosticsPanel',
    'useExplanation',
    'useNoteAnalysis',
    'useNoteText',
    'useRecordCompleteness',
    'useThresholdPanel',
    'useWholeNoteChecked',
  ]);
});

test('names the editing area and describes its keyboard shortcuts', async () => {
  await renderEditor({ 'aria-label': 'Visit note' });
  const textbox = page.getByRole('textbox', { name: 'Visit note' });
  await expect.element(textbox).toHaveAttribute('contenteditable', 'true');
  await expect.element(textbox).toHaveAttribute('aria-multiline', 'true');
  await expect
    .element(textbox)
    .toHaveAccessibleDescription(
      'F8 and Shift+F8 move to the next and previous finding. Control+full stop or Alt+Enter opens the explanation of the finding at the caret. Control+Shift+Enter applies its first suggestion. Alt+Shift+L moves to the list of findings.',
    );
});

test('shows the placeholder in an empty note without putting it in the note', async () => {
  const { editor } = await renderEditor({ content: '', placeholder: 'Write to the child…' });
  const textbox = page.getByRole('textbox');
  await expect.element(textbox).toHaveAttribute('aria-placeholder', 'Write to the child…');
  const paragraph = editor.view.dom.querySelector('p');
  expect(paragraph?.getAttribute('data-placeholder')).toBe('Write to the child…');
  expect(getComputedStyle(paragraph as Element, '::before').content).toBe('"Write to the child…"');
  expect(editor.getText()).toBe('');
  await focusEditor(editor, 'start');
  await userEvent.keyboard('I visited you');
  expect(editor.view.dom.querySelector('[data-placeholder]')).toBeNull();
});

test('reports edits through onUpdate and findings through onDiagnostics', async () => {
  const onUpdate = vi.fn<(props: { editor: Editor }) => void>();
  const onDiagnostics = vi.fn<(diagnostics: EditorDiagnostic[]) => void>();
  const { editor } = await renderEditor({ content: '<p>She is</p>', onUpdate, onDiagnostics });
  await focusEditor(editor, 'end');
  await userEvent.keyboard(' LAC.');
  expect(onUpdate).toHaveBeenCalled();
  expect(onUpdate.mock.lastCall?.[0].editor.getText()).toBe('She is LAC.');
  await expect.poll(() => onDiagnostics.mock.lastCall?.[0].map((diagnostic) => diagnostic.actual)).toEqual(['LAC']);
  await expect.poll(() => document.querySelectorAll('.casenote-diagnostic')).toHaveLength(1);
});

test('switches to read-only and back when the prop changes', async () => {
  let editor: Editor | null = null;
  const screen = await render(
    <CaseNoteEditor
      content={jadeNote}
      delay={0}
      lintOptions={wordLevelOnly}
      onEditorReady={(ready) => (editor = ready)}
    />,
  );
  const textbox = page.getByRole('textbox');
  await expect.element(textbox).toHaveAttribute('contenteditable', 'true');
  await screen.rerender(<CaseNoteEditor content={jadeNote} delay={0} lintOptions={wordLevelOnly} readOnly />);
  await expect.element(textbox).toHaveAttribute('contenteditable', 'false');
  await expect.element(textbox).toHaveAttribute('aria-readonly', 'true');
  expect((editor as Editor | null)?.isEditable).toBe(false);
  await screen.rerender(<CaseNoteEditor content={jadeNote} delay={0} lintOptions={wordLevelOnly} />);
  await expect.element(textbox).toHaveAttribute('contenteditable', 'true');
  expect(textbox.element().hasAttribute('aria-readonly')).toBe(false);
});

test('passes the ignore store through: ignores are saved and come back in a new editor', async () => {
  const saved: string[][] = [];
  const store = { load: () => saved.at(-1) ?? [], save: (keys: string[]) => void saved.push(keys) };
  const first = await renderEditor({ ignoreStore: store }, 3);
  const lac = findingFor(first.editor, 'LAC');
  first.editor.commands.ignoreDiagnostic(lac.id);
  expect(saved).toHaveLength(1);
  expect(saved[0]).toEqual([lac.ignoreKey]);
  await cleanup();
  const second = await renderEditor({ ignoreStore: store }, 2);
  expect(second.editor.storage.caseNoteLint.diagnostics.map((diagnostic) => diagnostic.actual)).toEqual([
    'contact',
    'contact centre',
  ]);
});

test('lint options reach the extension: a category turned off shows nothing', async () => {
  const { editor } = await renderEditor({
    lintOptions: { categories: { ...wordLevelOnly.categories, jargon: 'off' } },
  });
  editor.commands.lintNow();
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(editor.storage.caseNoteLint.diagnostics).toEqual([]);
  expect(document.querySelectorAll('.casenote-diagnostic')).toHaveLength(0);
});

test('underlines differ by severity in shape, not only colour', async () => {
  const { editor } = await renderEditor({ content: '<p>She is LAC. She put herself at risk.</p>' }, 2);
  const lac = spansOf(findingFor(editor, 'LAC').id)[0] as HTMLElement;
  const risk = spansOf(findingFor(editor, 'put herself at risk').id)[0] as HTMLElement;
  expect(lac.classList).toContain('casenote-diagnostic--info');
  expect(risk.classList).toContain('casenote-diagnostic--warning');
  expect(getComputedStyle(lac).textDecorationStyle).toBe('dotted');
  expect(getComputedStyle(risk).textDecorationStyle).toBe('dashed');
});

test('can be composed by hand from the hook, the card and the panel', async () => {
  // biome-ignore lint/correctness/noComponentHookFactories: a host's component, defined where the test reads it
  function HostLayout() {
    const editor = api.useCaseNoteEditor({
      content: '<p>She is LAC.</p>',
      delay: 0,
      lintOptions: wordLevelOnly,
      ariaLabel: 'Host note',
    });
    const { total } = api.useDiagnostics(editor);
    return (
      <div>
        <p data-testid="total">{total}</p>
        <api.DiagnosticsPanel editor={editor} heading="Things to check" headingLevel={3} />
        {editor && (
          <div
            data-testid="host-editor"
            ref={(node) => void (node && !node.contains(editor.view.dom) && node.append(editor.view.dom))}
          />
        )}
        <api.DiagnosticCard editor={editor} />
      </div>
    );
  }
  await render(<HostLayout />);
  await expect.element(page.getByTestId('total')).toHaveTextContent('1');
  await expect.element(page.getByRole('heading', { level: 3, name: 'Things to check (1)' })).toBeInTheDocument();
  await expect.element(page.getByRole('textbox', { name: 'Host note' })).toBeInTheDocument();
});

test('formats the counts announcement, largest category first', () => {
  expect(api.formatFindingsSummary({})).toBe('No findings');
  expect(api.formatFindingsSummary({ jargon: 1 })).toBe('1 finding: 1 jargon');
  expect(api.formatFindingsSummary({ 'victim-blaming': 1, jargon: 2 })).toBe('3 findings: 2 jargon, 1 victim-blaming');
  expect(api.formatFindingsSummary({ deficit: 1, jargon: 1 })).toBe('2 findings: 1 jargon, 1 deficit language');
});

test('writes shortcuts out for people', () => {
  expect(api.formatShortcut('Mod-Shift-Enter', false)).toBe('Control+Shift+Enter');
  expect(api.formatShortcut('Mod-Shift-Enter', true)).toBe('Command+Shift+Enter');
  expect(api.formatShortcut('Mod-.', false)).toBe('Control+full stop');
  expect(api.formatShortcut('Shift-F8', false)).toBe('Shift+F8');
});

test('a host theme overrides the custom properties', async () => {
  let editor: Editor | null = null;
  await render(
    <div style={{ '--casenote-info': 'rgb(1, 2, 3)', '--casenote-info-underline': 'wavy' } as React.CSSProperties}>
      <CaseNoteEditor
        content="<p>She is LAC.</p>"
        delay={0}
        lintOptions={wordLevelOnly}
        onEditorReady={(ready) => (editor = ready)}
      />
    </div>,
  );
  await expect.poll(() => document.querySelector('.casenote-diagnostic--info')).not.toBeNull();
  const span = document.querySelector('.casenote-diagnostic--info') as HTMLElement;
  expect(getComputedStyle(span).textDecorationColor).toBe('rgb(1, 2, 3)');
  expect(getComputedStyle(span).textDecorationStyle).toBe('wavy');
  expect(getComputedStyle(span).textDecorationLine).toBe('underline');
  expect((editor as Editor | null)?.storage.caseNoteLint.diagnostics).toHaveLength(1);
});

test('checks in a Web Worker with the worker prop, and stops the worker when the editor goes', async () => {
  const workers: Worker[] = [];
  const { screen, editor } = await renderEditor({
    worker: () => {
      const worker = new LintWorker();
      vi.spyOn(worker, 'terminate');
      workers.push(worker);
      return worker;
    },
  });
  // The worker loads its modules from the test server first.
  await expect.poll(() => editor.storage.caseNoteLint.diagnostics.length, { timeout: 10_000 }).toBe(3);
  expect(editor.storage.caseNoteLint.diagnostics.map((diagnostic) => diagnostic.actual)).toEqual([
    'contact',
    'contact centre',
    'LAC',
  ]);
  expect(workers).toHaveLength(1);
  await screen.unmount();
  expect(workers[0]?.terminate).toHaveBeenCalled();
});
