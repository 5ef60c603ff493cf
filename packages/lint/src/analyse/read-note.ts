import { finish } from '../note-pieces.ts';
import { parseSentencesSteps, type ParsedSentence } from '../note-sentences.ts';
import type { NoteToken } from '../tokens.ts';
import { quotePairs } from './words.ts';

/** A word of the note, with what the analysis needs to know about it. */
export interface NoteWord {
  /** As written, straight apostrophes. */
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Inside quotation marks (someone's own words). */
  quoted: boolean;
  /** Punctuation other than a hyphen comes before it. */
  breakBefore: boolean;
}

export interface NoteSentence {
  from: number;
  to: number;
  /** The sentence as written (`note.slice(from, to)`). */
  text: string;
  words: NoteWord[];
  hasQuote: boolean;
  /** Index of its paragraph (sentences of one paragraph are next to each other). */
  paragraph: number;
  /** The sentence opens inside a quotation begun in the sentence before. */
  quoteCarried?: boolean;
  /** How each word reads as a name, once `nameReadings` has read them (a field: a weak map entry a sentence costs more). */
  nameReadings?: NameReading[] | undefined;
}

/** How a capitalised word reads: a person's name, the second part of one, or not a name. */
export type NameReading = 'name' | 'surname' | 'title-name' | 'not-name';

/** Where a quotation closes in `sentence` from `cursor`, or -1 (a closing single quote between letters is an apostrophe). */
function findClose(sentence: string, close: string, cursor: number): number {
  let end = sentence.indexOf(close, cursor);
  while (end !== -1 && (close === '\u2019' || close === "'") && /\p{L}/u.test(sentence.charAt(end + 1)))
    end = sentence.indexOf(close, end + 1);
  return end;
}

/** Where a quotation opens in `sentence` from `cursor`, or -1 (not an apostrophe inside or after a word). */
function findOpen(sentence: string, open: string, cursor: number): number {
  let start = sentence.indexOf(open, cursor);
  const single = open === '\u2018' || open === "'";
  while (
    start !== -1 &&
    single &&
    (/\p{L}/u.test(sentence.charAt(start - 1)) || !/\p{L}/u.test(sentence.charAt(start + 1)))
  )
    start = sentence.indexOf(open, start + 1);
  return start;
}

/**
 * Ranges of quoted speech in a sentence, as offsets into the note. `carry` is the closing mark of a
 * quotation still open from the sentence before ("“I was scared. I hid.”"); returns the mark still
 * open at the end of this sentence, if any.
 */
function quoteRanges(
  text: string,
  from: number,
  to: number,
  carry: string | null,
): { ranges: Array<[number, number]>; carry: string | null } {
  // search the sentence alone: indexOf on the whole note would make long notes quadratic
  const sentence = text.slice(from, to);
  const ranges: Array<[number, number]> = [];
  let open: string | null = null;
  let first = 0;
  if (carry) {
    const end = findClose(sentence, carry, 0);
    if (end === -1) return { ranges: [[from - 1, to]], carry };
    ranges.push([from - 1, from + end + 1]);
    first = end + 1;
  }
  for (const [opening, close] of quotePairs) {
    let cursor = first;
    while (cursor < sentence.length) {
      const start = findOpen(sentence, opening, cursor);
      if (start === -1) break;
      const end = findClose(sentence, close, start + 1);
      if (end === -1) {
        ranges.push([from + start, to]);
        open = close;
        break;
      }
      ranges.push([from + start, from + end + 1]);
      cursor = end + 1;
    }
  }
  return { ranges, carry: open };
}

/**
 * A writer's own words set in brackets inside a quotation to stand for a person: "[she]", "(the girl's)", "(she)
 * starts by saying…". A reporter puts them there in place of a name; they are the writer's, not the quoted speaker's
 * ("[I like] having…" completes the speaker's own words and stays theirs).
 */
const insertion =
  /[([](?:she|he|her|his|him|they|them|their|the (?:child|girl|boy|young person|baby|mother|father|parents?)(?:'s)?|\p{Lu}(?:'s)?)[)\]]/giu;

/** Marks the words of a writer's bracketed insertion in a quotation as the writer's own (see `insertion`). */
function unquoteInsertions(text: string, from: number, to: number, words: NoteWord[]): void {
  const sentence = text.slice(from, to);
  if (!sentence.includes('(') && !sentence.includes('[')) return;
  for (const match of sentence.matchAll(insertion)) {
    const start = from + match.index;
    const end = start + match[0].length;
    for (const word of words) if (word.quoted && word.start >= start && word.end <= end) word.quoted = false;
  }
}

/** Overlapping or nested quotation ranges as one list of disjoint ranges, in order. */
function mergeRanges(ranges: Array<[number, number]>): Array<[number, number]> {
  // most sentences hold no quotation, or one: nothing to merge, nothing to copy
  if (ranges.length < 2) return ranges;
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

const isStop = (code: number): boolean => code === 46 || code === 33 || code === 63;

const abbreviations = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'no', 'e.g', 'i.e', 'etc', 'approx', 'vs']);
/** Words that open a sentence and are never a surname, so an initial before them ends the sentence before. */
const openersAfterInitial = new Set(
  'he she they it we i you his her their its our my your this that these those there the a an as for in on at but and so if when after before then while although because everyone nobody someone see'.split(
    ' ',
  ),
);

