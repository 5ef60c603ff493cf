import type { CaseNoteEditorElement } from './casenote-editor-element.ts';
import { defineCaseNoteEditor } from './define.ts';
import type { NoteFormat } from './note-content.ts';

export interface MountOptions {
  /** The child the note is written to, as `Name[:age]`. @default undefined (inferred from the note) */
  child?: string;
  /** The other children of the household, as `Name[:age], …`. @default undefined */
  household?: string;
  /** What the textarea receives: `text` (one line per paragraph) or `html`. @default 'text' */
  format?: NoteFormat;
  /** Show the note without letting it be edited. @default the textarea's own `readonly` */
  readOnly?: boolean;
}

export interface MountedEditor {
  /** The `<casenote-editor>` standing in for the textarea. */
  element: CaseNoteEditorElement;
  /**
   * Puts the textarea back where it was, holding the edited note, and removes the editor.
   * @returns The textarea's value.
   */
  unmount(): string;
}

/**
 * Upgrades an existing `<textarea>` in place to a case-note editor. The textarea stays in the form,
 * hidden, and receives the note on every change, so the form submits it under the same name; its
 * `id` moves to the editor, so a `<label for>` names (and focuses) the editor; its value is the
 * starting note.
 *
 * @param textarea The textarea to upgrade.
 * @param options Child, household, format and read-only.
 * @returns The editor element and `unmount()`.
 * @example
 * const { unmount } = mount(document.querySelector('textarea[name="note"]'), { child: 'Jade:9' });
 */
export function mount(textarea: HTMLTextAreaElement, options: MountOptions = {}): MountedEditor {
  if (!(textarea instanceof HTMLTextAreaElement)) throw new TypeError('mount() upgrades a <textarea>');
  if (textarea.hidden && textarea.nextElementSibling?.localName === 'casenote-editor') {
    throw new Error('this textarea already has a case-note editor');
  }
  defineCaseNoteEditor();
  const element = document.createElement('casenote-editor') as CaseNoteEditorElement;
  element.setAttribute('format', options.format ?? 'text');
  if (options.child) element.setAttribute('child', options.child);
  if (options.household) element.setAttribute('household', options.household);
  if (options.readOnly ?? textarea.readOnly) element.setAttribute('readonly', '');
  for (const attribute of ['aria-label', 'aria-labelledby', 'aria-describedby'] as const) {
    const value = textarea.getAttribute(attribute);
    if (value !== null) element.setAttribute(attribute, value);
  }
  // The textarea keeps its name and submits; the editor has none, so the field is sent once.
  const id = textarea.id;
  const required = textarea.required;
  const wasHidden = textarea.hidden;
  if (id) {
    textarea.removeAttribute('id');
    element.id = id;
  }
  if (required) {
    textarea.required = false;
    element.required = true;
  }
  element.defaultValue = textarea.defaultValue;
  element.value = textarea.value;
  // `hidden`, and an inline display the page's own `textarea { display: … }` cannot override.
  const inlineDisplay = [
    textarea.style.getPropertyValue('display'),
    textarea.style.getPropertyPriority('display'),
  ] as const;
  textarea.hidden = true;
  textarea.style.setProperty('display', 'none', 'important');
  textarea.after(element);

  const sync = () => {
    textarea.value = element.value;
  };
  element.addEventListener('input', sync);

  return {
    element,
    unmount() {
      sync();
      element.removeEventListener('input', sync);
      element.remove();
      if (id) {
        element.removeAttribute('id');
        textarea.id = id;
      }
      textarea.required = required;
      textarea.hidden = wasHidden;
      if (inlineDisplay[0]) textarea.style.setProperty('display', inlineDisplay[0], inlineDisplay[1]);
      else textarea.style.removeProperty('display');
      return textarea.value;
    },
  };
}
