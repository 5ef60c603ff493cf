import {
  caseNoteLintPluginKey,
  chainFocusedNow,
  type EditorDiagnostic,
  formatPanelSummary,
  getDiagnosticAtSelection,
} from '@casenote/tiptap';
import { explain } from '@casenote/lint';
import type { Editor } from '@tiptap/core';
import type { Transaction } from '@tiptap/pm/state';
import { h } from './dom.ts';
import { categoryTitles, elementLabels, severityTitles } from './labels.ts';
import { createSeverityIcon } from './severity-icon.ts';

/**
 * The findings panel: a heading with the count, a summary, the prompts about the whole note (each
 * with Dismiss), and every finding in document order as a listbox — Up/Down move, Home/End jump,
 * Enter, Space or a click selects the finding in the note. A polite live region announces the
 * counts once they have settled, so typing does not set off a stream of announcements.
 */
export class FindingsPanel {
  readonly element: HTMLElement;
  readonly #heading: HTMLHeadingElement;
  readonly #summary: HTMLParagraphElement;
  readonly #prompts: HTMLUListElement;
  readonly #list: HTMLDivElement;
  readonly #empty: HTMLParagraphElement;
  readonly #status: HTMLParagraphElement;
  #ordered: EditorDiagnostic[] = [];
  #activeId: string | null = null;
  #renderedKey = '';
  #noteName = '';
  #listKey = '';
  #announceTimer: ReturnType<typeof setTimeout> | undefined;

  private readonly editor: Editor;
  private readonly idPrefix: string;
  /** Milliseconds the counts must stay the same before they are announced. */
  private readonly announceDelay: number;

  /** @param meter Shown between the summary and the prompts (the written-to-the-child meter). */
  /** Called after a finding is chosen in the list (Enter, Space or a click). */
  onChoose: ((id: string) => void) | null = null;