/**
 * retext keeps "Chloé is 10. She lives…" and "…her brother K. He also…" as one sentence (a number or
 * an initial before the full stop); split there, at a full stop, question or exclamation mark followed
 * by a capital, unless an abbreviation comes before it, or an initial before a word that may be a name.
 */
function splitMissedBoundaries(
  words: NoteWord[],
  text: string,
  from: number,
  to: number,
): Array<{ from: number; to: number; words: NoteWord[] }> {
  const parts: Array<{ from: number; to: number; words: NoteWord[] }> = [];
  let start = 0;
  let partFrom = from;
  for (let index = 1; index < words.length; index += 1) {
    const previous = words[index - 1] as NoteWord;
    const word = words[index] as NoteWord;
    // a boundary needs a full stop, question or exclamation mark right after the previous word
    // (or ending it: "10."); most words have neither, so the gap is read only then
    const after = text.charCodeAt(previous.end);
    const last = previous.text.charCodeAt(previous.text.length - 1);
    if (!isStop(after) && !isStop(last)) continue;
    const gap = text.slice(previous.end, word.start);
    const numberThenStop = /^\d+[.!?]$/.test(previous.text) && /^\s+$/.test(gap);
    // "…her brother K. He also…": an initial that ends a sentence, before a word that is never a surname
    const initialThenStop =
      /^\p{Lu}\.$/u.test(previous.text) && /^\s+$/.test(gap) && openersAfterInitial.has(word.lower);
    const boundary =
      (numberThenStop || initialThenStop || /^[.!?]+["\u201d\u2019)]*\s+["\u201c\u2018(]?$/u.test(gap)) &&
      /^\p{Lu}/u.test(word.text);
    if (!boundary || abbreviations.has(previous.lower)) continue;
    // "Dr J. Brown" keeps its initial; "His birth mother's name is J. See her…" ends at it
    if (/^\p{Lu}$/u.test(previous.text) && !openersAfterInitial.has(word.lower)) continue;
    const partTo = previous.end + (/^[.!?]+["\u201d\u2019)]*/u.exec(gap)?.[0].length ?? 0);
    parts.push({ from: partFrom, to: partTo, words: words.slice(start, index) });
    start = index;
    partFrom = word.start - (/["\u201c\u2018(]$/u.test(gap) ? 1 : 0);
  }
  // most sentences are one part: their words as they are, not a copy
  parts.push({ from: partFrom, to, words: start === 0 ? words : words.slice(start) });
  return parts;
}

const namePart = /^\p{Lu}\p{Ll}+$/u;

/** "Kerry-Ann", "Jean-Paul": one name, not two, so a rewrite never gives "you-you". */
function joinHyphenatedNames(words: NoteWord[], text: string): NoteWord[] {
  let joined: NoteWord[] | null = null;
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index] as NoteWord;
    const previous = joined ? joined.at(-1) : words[index - 1];
    if (
      previous &&
      word.start === previous.end + 1 &&
      /[-\u2010\u2011]/.test(text.charAt(previous.end)) &&
      namePart.test(word.text) &&
      /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*$/u.test(previous.text) &&
      previous.quoted === word.quoted
    ) {
      joined ??= words.slice(0, index);
      const merged = joined.pop() as NoteWord;
      joined.push({
        ...merged,
        text: text.slice(merged.start, word.end).replace(/[\u2010\u2011]/g, '-'),
        lower: `${merged.lower}-${word.lower}`,
        end: word.end,
      });
      continue;
    }
    joined?.push(word);
  }
  return joined ?? words;
}

// the linter's rule conditions and the note analysis read the same parsed note in one lint call
const readCache = new WeakMap<readonly ParsedSentence[], NoteSentence[]>();

/** Splits a note into sentences of words with retext-english (or reads an already parsed note), marking quoted words. */
export function readNote(text: string, parsed?: readonly ParsedSentence[]): NoteSentence[] {
  return finish(readNoteSteps(text, parsed));
}

/** `readNote` in steps: it yields after each paragraph (and each piece of the parse), so a caller can pause. */
export function* readNoteSteps(
  text: string,
  parsed?: readonly ParsedSentence[],
): Generator<void, NoteSentence[], void> {
  const cached = parsed ? readCache.get(parsed) : undefined;
  if (cached) return cached;
  const parsedSentences = parsed ?? (yield* parseSentencesSteps(text));
  const sentences: NoteSentence[] = [];
  if (parsed) readCache.set(parsed, sentences);
  let paragraph = -1;
  let carry: string | null = null;
  // indexed loops here and below: this generator runs once a lint and is never optimised, and an
  // unoptimised `for…of` makes an object for every step (10,000 words: 0.4 MB a lint)
  for (let sentenceIndex = 0; sentenceIndex < parsedSentences.length; sentenceIndex += 1) {
    const sentence = parsedSentences[sentenceIndex] as ParsedSentence;
    if (sentence.paragraph !== paragraph) {
      if (paragraph !== -1) yield;
      paragraph = sentence.paragraph;
      carry = null;
    }
    const { from, to } = sentence;
    const carried = carry !== null;
    const found = quoteRanges(text, from, to, carry);
    carry = found.carry;
    const quotes = mergeRanges(found.ranges);
    // tokens and merged ranges are both in order: one pass marks the quoted words
    let cursor = 0;
    // pushed, not mapped: optimised code makes `map`'s arrays holey, and every function reading
    // words would then meet a second array shape and be deoptimised
    const words: NoteWord[] = [];
    for (let tokenIndex = 0; tokenIndex < sentence.tokens.length; tokenIndex += 1) {
      const token = sentence.tokens[tokenIndex] as NoteToken;
      while (cursor < quotes.length && (quotes[cursor] as [number, number])[1] < token.end) cursor += 1;
      const range = quotes[cursor];
      // the matcher's token is the word (see `NoteToken`): marked, not copied
      token.quoted = range !== undefined && token.start > range[0] && token.end <= range[1];
      words.push(token);
    }
    if (quotes.length > 0) unquoteInsertions(text, from, to, words);
    // parts and quotations are both in order: one cursor finds the first quotation not yet passed
    let quote = 0;
    const parts = splitMissedBoundaries(joinHyphenatedNames(words, text), text, from, to);
    for (let partIndex = 0; partIndex < parts.length; partIndex += 1) {
      const part = parts[partIndex] as (typeof parts)[number];
      while (quote < quotes.length && (quotes[quote] as [number, number])[1] <= part.from) quote += 1;
      if (part.words.length > 0)
        sentences.push({
          ...part,
          text: text.slice(part.from, part.to),
          hasQuote: quote < quotes.length && (quotes[quote] as [number, number])[0] < part.to,
          paragraph,
          quoteCarried: carried && part.from === from,
          nameReadings: undefined,
        });
    }
  }
  if (paragraph !== -1) yield;
  return sentences;
}
