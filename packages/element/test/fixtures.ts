import type { EditorDiagnostic } from '@casenote/tiptap';
import type { Editor } from '@tiptap/core';
import { expect } from 'vitest';
import '../src/index.ts';
import type { CaseNoteEditorElement } from '../src/index.ts';

/** The note every finding test starts from: one victim-blaming phrase with two suggestions. */
export const riskNote = 'Jade is putting herself at risk.';

/** Puts server-rendered-style markup in the page and returns it. */
export function renderPage(html: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = html;
  document.body.append(host);
  return host;
}

/** Empties the page between tests (elements let their editors go once out of the page). */
export function clearPage(): void {
  document.body.replaceChildren();
}

/** The element's TipTap editor, once it exists. */
export async function editorOf(element: CaseNoteEditorElement): Promise<Editor> {
  await expect.poll(() => element.editor).not.toBeNull();
  return element.editor as Editor;
}

/** The editing area inside the element's shadow root. */
export function textboxOf(element: CaseNoteEditorElement): HTMLElement {
  const textbox = element.shadowRoot?.querySelector<HTMLElement>('[role="textbox"]');
  if (!textbox) throw new Error('no textbox in the element');
  return textbox;
}

/** Focuses the note at a position and waits until the focus has landed. */
export async function focusNote(element: CaseNoteEditorElement, position: 'start' | 'end' | number = 'end') {
  const editor = await editorOf(element);
  editor.commands.focus(position);
  await expect.poll(() => element.shadowRoot?.activeElement === editor.view.dom).toBe(true);
}

/** Waits for the finding of a rule and returns it. */
export async function findingOf(element: CaseNoteEditorElement, ruleId: string): Promise<EditorDiagnostic> {
  const editor = await editorOf(element);
  await expect
    .poll(() => editor.storage.caseNoteLint.diagnostics.some((d) => d.ruleId === ruleId), { timeout: 10_000 })
    .toBe(true);
  return editor.storage.caseNoteLint.diagnostics.find((d) => d.ruleId === ruleId) as EditorDiagnostic;
}

/** The text under a finding's underline, joining the spans overlapping decorations split it into. */
export function underlinedText(element: CaseNoteEditorElement, id: string): string {
  return [...(element.shadowRoot?.querySelectorAll(`.casenote-diagnostic[data-diagnostic-id="${id}"]`) ?? [])]
    .map((span) => span.textContent)
    .join('');
}
