import type { LintOptions } from '@casenote/lint';
import { type EditorDiagnostic, loadCaseNoteEngine } from '@casenote/tiptap';
import type { Editor } from '@tiptap/core';
import { expect } from 'vitest';
import { render } from 'vitest-browser-react';
import '../src/styles.css';
import { CaseNoteEditor, type CaseNoteEditorProps } from '../src/index.ts';

// The engine the editor checks with on the page loads on first use (pinned in @casenote/tiptap's
// page-engine.test.ts); loaded here, an editor has its findings as it first renders, as these tests read them.
await loadCaseNoteEngine();

/** The sample note: three jargon findings ("contact", "contact centre", "LAC"). */
export const jadeNote = '<p>Jade has contact with her dad at the contact centre. She is LAC.</p>';
export const jadeText = 'Jade has contact with her dad at the contact centre. She is LAC.';

/**
 * Only the word-level categories: the whole-note analysis (meter, prompts, write-to-child hints)
 * has its own tests (written-to-child.test.tsx) and would change the counts and tab order here.
 */
export const wordLevelOnly: LintOptions = {
  categories: { 'write-to-child': 'off', readability: 'off' },
  analysis: false,
};

/** Renders `CaseNoteEditor` (no debounce, word-level rules) and waits until it has linted. */
export async function renderEditor(props: Partial<CaseNoteEditorProps> = {}, expectedFindings?: number) {
  let editor: Editor | null = null;
  const screen = await render(
    <CaseNoteEditor
      content={jadeNote}
      delay={0}
      lintOptions={wordLevelOnly}
      {...props}
      onEditorReady={(ready) => (editor = ready)}
    />,
  );
  await expect.poll(() => editor).not.toBeNull();
  const ready = editor as unknown as Editor;
  if (expectedFindings !== undefined) {
    await expect.poll(() => ready.storage.caseNoteLint.diagnostics.length).toBe(expectedFindings);
  }
  return { screen, editor: ready };
}

/** The current finding whose flagged text is `actual` (the first, or the `nth`). */
export function findingFor(editor: Editor, actual: string, nth = 0): EditorDiagnostic {
  const found = editor.storage.caseNoteLint.diagnostics.filter((diagnostic) => diagnostic.actual === actual)[nth];
  if (!found) throw new Error(`no finding for "${actual}" (#${nth})`);
  return found;
}

/** The decoration span(s) of a finding, joined (overlapping decorations split into several). */
export function spansOf(id: string): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>(`.casenote-diagnostic[data-diagnostic-id="${id}"]`)];
}

/** The explanation card, if open. */
export function card(): HTMLElement | null {
  return document.querySelector<HTMLElement>('.casenote-card');
}

/** The editor's document position of the n-th character of its plain text (single paragraph). */
export function positionOf(editor: Editor, text: string, nth = 0): number {
  const plain = editor.state.doc.textContent;
  let index = -1;
  for (let i = 0; i <= nth; i++) index = plain.indexOf(text, index + 1);
  if (index < 0) throw new Error(`"${text}" not in the note`);
  return index + 1;
}

/** Focuses the editor at a position and waits for it: TipTap's `focus` lands on the next frame. */
export async function focusEditor(editor: Editor, position: 'start' | 'end' | number): Promise<void> {
  editor.commands.focus(position);
  await expect.poll(() => document.activeElement === editor.view.dom).toBe(true);
}
