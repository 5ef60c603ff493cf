import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

export interface CaseNotePlaceholderOptions {
  /** Text shown in an empty editor. @default '' */
  text: string;
}

const placeholderKey = new PluginKey('caseNotePlaceholder');

/**
 * Shows `text` in an empty editor through a node decoration (`data-placeholder`, painted by the
 * stylesheet), so the placeholder is never part of the note. Screen readers get `aria-placeholder`.
 */
export const CaseNotePlaceholder = Extension.create<CaseNotePlaceholderOptions>({
  name: 'caseNotePlaceholder',

  addOptions() {
    return { text: '' };
  },

  addProseMirrorPlugins() {
    const text = this.options.text;
    return [
      new Plugin({
        key: placeholderKey,
        props: {
          decorations: ({ doc }) => {
            const first = doc.firstChild;
            const empty = doc.childCount === 1 && first !== null && first.isTextblock && first.content.size === 0;
            if (!text || !empty || !first) return DecorationSet.empty;
            return DecorationSet.create(doc, [
              Decoration.node(0, first.nodeSize, { class: 'casenote-editor__placeholder', 'data-placeholder': text }),
            ]);
          },
        },
      }),
    ];
  },
});
