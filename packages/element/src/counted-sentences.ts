import {
  type CountedSentence,
  caseNoteLintPluginKey,
  chainFocusedNow,
  groupCountedSentences,
  householdMentions,
} from '@casenote/tiptap';
import type { Editor } from '@tiptap/core';
import { h } from './dom.ts';
import { elementLabels } from './labels.ts';

/** Longest sentence text shown in the list; the rest is one click away in the note. */
const shownLength = 90;
const clip = (text: string) => (text.length > shownLength ? `${text.slice(0, shownLength - 1).trimEnd()}…` : text);

/**
 * "What was counted": a `<details>` under the meter listing the sentences its figures counted —
 * written to the child, about the child, to someone else (not counted) and the child's own words —
 * each with why, each a button that selects the sentence in the note. Listed only while open, and
 * again only when a new analysis lands.
 */
export class CountedSentencesList {
  readonly element: HTMLDetailsElement;
  readonly #body: HTMLDivElement;
  readonly #idPrefix: string;
  private readonly editor: Editor;
  /** The analysis the list was made from: a keystroke does not list it again. */
  #listedFor: object | null = null;

  constructor(editor: Editor, idPrefix: string) {
    this.editor = editor;
    this.#idPrefix = `${idPrefix}-counted`;
    this.#body = h('div', { class: 'counted__body' });
    this.element = h(
      'details',
      { class: 'counted' },
      h('summary', { class: 'counted__summary' }, elementLabels.counted),
      this.#body,
    );
    this.element.addEventListener('toggle', () => this.refresh());
  }

  refresh(): void {
    if (this.editor.isDestroyed) return;
    const analysis = caseNoteLintPluginKey.getState(this.editor.state)?.analysis ?? null;
    this.element.hidden = analysis === null;
    if (!this.element.open || !analysis) {
      if (!this.element.open) this.#listedFor = null;
      return;
    }
    if (this.#listedFor === analysis) return;
    this.#listedFor = analysis;
    const sentences = this.editor.storage.caseNoteLint.analysis?.sentences ?? [];
    const groups = groupCountedSentences(sentences);
    const child = analysis.child?.name ?? elementLabels.theChild;
    this.#body.replaceChildren(
      h('p', { class: 'counted__hint' }, elementLabels.countedHint),
      this.#group('to-child', elementLabels.countedToChild(child, groups.toChild.length), groups.toChild),
      this.#group('about-child', elementLabels.countedAboutChild(child, groups.aboutChild.length), groups.aboutChild),
      this.#group(
        'to-someone-else',
        elementLabels.countedToSomeoneElse(groups.toSomeoneElse.length),
        groups.toSomeoneElse,
      ),
      this.#group('child-voice', elementLabels.countedChildVoice(child, groups.childVoice.length), groups.childVoice),
    );
    const household = householdMentions(
      this.editor.storage.caseNoteLint.lintOptions.context?.household,
      analysis.summary.missingChildren,
    );
    if (household)
      this.#body.append(
        h('p', { class: 'counted__household' }, elementLabels.countedHousehold(household.mentioned, household.missing)),
      );
  }

  #group(name: string, title: string, sentences: CountedSentence[]): HTMLElement {
    const id = `${this.#idPrefix}-${name}`;
    const heading = h('p', { id, class: 'counted__title' }, title);
    if (sentences.length === 0)
      return h(
        'div',
        { class: 'counted__group' },
        heading,
        h('p', { class: 'counted__none' }, elementLabels.countedNone),
      );
    const { doc } = this.editor.state;
    const items = sentences.map((sentence) => {
      const reasonId = `${id}-${sentence.index}`;
      const button = h(
        'button',
        {
          type: 'button',
          class: 'counted__sentence',
          'data-sentence-kind': sentence.kind,
          'aria-describedby': sentence.reason ? reasonId : undefined,
        },
        clip(doc.textBetween(sentence.from, sentence.to, ' ')),
      );
      button.addEventListener('click', () => this.#select(sentence));
      const reason = sentence.reason ? h('span', { id: reasonId, class: 'counted__reason' }, sentence.reason) : '';
      return h('li', {}, button, reason);
    });
    return h(
      'div',
      { class: 'counted__group' },
      heading,
      h('ul', { class: 'counted__list', 'aria-labelledby': id }, ...items),
    );
  }

  /** Selects the sentence at its current range (the writer may have typed since it was listed). */
  #select(sentence: CountedSentence): void {
    if (this.editor.isDestroyed) return;
    const current = this.editor.storage.caseNoteLint.analysis?.sentences[sentence.index] ?? sentence;
    chainFocusedNow(this.editor).setTextSelection({ from: current.from, to: current.to }).scrollIntoView().run();
  }
}
