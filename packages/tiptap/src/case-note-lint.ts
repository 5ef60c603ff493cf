import { type Command, type Editor, Extension } from '@tiptap/core';
import { EXTENSION_NAME } from './constants.ts';
import { createAboutChildPlugin } from './plugin/createAboutChildPlugin.ts';
import { createLintPlugin } from './plugin/createLintPlugin.ts';
import * as commands from './session/commands.ts';
import { LintSession } from './session/session.ts';
import { attachSession, createLintStorage, detachSession, getSession } from './session/storage.ts';
import type {
  CaseNoteLintOptions,
  CaseNoteLintStorage,
  Category,
  EditorDiagnostic,
  NoteContext,
  SeverityOrOff,
} from './types.ts';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    caseNoteLint: {
      /**
       * Checks now, instead of after the delay, the paragraphs edited since the last check (every paragraph before the first results).
       * @example editor.commands.lintNow()
       */
      lintNow: () => ReturnType;
      /**
       * Selects the next finding after the selection and scrolls to it; wraps round to the first.
       * @example editor.chain().focus().nextDiagnostic().run()
       */
      nextDiagnostic: () => ReturnType;
      /**
       * Selects the finding before the selection and scrolls to it; wraps round to the last.
       * @example editor.chain().focus().previousDiagnostic().run()
       */
      previousDiagnostic: () => ReturnType;
      /**
       * Selects a finding by id and scrolls to it.
       * @example editor.chain().focus().selectDiagnostic(diagnostic.id).run()
       */
      selectDiagnostic: (id: string) => ReturnType;
      /**
       * Replaces the flagged text with one of the finding's suggestions, as one undoable step.
       * Refused (false) if the text under the finding no longer equals its `actual`, or the editor is read-only.
       * @param index Which suggestion. @default 0
       * @example editor.commands.applySuggestion(diagnostic.id, 0)
       */
      applySuggestion: (id: string, index?: number) => ReturnType;
      /**
       * Ignores this finding: its rule, words and neighbouring words. It stays ignored after edits
       * elsewhere and comes back if those words change. The key goes to `ignoreStore.save`.
       * @example editor.commands.ignoreDiagnostic(diagnostic.id)
       */
      ignoreDiagnostic: (id: string) => ReturnType;
      /**
       * Changes a rule's severity, or turns it off, and re-checks the note.
       * @example editor.commands.setRuleSeverity('jargon-lac', 'off')
       */
      setRuleSeverity: (ruleId: string, severity: SeverityOrOff) => ReturnType;
      /**
       * Changes a whole category's severity, or turns it off, and re-checks the note.
       * @example editor.commands.setCategorySeverity('readability', 'off')
       */
      setCategorySeverity: (category: Category, severity: SeverityOrOff) => ReturnType;
      /**
       * Accepts a phrase (ignoring case) for this editor: findings whose text equals it go away.
       * @example editor.commands.allowPhrase('family time')
       */
      allowPhrase: (phrase: string) => ReturnType;
      /**
       * Analyses the whole note now instead of at the next pause (written to the child, the child's
       * voice, the household). Refused (false) when the analysis is turned off (`analysis: false`).
       * @example editor.commands.analyseNow()
       */
      analyseNow: () => ReturnType;
      /**
       * Sets the child the note is written to and the household, and analyses the note again.
       * @example editor.commands.setNoteContext({ child: { name: 'Jade', age: 9, pronouns: 'she' }, household: [{ name: 'Sam', age: 6 }] })
       */
      setNoteContext: (context: NoteContext) => ReturnType;
      /**
       * Highlights the sentences written about the child (class `casenote-about-child`), or stops.
       * Changes nothing in the note and adds no undo step.
       * @param on Highlight (true) or not (false). @default the opposite of now
       * @example editor.commands.toggleAboutChildHighlight()
       */
      toggleAboutChildHighlight: (on?: boolean) => ReturnType;
    };
  }

  interface Storage {
    caseNoteLint: CaseNoteLintStorage;
  }
}

/**
 * Checks a case note as it is written and shows the findings as decorations, with commands to
 * move between them, apply a suggestion, ignore one, and change rules. Never edits the note itself.
 *
 * @example
 * new Editor({ extensions: [StarterKit, CaseNoteLint.configure({ delay: 300 })] })
 */
export const CaseNoteLint = Extension.create<CaseNoteLintOptions, CaseNoteLintStorage>({
  name: EXTENSION_NAME,

  addOptions() {
    return {
      delay: 300,
      sliceBudget: 24,
      analysisDelay: 1000,
      analyser: null,
      onDiagnostics: null,
      onCheckError: null,
      ignoreStore: null,
      linter: null,
    };
  },

  addStorage() {
    // Reads as empty until the editor exists (see onBeforeCreate).
    return createLintStorage(null);
  },

  onBeforeCreate() {
    attachSession(this.storage, new LintSession(this.editor, this.options));
  },

  onDestroy() {
    detachSession(this.storage)?.detach();
  },

  addProseMirrorPlugins() {
    const session = getSession(this.editor);
    return session ? [createLintPlugin(session), createAboutChildPlugin()] : [];
  },

  addCommands() {
    // Commands look the session up in the editor's storage on each call.
    const withSession =
      <Args extends unknown[]>(run: (session: LintSession, ...args: Args) => Command) =>
      (...args: Args): Command =>
      (props) => {
        const session = getSession(props.editor as Editor);
        return session ? run(session, ...args)(props) : false;
      };

    return {
      lintNow: withSession((session) => commands.lintNow(session)),
      nextDiagnostic: withSession((session) => commands.moveToDiagnostic(session, 1)),
      previousDiagnostic: withSession((session) => commands.moveToDiagnostic(session, -1)),
      selectDiagnostic: withSession((session, id: string) => commands.selectDiagnostic(session, id)),
      applySuggestion: withSession((session, id: string, index?: number) =>
        commands.applySuggestion(session, id, index ?? 0),
      ),
      ignoreDiagnostic: withSession((session, id: string) => commands.ignoreDiagnostic(session, id)),
      setRuleSeverity: withSession((session, ruleId: string, severity: SeverityOrOff) =>
        commands.setSeverity(session, { rules: { [ruleId]: severity } }),
      ),
      setCategorySeverity: withSession((session, category: Category, severity: SeverityOrOff) =>
        commands.setSeverity(session, { categories: { [category]: severity } }),
      ),
      allowPhrase: withSession((session, phrase: string) => commands.allowPhrase(session, phrase)),
      analyseNow: withSession((session) => commands.analyseNow(session)),
      setNoteContext: withSession((session, context: NoteContext) => commands.setNoteContext(session, context)),
      toggleAboutChildHighlight: withSession((session, on?: boolean) => commands.highlightAboutChild(session, on)),
    };
  },
});

export type { EditorDiagnostic };
