import { type Command, Extension } from '@tiptap/core';
import { EXTENSION_NAME } from './constants.ts';
import { LintSession } from './lint-session.ts';
import type {
  CaseNoteLintOptions,
  CaseNoteLintStorage,
  Category,
  EditorDiagnostic,
  NoteContext,
  SeverityOrOff,
} from './types.ts';
import { createAboutChildPlugin } from './utils/createAboutChildPlugin.ts';
import { createLintPlugin } from './utils/createLintPlugin.ts';
import { createLintStorage } from './utils/createLintStorage.ts';
import { lintSessions } from './utils/lintSessions.ts';

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
      ignoreStore: null,
      linter: null,
    };
  },

  addStorage() {
    // Real values are read from the editor state once the editor exists (see onBeforeCreate).
    return createLintStorage(null);
  },

  onBeforeCreate() {
    const session = new LintSession(this.editor, this.options);
    lintSessions.set(this.editor, session);
    Object.defineProperties(this.storage, Object.getOwnPropertyDescriptors(createLintStorage(session)));
  },

  onDestroy() {
    lintSessions.get(this.editor)?.destroy();
    lintSessions.delete(this.editor);
  },

  addProseMirrorPlugins() {
    const session = lintSessions.get(this.editor);
    return session ? [createLintPlugin(session), createAboutChildPlugin()] : [];
  },

  addCommands() {
    // Commands look the session up per call: one extension instance may serve several editors.
    const withSession =
      <Args extends unknown[]>(run: (session: LintSession, ...args: Args) => Command) =>
      (...args: Args): Command =>
      (props) => {
        const session = lintSessions.get(props.editor);
        return session ? run(session, ...args)(props) : false;
      };

    return {
      lintNow: withSession((session) => session.commandLintNow()),
      nextDiagnostic: withSession((session) => session.commandMove(1)),
      previousDiagnostic: withSession((session) => session.commandMove(-1)),
      selectDiagnostic: withSession((session, id: string) => session.commandSelect(id)),
      applySuggestion: withSession((session, id: string, index?: number) =>
        session.commandApplySuggestion(id, index ?? 0),
      ),
      ignoreDiagnostic: withSession((session, id: string) => session.commandIgnore(id)),
      setRuleSeverity: withSession((session, ruleId: string, severity: SeverityOrOff) =>
        session.commandSetSeverity({ rules: { [ruleId]: severity } }),
      ),
      setCategorySeverity: withSession((session, category: Category, severity: SeverityOrOff) =>
        session.commandSetSeverity({ categories: { [category]: severity } }),
      ),
      allowPhrase: withSession((session, phrase: string) => session.commandAllowPhrase(phrase)),
      analyseNow: withSession((session) => session.commandAnalyseNow()),
      setNoteContext: withSession((session, context: NoteContext) => session.commandSetNoteContext(context)),
      toggleAboutChildHighlight: withSession((session, on?: boolean) => session.commandHighlightAboutChild(on)),
    };
  },
});

export type { EditorDiagnostic };
