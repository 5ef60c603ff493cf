/**
 * The linter's quick path through a note: the paragraphs, sentences and words parse-english 7 would
 * find (./parse.ts builds its tree), read straight from the text without building the tree. Every
 * step of ./sentence-steps.ts and ./paragraph-steps.ts is here in the same order and with the same
 * quirks, over numbered units instead of nodes: a unit is a run of the tokenizer's tokens (a word
 * and the marks joined to it, or one mark or space), a sentence an array of units, so a lint makes
 * a few arrays per sentence instead of several objects per character run.
 * test/read-direct.test.ts holds it to the tree's sentences and words on every corpus text.
 */
import { isNumerical, surrogate, tokenClass } from './classes.ts';
import { elisionAffix, elisionPrefix, terminalMarker, wordSymbolInner } from './expressions.ts';

/** A sentence as read: its units in order (indexes into the reader's unit arrays). */
export type Units = number[];
/** A child of the paragraph: a sentence, or a space unit between sentences. */
export type Item = Units | number;

/** Token kinds, as the tokenizer's classes: word, white space, punctuation, symbol. */
const WORD = 0;
export const SPACE = 1;
export const PUNCTUATION = 2;

export let text = '';
// each token's start (one more entry: the end of the text) and kind
let starts = new Int32Array(0);
export let kinds = new Uint8Array(0);
// each unit's first token and end token (exclusive); a unit's number is its first token's at the start
let firsts = new Int32Array(0);
let ends = new Int32Array(0);
export let words = new Uint8Array(0);

export const start = (unit: number): number => starts[firsts[unit] as number] as number;
export const end = (unit: number): number => starts[ends[unit] as number] as number;
export const value = (unit: number): string => text.slice(start(unit), end(unit));
export const isWord = (unit: number | undefined): boolean => unit !== undefined && words[unit] === 1;
export const isSpace = (unit: number | undefined): boolean =>
  unit !== undefined && words[unit] === 0 && kinds[unit] === SPACE;
export const isMark = (unit: number | undefined): boolean =>
  unit !== undefined && words[unit] === 0 && (kinds[unit] as number) > SPACE;
/** Whether a unit is the one character `code` (a mark or space: a word's text is never one mark). */
export const isChar = (unit: number | undefined, code: number): boolean =>
  unit !== undefined && end(unit) - start(unit) === 1 && text.charCodeAt(start(unit)) === code;
const isApostrophe = (unit: number | undefined): boolean => isChar(unit, 39) || isChar(unit, 0x2019);
/** Where a `modify` step goes on from when its step returns `index` (unist-util-modify-children). */
export const back = (index: number): number => Math.max(index, 0) - 1;

/** parse-latin's tokenizer over `text`: token starts and kinds, one unit per token. Returns the count. */
export function tokenize(): number {
  const length = text.length;
  if (starts.length < length + 2) {
    const size = Math.max(length + 2, starts.length * 2);
    starts = new Int32Array(size);
    kinds = new Uint8Array(size);
    firsts = new Int32Array(size);
    ends = new Int32Array(size);
    words = new Uint8Array(size);
  }
  let count = 0;
  let previousType = -1;
  let previous = -1;
  for (let index = 0; index < length; index++) {
    const code = text.charCodeAt(index);
    const type = tokenClass(code);
    if (
      previousType === -1 ||
      !(previousType === type && (type === WORD || type === SPACE || code === previous || surrogate(code)))
    ) {
      starts[count] = index;
      kinds[count] = type;
      count++;
    }
    previousType = type;
    previous = code;
  }
  starts[count] = length;
  for (let unit = 0; unit < count; unit++) {
    firsts[unit] = unit;
    ends[unit] = unit + 1;
    words[unit] = kinds[unit] === WORD ? 1 : 0;
  }
  return count;
}

/** Joins `unit`'s tokens onto the end of word `word`. */
export function append(word: number, unit: number): void {
  ends[word] = ends[unit] as number;
}

/** Joins `unit`'s tokens onto the start of word `word`. */
export function prepend(word: number, unit: number): void {
  firsts[word] = firsts[unit] as number;
}

