import type { Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

/**
 * Template text is structure, not the writer's words. A section heading the template inserted
 * carries `recordSection` (its section id); the paragraph under it carries `recordPrompt` (the
 * prompt, shown in placeholder style while the paragraph is empty and never part of the text). Both
 * render as `data-record-section` / `data-record-prompt`, so a saved and reloaded note keeps them.
 */
export const recordAttributes = {
  recordSection: {
    default: null,
    parseHTML: (element: HTMLElement) => element.getAttribute('data-record-section'),
    renderHTML: (attributes: Record<string, unknown>) =>
      attributes.recordSection ? { 'data-record-section': attributes.recordSection } : {},
  },
  recordPrompt: {
    default: null,
    parseHTML: (element: HTMLElement) => element.getAttribute('data-record-prompt'),
    renderHTML: (attributes: Record<string, unknown>) =>
      attributes.recordPrompt ? { 'data-record-prompt': attributes.recordPrompt } : {},
  },
};

/** Whether a block is text the record template wrote (a section heading): never linted. */
export function isTemplateText(node: PMNode): boolean {
  return typeof node.attrs.recordSection === 'string' && node.attrs.recordSection !== '';
}

function promptDecorations(doc: PMNode): DecorationSet {
  const decorations: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    const prompt = node.attrs.recordPrompt;
    if (typeof prompt === 'string' && prompt !== '' && node.content.size === 0)
      decorations.push(
        Decoration.node(pos, pos + node.nodeSize, { class: 'casenote-record-prompt', 'data-prompt': prompt }),
      );
    return false;
  });
  return DecorationSet.create(doc, decorations);
}

/** Shows each empty prompt paragraph's prompt in placeholder style (as TipTap's Placeholder does). */
export function createRecordPromptPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: new PluginKey('casenoteRecordPrompts'),
    state: {
      init: (_config, state) => promptDecorations(state.doc),
      apply: (tr, previous) => (tr.docChanged ? promptDecorations(tr.doc) : previous),
    },
    props: {
      decorations(state) {
        return this.getState(state);
      },
    },
  });
}
