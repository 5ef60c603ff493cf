/** An input that was skipped or read with a problem: where it is (a note's path, or `manifest.csv:12`) and why. */
export interface InputProblem {
  location: string;
  reason: string;
}

/** A short excerpt around one finding, for the report's examples. */
export interface Snippet {
  ruleId: string;
  category: string;
  /** Text before the phrase, trimmed to whole words; starts with `…` when cut. */
  before: string;
  actual: string;
  /** Text after the phrase, trimmed to whole words; ends with `…` when cut. */
  after: string;
}

/** The figures kept for one note once it has been linted (its text is not kept). */
export interface NoteFigures {
  /** The path as shown in reports (relative to the working directory when inside it). */
  path: string;
  /** The file name without its extension: the key manifest rows are matched on. */
  id: string;
  words: number;
  diagnostics: number;
  byCategory: Record<string, number>;
  byRule: Record<string, number>;
  /** The category of each rule in `byRule`. */
  ruleCategories: Record<string, string>;
  /** Findings by severity (`error`, `warning`, `info`, `hint`). */
  bySeverity: Record<string, number>;
  /** The most serious severity each rule in `byRule` fired at in this note. */
  ruleSeverities: Record<string, string>;
  writtenToChildShare: number | null;
  childVoice: boolean;
  /** The first finding of each rule in this note that has a range of text. */
  snippets: Snippet[];
  /** Problems worked around while reading (broken HTML); the note was still audited. */
  problems: string[];
}

/** The result of auditing one file: its figures, or why it was skipped. */
export type NoteOutcome = { ok: true; figures: NoteFigures } | { ok: false; path: string; reason: string };