/** parse-english's and parse-latin's sentence steps (./sentence-steps.ts), on the whole text's units. */
export function sentenceSteps(units: Units): void {
  // mergeEnglishElisionExceptions: "w/", "o’ clock", "’twas", "rock ’n’ roll"
  for (let index = 0; index < units.length; index++) {
    const unit = units[index] as number;
    if (!isMark(unit)) continue;
    const length = units.length;
    if (isChar(unit, 47 /* / */)) {
      const sibling = units[index - 1];
      if (isWord(sibling) && value(sibling as number).toLowerCase() === 'w') {
        units.splice(index, 1);
        append(sibling as number, unit);
      }
    } else if (isApostrophe(unit)) {
      const sibling = units[index - 1] as number;
      if (
        index > 2 &&
        index < length - 1 &&
        isWord(sibling) &&
        isSpace(units[index - 2]) &&
        isSpace(units[index + 1]) &&
        elisionPrefix.test(value(sibling).toLowerCase())
      ) {
        units.splice(index, 1);
        append(sibling, unit);
        continue;
      }
      if (index !== length - 1 && isWord(units[index + 1]) && (index === 0 || !isWord(units[index - 1]))) {
        const next = units[index + 1] as number;
        const nextValue = value(next).toLowerCase();
        const other = units[index + 2];
        if (elisionAffix.test(nextValue)) {
          units.splice(index, 1);
          prepend(next, unit);
        } else if (
          nextValue === 'n' &&
          isMark(other) &&
          kinds[other as number] === PUNCTUATION &&
          isApostrophe(other)
        ) {
          units.splice(index, 1);
          units.splice(index + 1, 1);
          prepend(next, unit);
          append(next, other as number);
        }
      }
    }
  }
  // mergeInitialWordSymbol: "&" before a word and not after one starts it
  for (let index = 0; index < units.length; index++) {
    const unit = units[index] as number;
    if (!isMark(unit) || !isChar(unit, 38 /* & */)) continue;
    const next = units[index + 1];
    if ((index > 0 && isWord(units[index - 1])) || !isWord(next)) continue;
    units.splice(index, 1);
    prepend(next as number, unit);
    index = back(index - 1);
  }
  // mergeFinalWordSymbol: "-" after a word and not before one ends it
  for (let index = 1; index < units.length; index++) {
    const unit = units[index] as number;
    if (!isMark(unit) || !isChar(unit, 45 /* - */)) continue;
    const previous = units[index - 1];
    if (!isWord(units[index + 1]) && isWord(previous)) {
      units.splice(index, 1);
      append(previous as number, unit);
      index = back(index);
    }
  }
  // mergeInnerWordSymbol: words joined by inner symbols ("e-mail", "don't") are one word
  for (let index = 1; index < units.length; index++) {
    if (!isMark(units[index]) || !isWord(units[index - 1])) continue;
    const previous = units[index - 1] as number;
    let position = index - 1;
    let last = -1;
    let queue = 0;
    while (++position < units.length) {
      const sibling = units[position] as number;
      if (isWord(sibling)) {
        last = sibling;
        queue = 0;
      } else if (isMark(sibling) && wordSymbolInner.test(value(sibling))) queue++;
      else break;
    }
    if (last !== -1) {
      position -= queue;
      append(previous, last);
      units.splice(index, position - index);
      index = back(index);
    }
  }
  // mergeInnerWordSlash: short words either side of a slash ("and/or", "24/7")
  for (let index = 1; index < units.length; index++) {
    const previous = units[index - 1] as number;
    const unit = units[index] as number;
    if (!isWord(previous) || !isMark(unit) || !isChar(unit, 47 /* / */)) continue;
    let tail = unit;
    let count = 1;
    let nextLength = 0;
    const next = units[index + 1];
    if (isWord(next)) {
      nextLength = end(next as number) - start(next as number);
      tail = next as number;
      count++;
    }
    if (end(previous) - start(previous) < 3 && nextLength < 3) {
      append(previous, tail);
      units.splice(index, count);
      index = back(index);
    }
  }
  // mergeInitialisms: a full stop after single letters joined by full stops ends the initialism
  for (let index = 1; index < units.length; index++) {
    const unit = units[index] as number;
    if (isWord(unit) || kinds[unit] !== PUNCTUATION || !isChar(unit, 46 /* . */)) continue;
    const previous = units[index - 1] as number;
    const first = firsts[previous] as number;
    const parts = (ends[previous] as number) - first;
    if (!isWord(previous) || parts === 1 || parts % 2 === 0 || !initialism(first, parts)) continue;
    units.splice(index, 1);
    append(previous, unit);
    index = back(index);
  }
}

/** parse-latin's test in mergeInitialisms: the word's tokens are single characters and full stops, not all digits. */
function initialism(first: number, parts: number): boolean {
  let allDigits = true;
  for (let position = parts - 1; position >= 0; position--) {
    const from = starts[first + position] as number;
    const to = starts[first + position + 1] as number;
    if (position % 2 === 0) {
      if (to - from > 1) return false;
      if (!isNumerical(text.slice(from, to))) allDigits = false;
    } else if (!(to - from === 1 && text.charCodeAt(from) === 46)) {
      if (position < parts - 2) break;
      return false;
    }
  }
  return !allDigits;
}

/** The units split after each full stop, question or exclamation mark (parse-latin's `splitNode`). */
export function splitSentences(units: Units): Item[] {
  const sentences: Item[] = [];
  let from = 0;
  for (let index = 0; index < units.length; index++) {
    const unit = units[index] as number;
    if (
      index === units.length - 1 ||
      (!isWord(unit) && kinds[unit] === PUNCTUATION && terminalMarker.test(value(unit)))
    ) {
      sentences.push(units.slice(from, index + 1));
      from = index + 1;
    }
  }
  return sentences;
}

/** Sets the text the next reading works on. */
export function setText(value: string): void {
  text = value;
}