  constructor(editor: Editor, idPrefix: string, meter: HTMLElement, announceDelay = 1500) {
    this.editor = editor;
    this.idPrefix = idPrefix;
    this.announceDelay = announceDelay;
    const headingId = `${idPrefix}-panel-heading`;
    this.#heading = h('h2', { id: headingId });
    this.#summary = h('p', { class: 'panel__summary' });
    this.#prompts = h('ul', { class: 'prompts', 'aria-label': elementLabels.prompts, hidden: '' });
    this.#list = h('div', { role: 'listbox', tabindex: '0', 'aria-labelledby': headingId, hidden: '' });
    this.#empty = h('p', { class: 'panel__empty', hidden: '' }, elementLabels.none);
    this.#status = h('p', { role: 'status', class: 'visually-hidden' });
    this.element = h(
      'section',
      { class: 'panel', 'aria-labelledby': headingId },
      this.#heading,
      this.#summary,
      meter,
      this.#prompts,
      this.#list,
      this.#empty,
      this.#status,
    );
    this.#list.addEventListener('keydown', (event) => this.#onKeyDown(event));
    this.#list.addEventListener('click', (event) => {
      const option = event.target instanceof Element ? event.target.closest<HTMLElement>('[role="option"]') : null;
      const id = option?.dataset.diagnosticId;
      if (id) this.#choose(id);
    });
  }

  /**
   * The note's accessible name, read (not shown) in the heading: with several editors on a page,
   * each panel is then a landmark of its own ("Findings in Summary").
   */
  setNoteName(name: string): void {
    this.#noteName = name;
    this.#renderedKey = '';
    this.refresh();
  }

  /** Follows the caret: the finding being worked on in the note becomes the active option. */
  onTransaction(transaction: Transaction): void {
    this.refresh();
    if (!transaction.selectionSet || transaction.docChanged) return;
    const caretId = getDiagnosticAtSelection(this.editor.state)?.id;
    if (caretId && this.#activeId !== caretId && !this.#listHasFocus()) this.#setActive(caretId);
  }

  /** Draws the findings again if they (or the whole-note prompts) have changed. */
  refresh(): void {
    if (this.editor.isDestroyed) return;
    const storage = this.editor.storage.caseNoteLint;
    const analysis = caseNoteLintPluginKey.getState(this.editor.state)?.analysis ?? null;
    const key = `${storage.diagnosticsVersion}|${storage.checking}|${analysis?.noteDiagnostics.map((prompt) => prompt.id).join(',')}|${this.editor.isEditable}`;
    if (key === this.#renderedKey) return;
    this.#renderedKey = key;
    const checked = !storage.checking;
    const prompts = storage.noteDiagnostics;
    this.#ordered = storage.diagnostics.filter((diagnostic) => diagnostic.from < diagnostic.to);
    const total = this.#ordered.length;

    this.#heading.replaceChildren(
      elementLabels.panelHeading,
      h('span', { class: 'visually-hidden' }, ` in ${this.#noteName}`),
      ` (${total})`,
    );
    const summary = formatPanelSummary(checked, storage.counts, prompts.length);
    this.#summary.textContent = summary;
    this.element.toggleAttribute('aria-busy', !checked);
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => {
      this.#status.textContent = summary;
    }, this.announceDelay);

    this.#prompts.hidden = prompts.length === 0;
    this.#prompts.replaceChildren(...prompts.map((prompt) => this.#renderPrompt(prompt)));
    this.#empty.hidden = !(checked && total === 0 && prompts.length === 0);
    // One message for a checked note with nothing in it: the empty state stands in for "No findings".
    this.#summary.hidden = !this.#empty.hidden;
    this.#list.hidden = total === 0;
    if (!this.#ordered.some((diagnostic) => diagnostic.id === this.#activeId))
      this.#activeId = this.#ordered[0]?.id ?? null;
    // Results that leave the list as it was (the whole-note analysis arriving) keep the options,
    // so a click or the active option is never lost under the writer's pointer.
    const listKey = this.#ordered.map((diagnostic) => diagnostic.id).join(',');
    if (listKey !== this.#listKey) {
      this.#listKey = listKey;
      this.#list.replaceChildren(...this.#ordered.map((diagnostic) => this.#renderOption(diagnostic)));
    }
    this.#setActive(this.#activeId);
  }

  destroy(): void {
    clearTimeout(this.#announceTimer);
  }

  #optionId(id: string): string {
    return `${this.idPrefix}-option-${id}`;
  }

  #renderOption(diagnostic: EditorDiagnostic): HTMLElement {
    return h(
      'div',
      {
        id: this.#optionId(diagnostic.id),
        role: 'option',
        class: 'option',
        'aria-selected': 'false',
        'data-diagnostic-id': diagnostic.id,
        'data-severity': diagnostic.severity,
      },
      h(
        'span',
        { class: 'severity', 'data-severity': diagnostic.severity },
        createSeverityIcon(diagnostic.severity),
        severityTitles[diagnostic.severity],
        h('span', { class: 'visually-hidden' }, ':'),
      ),
      ` “${diagnostic.actual}” ${diagnostic.message}`,
      h('span', { class: 'option__category' }, categoryTitles[diagnostic.category]),
    );
  }

  #renderPrompt(prompt: EditorDiagnostic): HTMLElement {
    const messageId = `${this.idPrefix}-prompt-${prompt.id}`;
    const item = h(
      'li',
      { 'data-diagnostic-id': prompt.id, 'data-rule-id': prompt.ruleId, 'data-severity': prompt.severity },
      h(
        'span',
        { class: 'severity', 'data-severity': prompt.severity },
        createSeverityIcon(prompt.severity),
        severityTitles[prompt.severity],
        h('span', { class: 'visually-hidden' }, ': '),
      ),
      ' ',
      h('span', { id: messageId }, prompt.message),
      h('span', { class: 'explanation' }, explain(prompt) ?? ''),
    );
    if (this.editor.isEditable) {
      const dismiss = h(
        'button',
        { type: 'button', class: 'quiet', 'data-action': 'dismiss', 'aria-describedby': messageId },
        elementLabels.dismiss,
      );
      dismiss.addEventListener('click', () => this.editor.commands.ignoreDiagnostic(prompt.id));
      item.append(dismiss);
    }
    return item;
  }

  #setActive(id: string | null): void {
    this.#activeId = id;
    for (const option of this.#list.children) {
      option.setAttribute('aria-selected', String(option.getAttribute('data-diagnostic-id') === id));
    }
    const option = id === null ? null : this.#list.querySelector<HTMLElement>(`#${CSS.escape(this.#optionId(id))}`);
    if (!option) {
      this.#list.removeAttribute('aria-activedescendant');
      return;
    }
    this.#list.setAttribute('aria-activedescendant', option.id);
    // Scroll the list only, never the page.
    const listBox = this.#list.getBoundingClientRect();
    const optionBox = option.getBoundingClientRect();
    if (optionBox.top < listBox.top) this.#list.scrollTop -= listBox.top - optionBox.top;
    else if (optionBox.bottom > listBox.bottom) this.#list.scrollTop += optionBox.bottom - listBox.bottom;
  }

  #choose(id: string): void {
    this.#setActive(id);
    chainFocusedNow(this.editor).selectDiagnostic(id).run();
    this.onChoose?.(id);
  }

  #listHasFocus(): boolean {
    return (this.#list.getRootNode() as Document | ShadowRoot).activeElement === this.#list;
  }

  #onKeyDown(event: KeyboardEvent): void {
    const count = this.#ordered.length;
    if (count === 0) return;
    const index = Math.max(
      this.#ordered.findIndex((diagnostic) => diagnostic.id === this.#activeId),
      0,
    );
    let next: number;
    switch (event.key) {
      case 'ArrowDown':
        next = Math.min(index + 1, count - 1);
        break;
      case 'ArrowUp':
        next = Math.max(index - 1, 0);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = count - 1;
        break;
      case 'Enter':
      case ' ': {
        event.preventDefault();
        const chosen = this.#ordered[index];
        if (chosen) this.#choose(chosen.id);
        return;
      }
      default:
        return;
    }
    event.preventDefault();
    this.#setActive(this.#ordered[next]?.id ?? null);
  }
}
