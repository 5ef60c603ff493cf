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
  /**
   * Who wrote the note, when the host knows it: `child` for the child's own words (a child's own page of a plan, a
   * letter or account the child wrote), so every first-person sentence of it is read as the child's voice.
   */
  writer?: 'child';
}

export type SentenceKind = 'to-child' | 'about-child' | 'neutral';

/** Whom the writer addresses in a sentence: the child, another adult (a parent, a colleague), or nobody. */
export type Addressee = 'child' | 'other' | 'none';

/** Whose words or views a sentence records: the child's, someone else's, or nobody's. */
export type Voice = 'child' | 'other' | 'none';

export interface SentenceAnalysis {
  from: number;
  to: number;
  kind: SentenceKind;
  /**
   * The child is spoken of here only in someone else's quoted words ("Mum said “she is doing well”"): the sentence is
   * about the child, but not in the writer's own words, so its `kind` stays neutral and the meter, the share and
   * `counted` leave it out.
   * Always set by this engine (optional for a host's own analyser).
   */
  quotedAboutChild?: boolean;
  /** The sentence records the child's own words or views (`voice === 'child'`). */
  childVoice: boolean;
  /** Whom the writer addresses here (quoted speech never counts as the writer addressing anyone). */
  addressee: Addressee;
  /** Whose words or views the sentence records. */
  voice: Voice;
  /** Who spoke, as written in the note ("Jade", "you", "Mum"), when the sentence names a speaker. */
  speaker: string | null;
  /** Why the sentence was counted as it was, in plain words ("“you” is the child", "Jade told me…"). */
  reason: string;
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
  /** The child's name as given or as inferred from the note (null when unknown or unsure). */
  child: { name: string | null; inferred: boolean };
  /** Whom the note as a whole is written to: the child, another adult, or nobody in particular. */
  addressee: Addressee;
  /**
   * What the figures counted, for a meter or an audit to explain them: the sentences written to
   * and about the child, and those recording the child's own words (offsets into the note).
   */
  counted: {
    toChild: Array<{ from: number; to: number }>;
    aboutChild: Array<{ from: number; to: number }>;
    childVoice: Array<{ from: number; to: number }>;
  };
  /** Findings in category `write-to-child` and `readability`. */
  diagnostics: Diagnostic[];
}

export interface AnalyseOptions {
  /** Below this written-to-child share the note gets one prompt. @default 0.5 */
  threshold?: number;
  /** Prompt when no sentence records the child's voice. @default true */
  promptChildVoice?: boolean;
}
