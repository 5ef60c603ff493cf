import type {
  Addressee,
  AnalyseOptions,
  Category,
  ChildContext,
  Diagnostic,
  LintOptions,
  NoteAnalysis,
  NoteContext,
  NoteSummary,
  SentenceAnalysis,
  SentenceKind,
  Severity,
  SeverityOrOff,
  Voice,
} from '@casenote/lint';

export type {
  Addressee,
  AnalyseOptions,
  Category,
  ChildContext,
  Diagnostic,
  LintOptions,
  NoteAnalysis,
  NoteContext,
  NoteSummary,
  SentenceKind,
  Severity,
  SeverityOrOff,
  Voice,
};

/**
 * A finding as the editor sees it: the engine's fields plus a stable `id` and the finding's
 * current range in the document (ProseMirror positions, mapped through every edit since the
 * finding was made).
 */
export interface EditorDiagnostic extends Omit<Diagnostic, 'from' | 'to'> {
  /** Stable while the finding survives re-checks of its paragraph; unique within one editor. */
  id: string;
  /** Current document position where the flagged text starts. */
  from: number;
  /** Current document position where the flagged text ends (exclusive). */
  to: number;
  /**
   * The key `ignoreDiagnostic` stores for this finding: rule id, flagged words and the words either
   * side of them, so an ignore survives edits elsewhere and lapses when the context changes.
   */
  ignoreKey: string;
}

/** Number of current findings per category; categories with none are absent. */
export type DiagnosticCounts = Partial<Record<Category, number>>;

/**
 * Where the host keeps the keys of ignored findings (its own storage: per note, per user…).
 * `load` is called once when the editor is created, `save` after every `ignoreDiagnostic`.
 */
export interface IgnoreStore {
  load(): string[];
  save(keys: string[]): void;
}

/**
 * Anything that lints plain text like `createLinter()` from `@casenote/lint`. A host may pass its
 * own, for instance one that runs the engine in a Web Worker and answers with a promise.
 */
export interface CaseNoteLinter {
  lint(text: string, options?: LintOptions): Diagnostic[] | Promise<Diagnostic[]>;
}

/**
 * Anything that analyses a whole note like `analyseNote` from `@casenote/lint`. A host may pass its
 * own, for instance one that runs the analysis in a Web Worker and answers with a promise.
 */
export interface CaseNoteAnalyser {
  analyse(text: string, context: NoteContext, options: AnalyseOptions): NoteAnalysis | Promise<NoteAnalysis>;
}

/**
 * A sentence of the note as the editor sees it: its current document range, how the analysis
 * counted it and why, so a meter or a report can show what its figures are made of.
 */
export interface EditorSentence extends SentenceAnalysis {
  /** Current document position where the sentence starts. */
  from: number;
  /** Current document position where the sentence ends (exclusive). */
  to: number;
  /** Whether the sentence counts in the written-to-child share (it speaks to or about the child). */
  counted: boolean;
}

/** `editor.storage.caseNoteLint.analysis`: the last whole-note analysis, ranges mapped to the current document. */
export interface EditorNoteAnalysis {
  /** Counts, written-to-child share, child's voice, missing household children, reading age. */
  summary: NoteSummary;
  /** The child's name as given in the context or inferred from the note. */
  child: NoteAnalysis['child'];
  /** Every sentence with its kind, in document order. */
  sentences: EditorSentence[];
}

