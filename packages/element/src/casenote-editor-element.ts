import { CaseNoteKeymap, CaseNoteLint } from '@casenote/tiptap';
import { Editor, type JSONContent } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { ChildMeter } from './child-meter.ts';
import { h } from './dom.ts';
import { FindingCard } from './finding-card.ts';
import { FindingsPanel } from './findings-panel.ts';
import { elementLabels } from './labels.ts';
import { readAccessibleName } from './accessible-name.ts';
import { type NoteFormat, readChildContent, readNote, toContent } from './note-content.ts';
import { parseNoteContext } from './parse-context.ts';
import { getStyleSheet } from './styles.ts';

let instances = 0;

/**
 * `<casenote-editor>`: a case-note editor that takes part in forms like a `<textarea>`. It checks
 * the note as it is written, underlines what it finds, and shows an explanation card, a findings
 * panel and a written-to-the-child meter, all inside its shadow root.
 *
 * Attributes: `name` (the form field), `readonly`, `required`, `format` (`html`, the default, or
 * `text`: what the form submits and what `value` reads and takes), `child` (`Name[:age]`, the
 * child the note is written to), `household` (`Name[:age], …`). The starting note is the tag's
 * content (HTML, or text with blank lines between paragraphs) or the `value` property. Fires
 * `input` on every change to the note and `change` when focus leaves it changed. Named by a
 * `<label for>`, `aria-labelledby` or `aria-label`.
 *
 * @example
 * <label for="summary">Summary</label>
 * <casenote-editor id="summary" name="summary" child="Jade:9">Jade is putting herself at risk.</casenote-editor>
 */
export class CaseNoteEditorElement extends HTMLElement {
  static formAssociated = true;
  static observedAttributes = ['readonly', 'required', 'format', 'child', 'household', 'aria-label', 'aria-labelledby'];

  readonly #internals: ElementInternals;
  readonly #root: ShadowRoot;
  readonly #idPrefix = `casenote-${++instances}`;
  readonly #layout: HTMLDivElement;
  readonly #main: HTMLDivElement;
  readonly #frame: HTMLDivElement;
  readonly #help: HTMLParagraphElement;
  #editor: Editor | null = null;
  #card: FindingCard | null = null;
  #panel: FindingsPanel | null = null;
  #meter: ChildMeter | null = null;
  /** The note a form reset goes back to: the tag's content, or `defaultValue`. */
  #defaultContent: string | JSONContent | null = null;
  #defaultValue = '';
  /** A value given before the editor exists (or kept while it is out of the page). */
  #pendingValue: string | null = null;
  #disabled = false;
  #valueAtFocus: string | null = null;
  #destroyTimer: ReturnType<typeof setTimeout> | undefined;
  #name = '';

