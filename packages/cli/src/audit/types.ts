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

/**
 * One sentence the figures counted: written to or about the child, written to someone else, or
 * recording someone's words. Found by its line and column (the note's text is not kept); who spoke
 * and why only with examples.
 */
export interface CountedSentence {
  /** 1-based line of the note (as read, HTML converted to text) where the sentence starts. */
  line: number;
  /** 1-based column where it starts. */
  column: number;
  kind: 'to-child' | 'about-child' | 'neutral';
  addressee: 'child' | 'other' | 'none';
  voice: 'child' | 'other' | 'none';
  /** Who spoke, as written ("you", "Jade", "Mum"); only with examples. */
  speaker?: string | null;
  /** Why it was counted as it was ("“you” here is Jade"); only with examples. */
  reason?: string;
}

/** What the written-to-child share and the child's voice counted in one note. */
export interface CountedFigures {
  sentences: number;
  /** Sentences written to the child (the share's numerator). */
  toChild: number;
  /** Sentences about the child (with `toChild`, the share's denominator). */
  aboutChild: number;
  /** Sentences written to another adult and not about the child: left out of the share. */
  toSomeoneElse: number;
  /** Sentences recording the child's own words or views. */
  childVoice: number;
  /** Sentences recording someone else's words. */
  otherVoice: number;
}

/** The household as the audit was told it (`--household` or the config's context), for one note. */
export interface HouseholdFigures {
  /** The children of the household the note was checked for. */
  considered: string[];
  /** Those the note mentions (or, for the child it is written to, speaks to). */
  mentioned: string[];
  /** Those it never mentions. */
  missing: string[];
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
  /** The child the analysis took the note to be written to or about (`null` when unsure). */
  child: { name: string | null; inferred: boolean };
  /** What the share and the child's voice counted. */
  counted: CountedFigures;
  /** The sentences counted (neutral sentences that record no one's words are left out). */
  countedSentences: CountedSentence[];
  /** Which children of the household the note mentions; `null` when the audit was given no household. */
  household: HouseholdFigures | null;
  /** The first finding of each rule in this note that has a range of text. */
  snippets: Snippet[];
  /** Problems worked around while reading (broken HTML); the note was still audited. */
  problems: string[];
}

/** The result of auditing one file: its figures, or why it was skipped. */
export type NoteOutcome = { ok: true; figures: NoteFigures } | { ok: false; path: string; reason: string };