export interface CaseNoteLintOptions extends LintOptions {
  /**
   * Milliseconds to wait after the last edit before re-checking the changed paragraphs.
   * @default 300
   */
  delay: number;
  /**
   * Longest a timer task may spend checking on the page's thread, in milliseconds. A long note is
   * checked in slices this size, the paragraphs on screen first, so the first underlines appear at
   * once and typing is never held up for longer than one slice. Commands (`lintNow`) and an
   * asynchronous `linter` (a Web Worker) are not sliced.
   * @default 24
   */
  sliceBudget: number;
  /**
   * Called with all current findings (document order) each time new results are shown.
   * @default null
   */
  onDiagnostics: ((diagnostics: EditorDiagnostic[]) => void) | null;
  /**
   * Called once for each text the engine fails on (a paragraph, or the whole note for the
   * analysis). The failed paragraph is taken as having no findings until its text changes; every
   * other paragraph is checked as usual. Without it, failures go to `console.error`.
   * @default null
   * @example onCheckError: (error, { kind }) => report(`casenote ${kind} check failed`, error)
   */
  onCheckError: ((error: unknown, context: CheckErrorContext) => void) | null;
  /**
   * Loads and saves the keys of ignored findings. Without one, ignores last as long as the editor.
   * @default null
   */
  ignoreStore: IgnoreStore | null;
  /**
   * A linter to use instead of `createLinter()` from `@casenote/lint`. It is called with the
   * current `LintOptions` as its second argument, so rule changes made with commands reach it.
   * @default null
   */
  linter: CaseNoteLinter | null;
  /**
   * The child the note is written to and the children of the household, for the whole-note
   * analysis. Without it the child is inferred from the names and pronouns in the note. Change it
   * later with `setNoteContext`.
   * @default undefined
   */
  context?: NoteContext;
  /**
   * Milliseconds to wait after the last edit before analysing the whole note again (written to the
   * child or about them, the child's voice, the household). Longer than `delay`: the analysis reads
   * the whole note, so it waits for a real pause and then for the browser to be idle.
   * @default 1000
   */
  analysisDelay: number;
  /**
   * An analyser to use instead of `analyseNote()` from `@casenote/lint`, e.g. one in a Web Worker.
   * @default null
   */
  analyser: CaseNoteAnalyser | null;
}

/** What failed, for `onCheckError`: one paragraph's check, or the whole-note analysis. */
export interface CheckErrorContext {
  kind: 'paragraph' | 'analysis';
}

/**
 * `editor.storage.caseNoteLint`. `diagnostics` and `counts` are read from the editor's current
 * state each time, so their ranges are always current.
 */
export interface CaseNoteLintStorage {
  /**
   * All current findings in document order, with their current ranges. Listing them walks every
   * finding once per edit; code that runs on every transaction should watch `diagnosticsVersion`.
   */
  readonly diagnostics: EditorDiagnostic[];
  /**
   * A number that changes whenever findings are added, removed or replaced, and stays the same
   * while edits only move them. Cheap to read: compare it on each transaction to know when to read
   * `diagnostics` again (for a finding's current range, `getDiagnostic(id)`).
   * @example if (storage.diagnosticsVersion !== seen) list = storage.diagnostics
   */
  readonly diagnosticsVersion: number;
  /**
   * Whether some paragraphs are still to be checked: a long note's first check under way (it goes
   * in slices), or edits since the last check. Findings shown so far are current for the rest.
   */
  readonly checking: boolean;
  /** Number of current findings per category. */
  readonly counts: DiagnosticCounts;
  /** The `LintOptions` now in force (the options plus changes made with commands). */
  readonly lintOptions: LintOptions;
  /** Keys of ignored findings, as given to `ignoreStore.save`. */
  readonly ignoredKeys: string[];
  /**
   * The finding under a document position (ends included), the narrowest if several overlap.
   * @example editor.storage.caseNoteLint.getDiagnosticAt(editor.state.selection.from)
   */
  getDiagnosticAt(pos: number): EditorDiagnostic | null;
  /**
   * The finding at the caret: under it, or containing the whole selection (the finding F8 selected).
   * The same as the exported `getDiagnosticAtSelection(editor.state)`.
   * @example editor.storage.caseNoteLint.getDiagnosticAtSelection()
   */
  getDiagnosticAtSelection(): EditorDiagnostic | null;
  /**
   * How many checks have failed (each failing text counted once; see `onCheckError`). Other
   * paragraphs are checked whatever this says.
   */
  readonly checkErrors: number;
  /**
   * A current finding by id, with its current range.
   * @example editor.storage.caseNoteLint.getDiagnostic('cn-12')
   */
  getDiagnostic(id: string): EditorDiagnostic | null;
  /**
   * Prompts about the whole note (`scope: 'note'`: written-to-child share, child's voice missing, a
   * household child not mentioned). They have no range (`from` = `to` = 0) and no decoration.
   */
  readonly noteDiagnostics: EditorDiagnostic[];
  /** The last whole-note analysis (null before the first, or with `analysis: false`). */
  readonly analysis: EditorNoteAnalysis | null;
  /** Whether sentences about the child are highlighted (class `casenote-about-child`). */
  readonly highlightAboutChild: boolean;
}

