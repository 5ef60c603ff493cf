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
 * A remembered finding's fixes are the same object as the first finding's: they are checked once, when
 * either finding's suggestions are first read (`OfferedFixes`), and each finding copies them.
 * A remembered answer is the one computing it again would give; `remembered.test.ts` lints every
 * corpus note both ways. The memory is bounded: it is emptied when it grows past `limit` entries.
 */
import type { Offered } from './offer.ts';
import { secondPerson } from './place.ts';

const margin = 240;
const limit = 6000;
// the words `suitsPlace` reads as addressing someone, every one of them
const everySecondPerson = new RegExp(secondPerson.source, 'gi');

interface Memory {
  /** By the sentence's text around it (and its place in that text), then by the finding in it (see `fits`). */
  fits: Map<string, Map<string, Offered>>;
  /** Entries in all of `fits`' maps. */
  size: number;
}

const memories = new WeakMap<object, Memory>();

/** One lint's view of the memory: knows the note, and where it says "you" (read once, when first asked). */
export class RememberedFits {
  readonly #memory: Memory;
  readonly #text: string;
  #you: Array<{ start: number; end: number }> | undefined;
  /** The sentence last asked about, and its findings' fits (`#fitsOf`). */
  #sentence = { start: -1, end: -1, fits: new Map<string, Offered>() };

  /** @param owner the compiled rule set the fits belong to (rule numbers are its own). */
  constructor(owner: object, text: string) {
    let memory = memories.get(owner);
    if (!memory) {
      memory = { fits: new Map(), size: 0 };
      memories.set(owner, memory);
    }
    this.#memory = memory;
    this.#text = text;
  }

  /**
   * The fits of one finding: remembered, or computed by `fit` and remembered.
   *
   * @param rule the rule's number in the compiled set (with " child" after it for its wording for the child).
   * @param start first flagged word (index into the sentence's words); `end` one past the last.
   * @param sentenceStart offset of the sentence's first word; `sentenceEnd` of the end of its last.
   * @param saysYou whether any of the rule's suggestions is in the second person.
   */
  fits(
    rule: number | string,
    start: number,
    end: number,
    sentenceStart: number,
    sentenceEnd: number,
    saysYou: boolean,
    fit: () => Offered,
  ): Offered {
    const text = this.#text;
    const windowStart = Math.max(0, sentenceStart - margin);
    const windowEnd = Math.min(text.length, sentenceEnd + margin);
    const youOutside = saysYou ? (this.#youOutside(windowStart, windowEnd) ? 'y' : 'n') : '-';
    const key = `${rule} ${start} ${end} ${youOutside}`;
    const known = this.#fitsOf(sentenceStart, sentenceEnd, windowStart, windowEnd).get(key);
    if (known) return { from: known.from + windowStart, to: known.to + windowStart, fixes: known.fixes };
    const fitted = fit();
    const memory = this.#memory;
    if (memory.size >= limit) {
      memory.fits.clear();
      memory.size = 0;
      this.#sentence.start = -1;
    }
    memory.size += 1;
    this.#fitsOf(sentenceStart, sentenceEnd, windowStart, windowEnd).set(key, {
      from: fitted.from - windowStart,
      to: fitted.to - windowStart,
      fixes: fitted.fixes,
    });
    return fitted;
  }

  /**
   * The remembered fits of the findings in one sentence, by the text around it: the long key is made and
   * looked up once for all of a sentence's findings, which are asked for one after another.
   */
  #fitsOf(sentenceStart: number, sentenceEnd: number, windowStart: number, windowEnd: number): Map<string, Offered> {
    const sentence = this.#sentence;
    if (sentence.start === sentenceStart && sentence.end === sentenceEnd) return sentence.fits;
    const around = `${sentenceStart - windowStart} ${sentenceEnd - windowStart} ${this.#text.slice(windowStart, windowEnd)}`;
    let fits = this.#memory.fits.get(around);
    if (!fits) {
      fits = new Map();
      this.#memory.fits.set(around, fits);
    }
    this.#sentence = { start: sentenceStart, end: sentenceEnd, fits };
    return fits;
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
