import type { Category, Diagnostic, LintOptions, Severity, SeverityOrOff } from '@casenote/lint';

export type { Category, Diagnostic, LintOptions, Severity, SeverityOrOff };

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

export interface CaseNoteLintOptions extends LintOptions {
  /**
   * Milliseconds to wait after the last edit before re-checking the changed paragraphs.
   * @default 300
   */
  delay: number;
  /**
   * Called with all current findings (document order) each time new results are shown.
   * @default null
   */
  onDiagnostics: ((diagnostics: EditorDiagnostic[]) => void) | null;
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
}

/**
 * `editor.storage.caseNoteLint`. `diagnostics` and `counts` are read from the editor's current
 * state each time, so their ranges are always current.
 */
export interface CaseNoteLintStorage {
  /** All current findings in document order, with their current ranges. */
  readonly diagnostics: EditorDiagnostic[];
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
   * A current finding by id, with its current range.
   * @example editor.storage.caseNoteLint.getDiagnostic('cn-12')
   */
  getDiagnostic(id: string): EditorDiagnostic | null;
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
    }
  | { type: 'remove'; ids: string[] }
  /** Rules changed while a linter answered asynchronously: check everything on the next run. */
  | { type: 'invalidate' };

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
  /** Goes up each time the findings change by results, an ignore or an applied suggestion. */
  version: number;
}