/**
 * The meta (under `caseNoteLintPluginKey`) on the transaction that shows new results. It changes no
 * content, so listeners on `editor.on('transaction')` can refresh their view of the findings.
 */
export type LintResultsMeta =
  | {
      type: 'results';
      /** The document the results were computed for; they are dropped if it is not current. */
      doc: import('@tiptap/pm/model').Node;
      /** Replace every finding (true) or only those inside `blocks`. */
      full: boolean;
      blocks: LintedBlock[];
      /** Document ranges this slice of a long check left for the next one (none when all are done). */
      rest?: Array<{ from: number; to: number }>;
    }
  | { type: 'remove'; ids: string[] }
  /** Rules changed while a linter answered asynchronously: check everything on the next run. */
  | { type: 'invalidate' }
  | AnalysisResultsMeta
  | { type: 'highlight'; on: boolean };

/** A whole-note analysis, offsets already turned into document positions. */
export interface AnalysisResultsMeta {
  type: 'analysis';
  /** The document the analysis was made for; it is dropped if it is not current. */
  doc: import('@tiptap/pm/model').Node;
  /** Sentence-level findings (decorated like the others). */
  diagnostics: Array<Omit<EditorDiagnostic, 'id'>>;
  /** Note-level prompts (no range). */
  noteDiagnostics: Array<Omit<EditorDiagnostic, 'id'>>;
  sentences: EditorSentence[];
  summary: NoteSummary;
  child: NoteAnalysis['child'];
}

/** One textblock's findings, block-relative offsets already turned into document positions. */
export interface LintedBlock {
  /** Position of the textblock node (its content starts at `pos + 1`). */
  pos: number;
  /** Position just after the textblock node. */
  end: number;
  diagnostics: Array<Omit<EditorDiagnostic, 'id'>>;
}

/** The lint plugin's state: decorations carry the findings; `dirty` lists text edited since. */
export interface CaseNoteLintPluginState {
  /** One inline decoration per finding; the `EditorDiagnostic` rides in each decoration's spec. */
  decorations: import('@tiptap/pm/view').DecorationSet;
  /** Document ranges edited since the last results (mapped forward through every edit). */
  dirty: Array<{ from: number; to: number }>;
  /** Whether every textblock must be checked on the next run (start, or rules changed). */
  full: boolean;
  /**
   * Goes up each time the set of findings changes (results, an ignore, an applied suggestion, a
   * flagged word edited or deleted), never when an edit only moves findings.
   */
  version: number;
  /** The sentences of the last analysis; each decoration's spec holds `sentence: { kind, childVoice }`. */
  sentences: import('@tiptap/pm/view').DecorationSet;
  /** Inline decorations (class `casenote-about-child`) on the sentences about the child, drawn only while highlighting. */
  aboutChild: import('@tiptap/pm/view').DecorationSet;
  /** The last analysis's summary and note-level prompts (null before the first). */
  analysis: { summary: NoteSummary; child: NoteAnalysis['child']; noteDiagnostics: EditorDiagnostic[] } | null;
  /** Whether the about-child sentences are drawn. */
  highlightAboutChild: boolean;
}
