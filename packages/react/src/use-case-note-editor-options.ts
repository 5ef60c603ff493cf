import type { LintOptions, WorkerLike } from '@casenote/lint';
import type {
  CaseNoteAnalyser,
  CaseNoteLinter,
  CaseNoteShortcuts,
  EditorDiagnostic,
  IgnoreStore,
  NoteContext,
} from '@casenote/tiptap';
import type { Content, Editor, Extensions } from '@tiptap/core';

export interface UseCaseNoteEditorOptions {
  /** The note to start with (HTML or TipTap JSON). Read once: the editor is uncontrolled. @default '' */
  content?: Content;
  /** Called after every change to the note. @default undefined */
  onUpdate?: (props: { editor: Editor }) => void;
  /** Severities, allowed phrases and host rule packs. Read when the editor is created; change them later with commands. @default {} */
  lintOptions?: LintOptions;
  /** Milliseconds to wait after the last edit before re-checking. @default 300 */
  delay?: number;
  /** Called with all findings each time new results are shown. @default undefined */
  onDiagnostics?: (diagnostics: EditorDiagnostic[]) => void;
  /** Where the host keeps ignored findings. @default undefined (ignores last as long as the editor) */
  ignoreStore?: IgnoreStore;
  /** A linter to use instead of the built-in one (for example one in a Web Worker). @default undefined */
  linter?: CaseNoteLinter;
  /**
   * The child the note is written to and the children of the household, for the whole-note
   * analysis (written to the child, the child's voice, every child mentioned). Changing it
   * analyses the note again. @default undefined (the child is inferred from the note)
   */
  context?: NoteContext;
  /** Milliseconds after the last edit before the whole note is analysed again. @default 1000 */
  analysisDelay?: number;
  /** An analyser to use instead of the built-in one (for example one in a Web Worker). @default undefined */
  analyser?: CaseNoteAnalyser;
  /**
   * Creates a Web Worker running `@casenote/lint/worker`: checking and analysing then happen off the
   * page's main thread, so even the first check of a 20,000-word note does not hold up typing. The
   * worker starts with the editor and stops when it goes; if it cannot run, checking falls back to
   * the page. Read once. `linter` and `analyser`, if given, win.
   * @default undefined (checks on the page's thread)
   * @example worker={() => new LintWorker()} // import LintWorker from '@casenote/lint/worker?worker' (Vite)
   */
  worker?: () => WorkerLike;
  /** Show the note without letting it be edited. Findings still show. @default false */
  readOnly?: boolean;
  /** Text shown while the note is empty. @default '' */
  placeholder?: string;
  /** Accessible name of the editing area. @default 'Case note' */
  ariaLabel?: string;
  /** Id(s) of elements describing the editing area (for example your own help text). @default undefined */
  ariaDescribedBy?: string;
  /** Replaces some of the default keyboard shortcuts. @default undefined */
  shortcuts?: Partial<CaseNoteShortcuts>;
  /** More TipTap extensions, added after StarterKit and the case-note ones. @default [] */
  extensions?: Extensions;
}
