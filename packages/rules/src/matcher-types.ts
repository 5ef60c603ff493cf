/** What a `Matcher` reads: the words of a text, and each rule's patterns. */

/** A word of the text being matched. Hyphenated words arrive as one token per part. */
export interface Token {
  /** Lower-cased, straight-apostrophe form. */
  lower: string;
  /** The word as written, with straight apostrophes (for case-sensitive rules). */
  exact: string;
  /** UTF-16 offsets into the text. */
  start: number;
  end: number;
  /** True when punctuation other than a hyphen separates this word from the previous one. */
  breakBefore: boolean;
}

/** Patterns of one rule to compile; `rule` is the caller's index for it. */
export interface MatcherInput {
  rule: number;
  patterns: string[];
  exceptions?: string[];
  expansions?: string[];
  caseSensitive?: boolean;
  /**
   * Whether the rule's patterns (not its exceptions) read a term with an inner word before its last
   * word ("significant emotional harm": `isInnerWord`). Service terms only: the engine sets it for
   * jargon rules, whose terms are names a writer qualifies from inside.
   */
  innerWords?: boolean;
  /**
   * Whether the rule's patterns (and exceptions) read a term's last word with a possessive ending
   * ("a looked after child's care": `possessiveStem`); the hit says so (`Hit.possessive`). Service terms
   * only: the engine sets it for jargon rules.
   */
  possessives?: boolean;
}
