import { caseNoteLintPluginKey, formatWrittenToChild } from '@casenote/tiptap';
import type { Editor } from '@tiptap/core';
import { CountedSentencesList } from './counted-sentences.ts';
import { h } from './dom.ts';
import { elementLabels } from './labels.ts';

/**
 * How much of the note speaks to the child ("I visited you") rather than about them: a
 * `role="meter"` whose value is also written out ("40% written to Jade (2 of 5 sentences)"), and a
 * toggle (`aria-pressed`) that highlights the sentences about the child, and "What was counted",
 * the sentences behind the figures. Follows the whole-note
 * analysis, which runs when the writer pauses; hidden when the analysis is turned off.
 */
export class ChildMeter {
  readonly element: HTMLDivElement;
  readonly #track: HTMLDivElement;
  readonly #fill: HTMLDivElement;
  readonly #value: HTMLParagraphElement;
  readonly #toggle: HTMLButtonElement;
  readonly #counted: CountedSentencesList;
  #renderedKey = '';
  private readonly editor: Editor;

  constructor(editor: Editor, idPrefix: string) {
    this.editor = editor;
    const labelId = `${idPrefix}-meter-label`;
    this.#fill = h('div', { class: 'meter__fill' });
    this.#track = h(
      'div',
      {
        class: 'meter__track',
        role: 'meter',
        'aria-labelledby': labelId,
        'aria-valuemin': '0',
        'aria-valuemax': '100',
        hidden: '',
      },
      this.#fill,
    );
    this.#value = h('p', { class: 'meter__value' });
    this.#toggle = h(
      'button',
      { type: 'button', 'aria-pressed': 'false', 'data-action': 'highlight-about-child' },
      elementLabels.highlight,
    );
    this.#toggle.addEventListener('click', () => editor.commands.toggleAboutChildHighlight());
    this.#counted = new CountedSentencesList(editor, idPrefix);
    this.element = h(
      'div',
      { class: 'meter' },
      h('p', { id: labelId, class: 'meter__label' }, elementLabels.meter),
      this.#track,
      this.#value,
      this.#toggle,
      this.#counted.element,
    );
  }

  refresh(): void {
    if (this.editor.isDestroyed) return;
    this.#counted.refresh();
    const storage = this.editor.storage.caseNoteLint;
    const analysis = caseNoteLintPluginKey.getState(this.editor.state)?.analysis ?? null;
    const summary = analysis?.summary ?? null;
    const share = summary?.writtenToChildShare ?? null;
    const percent = share === null ? null : Math.round(share * 100);
    const childName = analysis?.child?.name ?? null;
    const key = `${storage.lintOptions.analysis}|${percent}|${summary?.toChild}|${summary?.aboutChild}|${childName}|${storage.highlightAboutChild}|${summary === null}`;
    if (key === this.#renderedKey) return;
    this.#renderedKey = key;
    this.element.hidden = storage.lintOptions.analysis === false;
    const text = formatWrittenToChild(summary, childName);
    this.#track.hidden = percent === null;
    if (percent !== null) {
      this.#track.setAttribute('aria-valuenow', String(percent));
      this.#track.setAttribute('aria-valuetext', text);
      this.#fill.style.inlineSize = `${percent}%`;
    }
    this.#value.textContent = text;
    // The meter already reads its value out; the same words on screen are for sighted readers.
    this.#value.toggleAttribute('aria-hidden', percent !== null);
    this.#toggle.setAttribute('aria-pressed', String(storage.highlightAboutChild));
  }
}