  constructor() {
    super();
    this.#internals = this.attachInternals();
    // delegatesFocus: focusing the element (a click on its <label>) focuses the note.
    this.#root = this.attachShadow({ mode: 'open', delegatesFocus: true });
    this.#root.adoptedStyleSheets = [getStyleSheet()];
    this.#frame = h('div', { class: 'frame' });
    this.#help = h('p', { id: `${this.#idPrefix}-help`, class: 'visually-hidden' });
    this.#main = h('div', { class: 'main' }, this.#frame, this.#help);
    this.#layout = h('div', { class: 'layout' }, this.#main);
    this.#root.append(this.#layout);
    // The note's own input events stop here: the element fires one `input` per change, fixes included.
    this.#root.addEventListener('input', (event) => event.stopPropagation());
    this.#root.addEventListener('focusin', (event) => {
      const { relatedTarget } = event as FocusEvent;
      if (this.#isInside(relatedTarget)) return;
      this.#valueAtFocus = this.value;
      this.#refreshName();
    });
    this.#root.addEventListener('focusout', (event) => {
      const { relatedTarget } = event as FocusEvent;
      if (this.#isInside(relatedTarget)) return;
      this.#card?.onEditorBlur();
      const before = this.#valueAtFocus;
      this.#valueAtFocus = null;
      if (before !== null && before !== this.value) this.dispatchEvent(new Event('change', { bubbles: true }));
    });
  }

  /** The note as the form submits it (`format`); setting it replaces the note. '' when empty. */
  get value(): string {
    if (this.#editor) return readNote(this.#editor, this.format);
    return this.#pendingValue ?? '';
  }

  set value(value: string) {
    const text = String(value ?? '');
    if (!this.#editor) {
      this.#pendingValue = text;
      this.#syncForm();
      return;
    }
    this.#editor.commands.setContent(toContent(text, this.format), { emitUpdate: false });
    this.#syncForm();
  }

  /** The note a form reset goes back to: the tag's content unless set here (in `format`). */
  get defaultValue(): string {
    return this.#defaultValue;
  }

  set defaultValue(value: string) {
    this.#defaultValue = String(value ?? '');
    this.#defaultContent = toContent(this.#defaultValue, this.format);
  }

  /** `html` (the default) or `text`. */
  get format(): NoteFormat {
    return this.getAttribute('format') === 'text' ? 'text' : 'html';
  }

  set format(format: NoteFormat) {
    this.setAttribute('format', format);
  }

  get name(): string {
    return this.getAttribute('name') ?? '';
  }

  set name(name: string) {
    this.setAttribute('name', name);
  }

  get readOnly(): boolean {
    return this.hasAttribute('readonly');
  }

  set readOnly(readOnly: boolean) {
    this.toggleAttribute('readonly', Boolean(readOnly));
  }

  get required(): boolean {
    return this.hasAttribute('required');
  }

  set required(required: boolean) {
    this.toggleAttribute('required', Boolean(required));
  }

  get form(): HTMLFormElement | null {
    return this.#internals.form;
  }

  get labels(): NodeList {
    return this.#internals.labels;
  }

  get type(): string {
    return this.localName;
  }

  get validity(): ValidityState {
    return this.#internals.validity;
  }

  get validationMessage(): string {
    return this.#internals.validationMessage;
  }

  get willValidate(): boolean {
    return this.#internals.willValidate;
  }

  checkValidity(): boolean {
    return this.#internals.checkValidity();
  }

  reportValidity(): boolean {
    return this.#internals.reportValidity();
  }

  /** The TipTap editor inside (null until the element is in the page), for hosts that drive it. */
  get editor(): Editor | null {
    return this.#editor;
  }

  connectedCallback(): void {
    clearTimeout(this.#destroyTimer);
    if (this.#editor) {
      this.#refreshName();
      return;
    }
    // Created by the parser before its content was parsed: wait for the content.
    if (document.readyState === 'loading' && this.#defaultContent === null) {
      document.addEventListener('DOMContentLoaded', () => this.isConnected && !this.#editor && this.#create(), {
        once: true,
      });
      return;
    }
    this.#create();
  }

  disconnectedCallback(): void {
    // A move (out and straight back in) keeps the editor; an element left out of the page lets it go.
    this.#destroyTimer = setTimeout(() => {
      if (!this.isConnected) this.#destroy();
    }, 0);
  }

  attributeChangedCallback(name: string, oldValue: string | null, newValue: string | null): void {
    if (oldValue === newValue) return;
    const editor = this.#editor;
    switch (name) {
      case 'readonly':
        this.#applyEditable();
        break;
      case 'required':
      case 'format':
        this.#syncForm();
        break;
      case 'child':
      case 'household':
        editor?.commands.setNoteContext(
          parseNoteContext(this.getAttribute('child'), this.getAttribute('household')) ?? {},
        );
        break;
      case 'aria-label':
      case 'aria-labelledby':
        this.#refreshName();
        break;
    }
  }

  formResetCallback(): void {
    const content = this.#defaultContent ?? '';
    if (this.#editor) this.#editor.commands.setContent(content, { emitUpdate: false });
    else this.#pendingValue = this.#defaultValue;
    this.#syncForm();
  }

  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state !== 'string') return;
    if (this.#editor) this.#editor.commands.setContent(state, { emitUpdate: false });
    this.#syncForm();
  }

  formDisabledCallback(disabled: boolean): void {
    this.#disabled = disabled;
    if (disabled) this.#internals.states.add('disabled');
    else this.#internals.states.delete('disabled');
    this.#applyEditable();
  }

  #create(): void {
    if (this.#defaultContent === null) {
      this.#defaultContent = readChildContent(this);
      this.#defaultValue =
        typeof this.#defaultContent === 'string' ? this.#defaultContent : (this.textContent ?? '').trim();
    }
    const content = this.#pendingValue !== null ? toContent(this.#pendingValue, this.format) : this.#defaultContent;
    this.#pendingValue = null;
    this.#name = readAccessibleName(this, this.#internals.labels);
    const context = parseNoteContext(this.getAttribute('child'), this.getAttribute('household'));
    const editor = new Editor({
      element: this.#frame,
      // TipTap's own base styles would go into the page's <head>; the shadow root has its own.
      injectCSS: false,
      content,
      editable: this.#isEditable(),
      extensions: [StarterKit, CaseNoteLint.configure(context ? { context } : {}), CaseNoteKeymap],
      editorProps: { attributes: this.#editorAttributes() },
    });
    this.#editor = editor;
    this.#card = new FindingCard(editor, this.#main, this.#idPrefix);
    this.#meter = new ChildMeter(editor, this.#idPrefix);
    this.#panel = new FindingsPanel(editor, this.#idPrefix, this.#meter.element);
    this.#layout.append(this.#panel.element);
    this.#panel.setNoteName(this.#name);
    // A read-only note has no caret to open the card with: choosing a finding in the panel opens it.
    this.#panel.onChoose = (id) => {
      if (!editor.isEditable) this.#card?.open(id);
    };
    this.#help.textContent = this.#isEditable() ? elementLabels.shortcuts : elementLabels.readOnly;
    editor.on('update', () => {
      this.#syncForm();
      this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    });
    editor.on('transaction', ({ transaction }) => {
      this.#card?.onTransaction(transaction);
      this.#panel?.onTransaction(transaction);
      this.#meter?.refresh();
    });
    this.#panel.refresh();
    this.#meter.refresh();
    this.#syncForm();
  }

  #destroy(): void {
    if (!this.#editor) return;
    this.#pendingValue = this.value;
    this.#card?.destroy();
    this.#panel?.destroy();
    this.#panel?.element.remove();
    this.#editor.destroy();
    this.#frame.replaceChildren();
    this.#editor = null;
    this.#card = null;
    this.#panel = null;
    this.#meter = null;
  }

  #isInside(node: EventTarget | null): boolean {
    return node instanceof Node && this.#root.contains(node);
  }

  #isEditable(): boolean {
    return !this.readOnly && !this.#disabled;
  }

  #applyEditable(): void {
    const editor = this.#editor;
    if (!editor) return;
    const editable = this.#isEditable();
    this.#help.textContent = editable ? elementLabels.shortcuts : elementLabels.readOnly;
    if (editor.isEditable !== editable) editor.setEditable(editable, false);
    this.#updateEditorAttributes();
    this.#panel?.refresh();
    this.#card?.refresh();
  }

  #editorAttributes(): Record<string, string> {
    const attributes: Record<string, string> = {
      role: 'textbox',
      'aria-multiline': 'true',
      'aria-label': this.#name,
      'aria-describedby': this.#help.id,
      spellcheck: 'true',
    };
    if (!this.#isEditable()) {
      attributes['aria-readonly'] = 'true';
      // Still reachable with Tab, to be read, as a read-only textarea is.
      attributes.tabindex = '0';
    }
    if (this.required) attributes['aria-required'] = 'true';
    return attributes;
  }

  #updateEditorAttributes(): void {
    const editor = this.#editor;
    if (!editor) return;
    editor.setOptions({ editorProps: { ...editor.options.editorProps, attributes: this.#editorAttributes() } });
  }

  /** The note takes its accessible name from the element's label, as a textarea would. */
  #refreshName(): void {
    const name = readAccessibleName(this, this.#internals.labels);
    if (name === this.#name) return;
    this.#name = name;
    this.#updateEditorAttributes();
    this.#panel?.setNoteName(name);
  }

  #syncForm(): void {
    const value = this.value;
    this.#internals.setFormValue(value, this.#editor && !this.#editor.isEmpty ? this.#editor.getHTML() : value);
    const anchor = this.#editor?.view.dom;
    if (this.required && value.trim() === '') {
      this.#internals.setValidity({ valueMissing: true }, elementLabels.required, anchor);
    } else {
      this.#internals.setValidity({});
    }
  }
}
