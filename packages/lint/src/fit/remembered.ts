/**
 * The fits an editor asks for again and again: an editor lints the whole note after each pause in
 * typing, and all but one sentence are as they were. Fitting every suggestion and checking how each
 * fix reads is most of a rule finding's cost, so a finding's offered fixes are remembered, per
 * compiled rule set, by everything they are computed from:
 *
 * - the rule, the flagged words' place among the sentence's words and the sentence's place in the text;
 * - the text around the sentence, `margin` characters either side (every check reads at most 120
 *   characters beyond the words it replaces: `guard.ts`, `guard-words.ts`, `place.ts`; a quotation
 *   around them is looked for at most 200 characters either side of the sentence: `quoted.ts`);
 * - for a rule with a suggestion in the second person, whether the note says "you" outside that text
 *   (a fix in the second person is offered only in a note that addresses someone: `suitsPlace`).
 *
 * A remembered answer is the one computing it again would give; `remembered.test.ts` lints every
 * corpus note both ways. The memory is bounded: it is emptied when it grows past `limit` entries.
 */
import type { FittedFinding } from './index.ts';
import { secondPerson } from './place.ts';

const margin = 240;
const limit = 6000;
// the words `suitsPlace` reads as addressing someone, every one of them
const everySecondPerson = new RegExp(secondPerson.source, 'gi');

interface Memory {
  fits: Map<string, FittedFinding>;
}

const memories = new WeakMap<object, Memory>();

/** One lint's view of the memory: knows the note, and where it says "you" (read once, when first asked). */
export class RememberedFits {
  readonly #memory: Memory;
  readonly #text: string;
  #you: Array<{ start: number; end: number }> | undefined;

  /** @param owner the compiled rule set the fits belong to (rule numbers are its own). */
  constructor(owner: object, text: string) {
    let memory = memories.get(owner);
    if (!memory) {
      memory = { fits: new Map() };
      memories.set(owner, memory);
    }
    this.#memory = memory;
    this.#text = text;
  }

  /**
   * The fits of one finding: remembered, or computed by `fit` and remembered.
   *
   * @param rule the rule's number in the compiled set.
   * @param start first flagged word (index into the sentence's words); `end` one past the last.
   * @param sentenceStart offset of the sentence's first word; `sentenceEnd` of the end of its last.
   * @param saysYou whether any of the rule's suggestions is in the second person.
   */
  fits(
    rule: number,
    start: number,
    end: number,
    sentenceStart: number,
    sentenceEnd: number,
    saysYou: boolean,
    fit: () => FittedFinding,
  ): FittedFinding {
    const text = this.#text;
    const windowStart = Math.max(0, sentenceStart - margin);
    const windowEnd = Math.min(text.length, sentenceEnd + margin);
    const youOutside = saysYou ? (this.#youOutside(windowStart, windowEnd) ? 'y' : 'n') : '-';
    const key = `${rule} ${start} ${end} ${sentenceStart - windowStart} ${sentenceEnd - windowStart} ${youOutside} ${text.slice(windowStart, windowEnd)}`;
    const known = this.#memory.fits.get(key);
    if (known)
      return { from: known.from + windowStart, to: known.to + windowStart, suggestions: [...known.suggestions] };
    const fitted = fit();
    if (this.#memory.fits.size >= limit) this.#memory.fits.clear();
    this.#memory.fits.set(key, {
      from: fitted.from - windowStart,
      to: fitted.to - windowStart,
      suggestions: [...fitted.suggestions],
    });
    return fitted;
  }

  /** Whether the note says "you" anywhere not wholly inside `[from, to)`. */
  #youOutside(from: number, to: number): boolean {
    if (!this.#you) {
      this.#you = [];
      for (const match of this.#text.matchAll(everySecondPerson))
        this.#you.push({ start: match.index, end: match.index + match[0].length });
    }
    for (const you of this.#you) if (you.start < from || you.end > to) return true;
    return false;
  }
}

const saysYouCache = new WeakMap<readonly string[], boolean>();

/** Whether any of a rule's suggestions is in the second person. */
export function suggestsYou(suggestions: readonly string[]): boolean {
  let answer = saysYouCache.get(suggestions);
  if (answer === undefined) {
    answer = suggestions.some((suggestion) => secondPerson.test(suggestion));
    saysYouCache.set(suggestions, answer);
  }
  return answer;
}
