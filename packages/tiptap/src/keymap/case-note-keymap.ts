import { Extension } from '@tiptap/core';
import { getDiagnosticAtSelection } from '../utils/decorations.ts';
import { type CaseNoteShortcuts, defaultShortcuts, OPEN_CARD_META } from './shortcuts.ts';

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
    const editor = this.editor;
    const bindings: Record<string, () => boolean> = {};
    const bind = (keys: string[], run: () => boolean) => {
      for (const key of keys) bindings[key] = run;
    };
    bind(this.options.nextDiagnostic, () => editor.commands.nextDiagnostic());
    bind(this.options.previousDiagnostic, () => editor.commands.previousDiagnostic());
    bind(this.options.applyFirstSuggestion, () => {
      const finding = getDiagnosticAtSelection(editor.state);
      if (!editor.isEditable || !finding || finding.suggestions.length === 0) return false;
      return editor.commands.applySuggestion(finding.id, 0);
    });
    bind(this.options.openCard, () => {
      const finding = getDiagnosticAtSelection(editor.state);
      if (!finding) return false;
      editor.view.dispatch(editor.state.tr.setMeta(OPEN_CARD_META, finding.id).setMeta('addToHistory', false));
      return true;
    });
    return bindings;
  },
});
