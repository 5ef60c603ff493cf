import { CaseNoteEditorElement } from './casenote-editor-element.ts';

/** The element's tag name. */
export const TAG_NAME = 'casenote-editor';

/**
 * Registers `<casenote-editor>` (importing the package already does). Safe to call again, and
 * a no-op where there is no `customElements` (server rendering).
 */
export function defineCaseNoteEditor(): void {
  if (typeof customElements === 'undefined' || customElements.get(TAG_NAME)) return;
  customElements.define(TAG_NAME, CaseNoteEditorElement);
}

declare global {
  interface HTMLElementTagNameMap {
    'casenote-editor': CaseNoteEditorElement;
  }
}
