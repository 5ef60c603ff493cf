import { defaultContactRecord, type RecordTemplate } from '@casenote/guides';
import { Extension } from '@tiptap/core';
import { EditorState, TextSelection } from '@tiptap/pm/state';
import { findRecordSectionTarget } from './findRecordSectionTarget.ts';
import { insertRecordNodes } from './insertRecordNodes.ts';
import { createRecordPromptPlugin, recordAttributes } from './record-prompts.ts';
import type { ContactRecordOptions, InsertRecordOptions } from './types.ts';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    contactRecord: {
      /**
       * Inserts a contact record template at the selection, as one undo step: each section's heading
       * (a heading node when the schema has one; template text, never linted) and an empty paragraph
       * showing its prompt in placeholder style, then puts the caret in the first one. Refused (false)
       * when the editor is read-only.
       * @param template The template. @default the extension's `template` option
       * @param options `headingLevel` and `prompts`. @default the extension's options
       * @example editor.chain().focus().insertRecordTemplate().run()
       */
      insertRecordTemplate: (template?: RecordTemplate, options?: InsertRecordOptions) => ReturnType;
      /**
       * Moves the caret to a record section's body (selecting its prompt if it is still there) and
       * scrolls to it. Refused (false) when the section's heading is not in the note.
       * @param template The template. @default the extension's `template` option
       * @example editor.chain().focus().goToRecordSection('consent').run()
       */
      goToRecordSection: (sectionId: string, template?: RecordTemplate) => ReturnType;
    };
  }
}

/**
 * Contact records (the audit's first recommendation): a command that inserts a host's record
 * template, and one that moves to a section. It never changes the note unless a command is run.
 *
 * @example
 * new Editor({ extensions: [StarterKit, ContactRecord.configure({ template: teamTemplate })] })
 */
export const ContactRecord = Extension.create<ContactRecordOptions>({
  name: 'contactRecord',

  addOptions() {
    return { template: defaultContactRecord, headingLevel: 2, prompts: true };
  },

  addGlobalAttributes() {
    return [{ types: ['heading', 'paragraph'], attributes: recordAttributes }];
  },

  addProseMirrorPlugins() {
    return [createRecordPromptPlugin()];
  },

  addCommands() {
    return {
      insertRecordTemplate:
        (template, options) =>
        ({ tr, dispatch, editor }) => {
          if (!editor.isEditable) return false;
          const { headingLevel, prompts } = this.options;
          // Dry runs (`can()`) try it on a throwaway transaction over the same document and selection.
          const target = dispatch ? tr : EditorState.create({ doc: tr.doc, selection: tr.selection }).tr;
          return insertRecordNodes(target, template ?? this.options.template, { headingLevel, prompts, ...options });
        },
      goToRecordSection:
        (sectionId, template) =>
        ({ tr, dispatch }) => {
          const target = findRecordSectionTarget(tr.doc, template ?? this.options.template, sectionId);
          if (!target) return false;
          if (dispatch) tr.setSelection(TextSelection.create(tr.doc, target.from, target.to)).scrollIntoView();
          return true;
        },
    };
  },
});
