import type { Editor } from '@tiptap/core';

/**
 * Gives focus back to the editor at once, keeping its selection. TipTap's `focus` command waits for the
 * next animation frame; a card or panel that closes before then would leave focus on the page's body for
 * that frame (a screen reader announces the page, and a key pressed in between goes nowhere). A read-only
 * note has no caret, so its editing area itself takes focus.
 */
export function focusEditorNow(editor: Editor): void {
  if (editor.isDestroyed) return;
  if (editor.isEditable) editor.view.focus();
  else editor.view.dom.focus();
}

/**
 * A command chain that starts with the editor already focused (see `focusEditorNow`), for the card's,
 * panel's and lists' buttons: a key pressed straight after the click (Ctrl+Z after a fix) reaches the note.
 * `editor.chain().focus()` would focus a frame later, and the card's button would be gone by then.
 */
export function chainFocusedNow(editor: Editor): ReturnType<Editor['chain']> {
  focusEditorNow(editor);
  return editor.chain();
}
