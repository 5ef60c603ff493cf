import type { Diagnostic } from '../diagnostic.ts';

/** A child the note is about, or one of the children in the household. */
export interface ChildContext {
  name: string;
  age?: number;
  /** Other names the child goes by (nicknames, a shortened name). */
  aliases?: string[];
  /** The child's pronouns. Pronoun rewrites ("she said" → "you said") are only offered when given. */
  pronouns?: 'she' | 'he' | 'they';
}

/** What the host knows about the note: the child it is written to, and the household. */
export interface NoteContext {
  child?: ChildContext;
  household?: ChildContext[];
}

export type SentenceKind = 'to-child' | 'about-child' | 'neutral';

export interface SentenceAnalysis {
  from: number;
  to: number;
  kind: SentenceKind;
  /** The sentence records the child's own words or views. */
  childVoice: boolean;
}

/** Figures for a whole note (also printed by `casenote lint --format json`). */
export interface NoteSummary {
  sentences: number;
  toChild: number;
  aboutChild: number;
  neutral: number;
  /** toChild / (toChild + aboutChild), or null when the note has neither. */
  writtenToChildShare: number | null;
  /** Whether any sentence records the child's own words or views. */
  childVoice: boolean;
  /** Household children the note never mentions. */
  missingChildren: string[];
  /** Estimated reading age of the sentences written to the child (all sentences when none are). */
  readingAge: number | null;
}

export interface NoteAnalysis {
  sentences: SentenceAnalysis[];
  summary: NoteSummary;
  /** The child's name as given or as inferred from the note (null when unknown). */
  child: { name: string | null; inferred: boolean };
  /** Findings in category `write-to-child` and `readability`. */
  diagnostics: Diagnostic[];
}

export interface AnalyseOptions {
  /** Below this written-to-child share the note gets one prompt. @default 0.5 */
  threshold?: number;
  /** Prompt when no sentence records the child's voice. @default true */
  promptChildVoice?: boolean;
}
