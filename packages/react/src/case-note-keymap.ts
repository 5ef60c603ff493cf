import { Extension } from '@tiptap/core';
import { defaultShortcuts, OPEN_CARD_META, type CaseNoteShortcuts } from './keyboard-shortcuts.ts';

/**
 * Keyboard shortcuts over the `CaseNoteLint` commands: F8 / Shift+F8 move between findings,
 * Mod+Shift+Enter applies the first suggestion at the caret, Mod+. or Alt+Enter opens the card.
 * `useCaseNoteEditor` adds it; add it yourself when you build the editor by hand.
 *
 * @example new Editor({ extensions: [StarterKit, CaseNoteLint, CaseNoteKeymap] })
 */
export const CaseNoteKeymap = Extension.create<CaseNoteShortcuts>({
  name: 'caseNoteKeymap',

  addOptions() {
    return { ...defaultShortcuts };
  },

  addKeyboardShortcuts() {
    const editor = this.editor;
    const findingAtCaret = () => editor.storage.caseNoteLint?.getDiagnosticAt(editor.state.selection.from) ?? null;
    const bindings: Record<string, () => boolean> = {};
    const bind = (keys: string[], run: () => boolean) => {
      for (const key of keys) bindings[key] = run;
    };
    bind(this.options.nextDiagnostic, () => editor.commands.nextDiagnostic());
    bind(this.options.previousDiagnostic, () => editor.commands.previousDiagnostic());
    bind(this.options.applyFirstSuggestion, () => {
      const finding = findingAtCaret();
      if (!editor.isEditable || !finding || finding.suggestions.length === 0) return false;
      return editor.commands.applySuggestion(finding.id, 0);
    });
    bind(this.options.openCard, () => {
      const finding = findingAtCaret();
      if (!finding) return false;
      editor.view.dispatch(editor.state.tr.setMeta(OPEN_CARD_META, finding.id).setMeta('addToHistory', false));
      return true;
    });
    return bindings;
  },
});
