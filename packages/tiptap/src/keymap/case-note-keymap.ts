import { type Editor, Extension } from '@tiptap/core';
import { keydownHandler } from '@tiptap/pm/keymap';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { getDiagnosticAtSelection } from '../utils/decorations.ts';
import { type CaseNoteShortcuts, defaultShortcuts, FOCUS_FINDINGS_META, OPEN_CARD_META } from './shortcuts.ts';

/**
 * Keyboard shortcuts over the `CaseNoteLint` commands, as `@codemirror/lint` ships `lintKeymap`
 * with its linter: F8 / Shift+F8 move between findings, Mod+Shift+Enter applies the first
 * suggestion of the finding at the caret, Mod+. or Alt+Enter asks the host to open its card
 * (a transaction with the `OPEN_CARD_META` meta). Every option is a list of keys.
 *
 * @example new Editor({ extensions: [StarterKit, CaseNoteLint, CaseNoteKeymap.configure({ openCard: ['Alt-Enter'] })] })
 */
export const CaseNoteKeymap = Extension.create<CaseNoteShortcuts>({
  name: 'caseNoteKeymap',

  addOptions() {
    return { ...defaultShortcuts };
  },

  addKeyboardShortcuts() {
    return this.editor.isDestroyed ? {} : caseNoteBindings(this.editor, this.options);
  },

  // ProseMirror runs key bindings only while the editor is editable. A read-only note is still
  // read with the keyboard: the same shortcuts (moving between findings, opening the card, the
  // findings list) work there too; applying a suggestion never does.
  addProseMirrorPlugins() {
    const editor = this.editor;
    const options = this.options;
    let handler: ReturnType<typeof keydownHandler> | null = null;
    return [
      new Plugin({
        key: new PluginKey('caseNoteReadOnlyKeymap'),
        props: {
          handleDOMEvents: {
            keydown(view, event) {
              if (view.editable) return false;
              handler ??= keydownHandler(
                Object.fromEntries(
                  Object.entries(caseNoteBindings(editor, options)).map(([key, run]) => [key, () => run()]),
                ),
              );
              if (!handler(view, event)) return false;
              event.preventDefault();
              return true;
            },
          },
        },
      }),
    ];
  },
});

/** The shortcuts as key bindings over the editor's commands. */
function caseNoteBindings(editor: Editor, options: CaseNoteShortcuts): Record<string, () => boolean> {
  const bindings: Record<string, () => boolean> = {};
  const bind = (keys: string[], run: () => boolean) => {
    for (const key of keys) bindings[key] = run;
  };
  bind(options.nextDiagnostic, () => editor.commands.nextDiagnostic());
  bind(options.previousDiagnostic, () => editor.commands.previousDiagnostic());
  bind(options.applyFirstSuggestion, () => {
    const finding = getDiagnosticAtSelection(editor.state);
    if (!editor.isEditable || !finding || finding.suggestions.length === 0) return false;
    return editor.commands.applySuggestion(finding.id, 0);
  });
  bind(options.openCard, () => {
    const finding = getDiagnosticAtSelection(editor.state);
    if (!finding) return false;
    editor.view.dispatch(editor.state.tr.setMeta(OPEN_CARD_META, finding.id).setMeta('addToHistory', false));
    return true;
  });
  bind(options.focusFindings, () => {
    editor.view.dispatch(editor.state.tr.setMeta(FOCUS_FINDINGS_META, true).setMeta('addToHistory', false));
    return true;
  });
  return bindings;
}
