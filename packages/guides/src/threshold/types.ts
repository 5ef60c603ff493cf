/** One indicator of a threshold level: a sign of need, with the words that point to it in a note. */
export interface ThresholdIndicator {
  /** Stable kebab-case id, unique in the guide. */
  id: string;
  /** The indicator in plain words, as shown in the panel. */
  text: string;
  /**
   * Words or phrases that relate a note to this indicator (e.g. `"missing from home"`). Matched as
   * whole words, ignoring case, with simple endings (`-s`, `-es`, `-ed`, `-ing`); a word written in
   * capitals (`"GP"`, `"FGM"`) matches only in capitals.
   */
  keywords: string[];
}

/** One level of a threshold guide (a continuum of need). */
export interface ThresholdLevel {
  /** Stable kebab-case id, unique in the guide. */
  id: string;
  /** The level's name as the host's threshold document gives it. */
  name: string;
  /** What the level means, in plain words. */
  description: string;
  indicators: ThresholdIndicator[];
}

/**
 * A host's threshold document as data (R2 of the audit), checked by `validateThresholdGuide`. Levels
 * are listed from least to most need.
 */
export interface ThresholdGuide {
  /** Stable kebab-case id of the guide. */
  id: string;
  title: string;
  /** `true` for an example that a host is expected to replace with its own threshold document. */
  example?: boolean;
  /** URL of the published threshold document the guide follows. */
  source?: string;
  levels: ThresholdLevel[];
}

/** Where one keyword of an indicator occurs in a note. */
export interface IndicatorMatch {
  /** The keyword from the guide that matched (e.g. `"missing from home"`). */
  phrase: string;
  /** Start offset in the note (UTF-16, as `String.prototype.slice`). */
  from: number;
  /** End offset (exclusive). */
  to: number;
  /** The words as the note has them: `text.slice(from, to)` (e.g. `"bruising"` for the keyword `"bruise"`). */
  actual: string;
}

/** An indicator some of whose keywords occur in a note. Never a judgement of the level. */
export interface RelatedIndicator {
  levelId: string;
  indicatorId: string;
  /** Each place a keyword occurs, in text order. */
  matches: IndicatorMatch[];
}

/** A level with what matched a search: the level itself (name or description) and/or some indicators. */
export interface ThresholdSearchResult {
  levelId: string;
  /** Whether the level's name or description matches the query. */
  levelMatches: boolean;
  /** Ids of the level's indicators whose text or keywords match, in guide order. */
  indicatorIds: string[];
}
