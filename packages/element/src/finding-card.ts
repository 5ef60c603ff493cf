import {
  chainFocusedNow,
  type EditorDiagnostic,
  focusEditorNow,
  getDiagnosticAtSelection,
  OPEN_CARD_META,
} from '@casenote/tiptap';
import { explain, loadRuleDetails } from '@casenote/lint';
import type { Editor } from '@tiptap/core';
import type { Transaction } from '@tiptap/pm/state';
import { h } from './dom.ts';
import { categoryTitles, elementLabels, severityTitles } from './labels.ts';
import { createSeverityIcon } from './severity-icon.ts';

/**
 * The explanation card: what was found, why it matters, suggestions as buttons (each one undoable
 * step), Ignore, Turn off this rule, Close and a link to the guidance. A non-modal dialog placed
 * under the flagged words. It opens when the caret moves into a finding (not while typing), when
 * the pointer rests on one, and with Alt+Enter or Mod+. (which also move focus into it). Esc closes
 * it and gives focus back to the note.
 */
export class FindingCard {
  readonly element: HTMLDivElement;
  #caretId: string | null = null;
  #hoverId: string | null = null;
  #pinnedId: string | null = null;
  #dismissedId: string | null = null;
  #shown: { id: string; editable: boolean } | null = null;
  #hoverTimer: ReturnType<typeof setTimeout> | undefined;

  private readonly editor: Editor;
  /** The positioned box the card is placed in (it also holds the editor). */
  private readonly anchor: HTMLElement;
  private readonly idPrefix: string;

