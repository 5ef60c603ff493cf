/** Whether a condition holds, is known not to hold, or cannot be told from the note. */
export type Outcome = 'met' | 'unmet' | 'unknown';

/** Where a match is: sentence index and the flagged words' indices within it. */
export interface Site {
  sentence: number;
  first: number;
  last: number;
}
