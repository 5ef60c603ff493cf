/**
 * A phrase rule's findings get their suggestions when they are first read, not when the note is
 * linted: checking how each fix reads in its sentence is most of a first lint's cost, and an editor
 * draws the underlines from the ranges alone. Every reader gets the same suggestions at any time:
 * `suggestions` is an own, enumerable property of each finding (spread, `JSON.stringify`, a worker's
 * message and `structuredClone` read it like any other), worked out once and kept; a host may still
 * set it.
 */
import type { OfferedFixes } from './fit/offer.ts';
import type { Diagnostic } from './diagnostic.ts';

/**
 * Gives a finding the suggestions `work` works out, when they are first read (once; a host may still set
 * them). The one way a finding's fixes are left until asked for: phrase rules' (`FindingFixes`) and the
 * note analysis's.
 */
export function suggestLater(diagnostic: Diagnostic, work: () => string[]): void {
  let suggestions: string[] | undefined;
  Object.defineProperty(diagnostic, 'suggestions', {
    get: () => {
      suggestions ??= work();
      return suggestions;
    },
    set: (value: string[]) => {
      suggestions = value;
    },
    enumerable: true,
    configurable: true,
  });
}

/**
 * A copy of a finding with another severity that leaves suggestions not yet read unread (a spread
 * would work them out).
 */
export function withSeverity(diagnostic: Diagnostic, severity: Diagnostic['severity']): Diagnostic {
  const copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(diagnostic)) as Diagnostic;
  copy.severity = severity;
  return copy;
}

/** One lint's phrase-rule findings and their fixes. */
export class FindingFixes {
  /** Each finding's range as linted (a host may move a finding afterwards). */
  readonly #from: number[] = [];
  readonly #to: number[] = [];
  readonly #fixes: OfferedFixes[] = [];
  /** The findings by start (ties as found), with the furthest end up to each: made when first needed. */
  #byStart: number[] | undefined;
  #reach: number[] | undefined;

  /** Gives `diagnostic` its suggestions from `fixes`, when they are first read. */
  attach(diagnostic: Diagnostic, fixes: OfferedFixes): void {
    const index = this.#fixes.length;
    this.#from.push(diagnostic.from);
    this.#to.push(diagnostic.to);
    this.#fixes.push(fixes);
    suggestLater(diagnostic, () => {
      const own = fixes.get();
      return own.length > 0 && !this.#withheld(index) ? [...own] : [];
    });
  }

  /**
   * A finding inside another's words ("PLO" in "PLO meeting") offers no fix of its own when the
   * other offers one: the two fixes would collide, and the wider one replaces the inner words too.
   * The finding keeps its explanation. (Two findings on the same words both keep theirs.)
   */
  #withheld(index: number): boolean {
    const starts = this.#from;
    const ends = this.#to;
    const from = starts[index] as number;
    const to = ends[index] as number;
    const byStart = this.#sortedByStart();
    const reach = this.#reach as number[];
    // the last finding starting where this one does or before
    let low = 0;
    let high = byStart.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((starts[byStart[middle] as number] as number) <= from) low = middle + 1;
      else high = middle;
    }
    for (let at = low - 1; at >= 0 && (reach[at] as number) >= to; at -= 1) {
      const other = byStart[at] as number;
      const otherTo = ends[other] as number;
      if (other === index || otherTo < to || (starts[other] === from && otherTo === to)) continue;
      if ((this.#fixes[other] as OfferedFixes).get().length > 0) return true;
    }
    return false;
  }

  #sortedByStart(): number[] {
    if (this.#byStart === undefined) {
      const starts = this.#from;
      const byStart = starts.map((_, index) => index);
      byStart.sort((a, b) => (starts[a] as number) - (starts[b] as number) || a - b);
      const reach: number[] = [];
      let furthest = -1;
      for (const index of byStart) {
        furthest = Math.max(furthest, this.#to[index] as number);
        reach.push(furthest);
      }
      this.#byStart = byStart;
      this.#reach = reach;
    }
    return this.#byStart;
  }
}