  constructor(editor: Editor, anchor: HTMLElement, idPrefix: string) {
    this.editor = editor;
    this.anchor = anchor;
    this.idPrefix = idPrefix;
    this.element = h('div', { class: 'card', role: 'dialog', tabindex: '-1', hidden: '' });
    anchor.append(this.element);
    this.element.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopPropagation();
      this.close(true);
    });
    this.element.addEventListener('focusout', (event) => {
      const next = event.relatedTarget;
      if (next instanceof Node && (this.element.contains(next) || editor.view.dom.contains(next))) return;
      this.#pinnedId = null;
      this.#hoverId = null;
      this.refresh();
    });
    // Focus moving into the card keeps it open on this finding until focus leaves both.
    this.element.addEventListener('focusin', () => {
      if (this.#pinnedId === null && this.#shown) this.#pinnedId = this.#shown.id;
    });
    // A click on the card's buttons leaves focus (and the caret) in the note, as a toolbar does.
    this.element.addEventListener('mousedown', (event) => {
      if (event.target instanceof Element && event.target.closest('button')) event.preventDefault();
    });
    this.element.addEventListener('mouseenter', () => clearTimeout(this.#hoverTimer));
    const dom = editor.view.dom;
    dom.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || this.element.hidden) return;
      event.preventDefault();
      this.close(false);
    });
    dom.addEventListener('mouseover', (event) => {
      const id = findingIdAt(event.target);
      if (!id) return;
      clearTimeout(this.#hoverTimer);
      this.#hoverTimer = setTimeout(() => {
        this.#hoverId = id;
        this.refresh();
      }, 150);
    });
    dom.addEventListener('mouseout', (event) => {
      if (!findingIdAt(event.target) || findingIdAt(event.relatedTarget) === findingIdAt(event.target)) return;
      clearTimeout(this.#hoverTimer);
      this.#hoverTimer = setTimeout(() => {
        this.#hoverId = null;
        this.refresh();
      }, 300);
    });
  }

  /** Follows the editor: the keyboard command, the caret moving, findings changing. */
  onTransaction(transaction: Transaction): void {
    const openId = transaction.getMeta(OPEN_CARD_META);
    if (typeof openId === 'string') {
      this.open(openId);
      return;
    }
    // Typing never pops the card up under the caret; moving the caret (arrows, click, F8) does.
    if (transaction.docChanged) this.#caretId = null;
    else if (transaction.selectionSet) this.#caretId = getDiagnosticAtSelection(this.editor.state)?.id ?? null;
    if (this.#dismissedId !== null && this.#dismissedId !== this.#caretId) this.#dismissedId = null;
    // On blur, focus has not landed yet (it may be going into the card): look once it has.
    if (transaction.getMeta('blur')) setTimeout(() => this.refresh(), 0);
    else this.refresh();
  }

  /** The editor lost focus to something outside the element. */
  onEditorBlur(): void {
    this.#caretId = null;
    this.refresh();
  }

  /** Opens the card on a finding (a read-only note has no caret to open it with), focus in it. */
  open(id: string): void {
    this.#dismissedId = null;
    this.#pinnedId = id;
    this.refresh();
    this.#focusFirst();
  }

  close(returnFocus: boolean): void {
    clearTimeout(this.#hoverTimer);
    this.#dismissedId = this.#shown?.id ?? null;
    this.#pinnedId = null;
    this.#hoverId = null;
    this.refresh();
    if (returnFocus) focusEditorNow(this.editor);
  }

  destroy(): void {
    clearTimeout(this.#hoverTimer);
    this.element.remove();
  }

  /** Shows the finding that should be shown (pinned, hovered or at the caret), or hides the card. */
  refresh(): void {
    if (this.editor.isDestroyed) return;
    const storage = this.editor.storage.caseNoteLint;
    const caretId = this.#focusWithin() && this.#caretId !== this.#dismissedId ? this.#caretId : null;
    const id = this.#pinnedId ?? this.#hoverId ?? caretId;
    const diagnostic = id === null ? null : storage.getDiagnostic(id);
    if (!diagnostic) {
      if (this.#pinnedId !== null && id === this.#pinnedId) this.#pinnedId = null;
      this.#shown = null;
      this.element.hidden = true;
      this.element.replaceChildren();
      return;
    }
    const editable = this.editor.isEditable;
    const shown = this.#shown;
    // A finding keeps its id while it lasts, so the card is drawn once per finding: new results
    // elsewhere in the note never replace the buttons under the writer's pointer or focus.
    if (!shown || shown.id !== diagnostic.id || shown.editable !== editable) {
      this.#render(diagnostic, editable);
      this.#shown = { id: diagnostic.id, editable };
    }
    this.element.hidden = false;
    this.#place(diagnostic.id);
  }

  #render(diagnostic: EditorDiagnostic, editable: boolean): void {
    const titleId = `${this.idPrefix}-card-title`;
    const explanationId = `${this.idPrefix}-card-explanation`;
    const suggestionsId = `${this.idPrefix}-card-suggestions`;
    const card = this.element;
    card.className = `card card--${diagnostic.severity}`;
    card.setAttribute('aria-labelledby', titleId);
    const explanation = explain(diagnostic);
    if (explanation === undefined) card.removeAttribute('aria-describedby');
    else card.setAttribute('aria-describedby', explanationId);
    card.dataset.diagnosticId = diagnostic.id;
    card.dataset.ruleId = diagnostic.ruleId;
    card.dataset.severity = diagnostic.severity;

    const act = (run: () => void) => () => {
      this.#dismissedId = diagnostic.id;
      this.#pinnedId = null;
      this.#hoverId = null;
      run();
    };
    const children: Node[] = [
      h(
        'p',
        { class: 'card__meta' },
        h(
          'span',
          { class: 'severity', 'data-severity': diagnostic.severity },
          createSeverityIcon(diagnostic.severity),
          severityTitles[diagnostic.severity],
        ),
        h('span', {}, categoryTitles[diagnostic.category]),
      ),
      h('p', { id: titleId, class: 'card__message' }, diagnostic.message),
      h('p', { id: explanationId, class: 'card__explanation' }, explanation ?? ''),
    ];
    // a built-in rule's explanation arrives with the rule details, a moment after the engine: the
    // card shows the message, suggestions and source meanwhile, then the explanation
    const paragraph = children[children.length - 1] as HTMLParagraphElement;
    if (explanation === undefined) {
      paragraph.hidden = true;
      loadRuleDetails().then(
        (details) => {
          const arrived = explain(diagnostic, details);
          if (arrived === undefined || this.#shown?.id !== diagnostic.id || !paragraph.isConnected) return;
          paragraph.textContent = arrived;
          paragraph.hidden = false;
          card.setAttribute('aria-describedby', explanationId);
        },
        () => undefined,
      );
    }
    if (diagnostic.suggestions.length > 0) {
      const group = h(
        'div',
        { class: 'card__suggestions', role: 'group', 'aria-labelledby': suggestionsId },
        h(
          'p',
          { id: suggestionsId, class: 'card__label' },
          editable ? elementLabels.replaceWith : elementLabels.couldBe,
        ),
      );
      if (editable) {
        diagnostic.suggestions.forEach((suggestion, index) => {
          const button = h('button', { type: 'button', class: 'suggestion', 'data-action': 'suggestion' }, suggestion);
          button.addEventListener(
            'click',
            act(() => chainFocusedNow(this.editor).applySuggestion(diagnostic.id, index).run()),
          );
          group.append(button);
        });
      } else {
        group.append(h('ul', {}, ...diagnostic.suggestions.map((suggestion) => h('li', {}, suggestion))));
      }
      children.push(group);
    }
    // wording whose fit the sentence does not show: text to consider, never a button
    const consider = diagnostic.suggestions.length === 0 ? (diagnostic.consider ?? []) : [];
    if (consider.length > 0)
      children.push(
        h(
          'div',
          { class: 'card__suggestions card__consider', role: 'group', 'aria-labelledby': suggestionsId },
          h('p', { id: suggestionsId, class: 'card__label' }, elementLabels.consider),
          h('ul', {}, ...consider.map((wording) => h('li', {}, wording))),
        ),
      );
    const actions = h('div', { class: 'card__actions' });
    const addAction = (label: string, action: string, run: () => void, className?: string) => {
      const button = h('button', { type: 'button', 'data-action': action, class: className }, label);
      button.addEventListener('click', run);
      actions.append(button);
    };
    addAction(
      elementLabels.ignore,
      'ignore',
      act(() => chainFocusedNow(this.editor).ignoreDiagnostic(diagnostic.id).run()),
    );
    addAction(
      elementLabels.turnOff,
      'disable-rule',
      act(() => chainFocusedNow(this.editor).setRuleSeverity(diagnostic.ruleId, 'off').run()),
    );
    addAction(elementLabels.close, 'close', () => this.close(true), 'quiet');
    children.push(actions);
    if (diagnostic.source) {
      children.push(
        h(
          'p',
          { class: 'card__source' },
          h(
            'a',
            { href: diagnostic.source, target: '_blank', rel: 'noopener noreferrer', 'data-action': 'source' },
            elementLabels.guidance,
            h('span', { class: 'visually-hidden' }, elementLabels.newTab),
          ),
        ),
      );
    }
    card.replaceChildren(...children);
  }

  /** Under the flagged words, inside the anchor box (moved left if it would overflow it). */
  #place(id: string): void {
    const spans = this.editor.view.dom.querySelectorAll(`[data-diagnostic-id="${CSS.escape(id)}"]`);
    const box = this.anchor.getBoundingClientRect();
    let left = Number.POSITIVE_INFINITY;
    let bottom = Number.NEGATIVE_INFINITY;
    for (const span of spans) {
      const rect = span.getBoundingClientRect();
      left = Math.min(left, rect.left);
      bottom = Math.max(bottom, rect.bottom);
    }
    if (spans.length === 0) {
      const finding = this.editor.storage.caseNoteLint.getDiagnostic(id);
      const coords = this.editor.view.coordsAtPos(finding?.from ?? this.editor.state.selection.from);
      left = coords.left;
      bottom = coords.bottom;
    }
    const width = this.element.offsetWidth;
    const x = Math.max(0, Math.min(left - box.left, box.width - width));
    this.element.style.insetInlineStart = `${x}px`;
    this.element.style.insetBlockStart = `${bottom - box.top + 6}px`;
  }

  /** Focus is in the note or in the card. */
  #focusWithin(): boolean {
    const active = (this.element.getRootNode() as Document | ShadowRoot).activeElement;
    return this.editor.view.hasFocus() || (active !== null && this.element.contains(active));
  }

  #focusFirst(): void {
    if (this.element.hidden) return;
    (this.element.querySelector<HTMLElement>('button, a[href]') ?? this.element).focus();
  }
}

function findingIdAt(target: EventTarget | null): string | null {
  return target instanceof Element
    ? (target.closest('[data-diagnostic-id]')?.getAttribute('data-diagnostic-id') ?? null)
    : null;
}
