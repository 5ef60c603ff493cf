/** The plain tokenizer: the words of `findWords`, split at hyphens, as the matcher reads them. */
import type { Token } from './matcher.ts';
import { initialismLetters, normaliseWord, tokenLength } from './pattern.ts';
import { ampersandReadAs, forEachWord } from './words.ts';

// anything but spaces, hyphens and quotation marks between two words keeps a phrase from matching
const breaking =
  /[^\s\-\u2010\u2011"'`\u00b4\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a]/u;

/**
 * A plain tokenizer for short strings (suggestions, phrases) where a full retext parse is not
 * needed: the words of `findWords`, split at hyphens, with `breakBefore` set after punctuation
 * other than a hyphen or quotation mark, or a sentence end.
 */
export function tokenize(text: string): Token[] {
  return tokenizeAt(text, 0);
}

const curlyApostrophe = /[\u2018\u2019\u02bc]/;
const hyphen = /[-\u2010\u2011]/;

/** `tokenize(text)` with every offset moved on by `offset` (the words of a slice, in the whole text's offsets). */
function tokenizeAt(text: string, offset: number): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  const push = (whole: string, start: number): void => {
    // an acronym's possessive ending is left out ("IRO's" is read as "IRO")
    const length = tokenLength(whole);
    const part = length === whole.length ? whole : whole.slice(0, length);
    // most words have no curly apostrophe: one test instead of two replacements
    const plain = !curlyApostrophe.test(part);
    tokens.push({
      lower: part === '&' ? ampersandReadAs : plain ? part.toLowerCase() : normaliseWord(part),
      exact: plain ? part : part.replace(/[\u2019\u02bc]/g, "'"),
      start: start + offset,
      end: start + part.length + offset,
      breakBefore: tokens.length > 0 && start > previousEnd && breaking.test(text.slice(previousEnd, start)),
    });
    previousEnd = start + part.length;
  };
  forEachWord(text, (word, start) => {
    const letters = initialismLetters(word);
    if (letters !== undefined) {
      // the initials' closing full stop is theirs ("the L.A. will"): in the span, and no break after
      const end = start + word.length + (text.charCodeAt(start + word.length) === 46 /* . */ ? 1 : 0);
      tokens.push({
        lower: letters.toLowerCase(),
        exact: letters,
        start: start + offset,
        end: end + offset,
        breakBefore: tokens.length > 0 && start > previousEnd && breaking.test(text.slice(previousEnd, start)),
      });
      previousEnd = end;
      return;
    }
    if (!hyphen.test(word)) {
      push(word, start);
      return;
    }
    // the parts between hyphens, as `hyphenParts` gives them
    let partStart = 0;
    for (const part of word.split(hyphen)) {
      if (part.length > 0) push(part, start + partStart);
      partStart += part.length + 1;
    }
  });
  return tokens;
}

/** Whether a UTF-16 code unit is white space as `/\s/` reads it. */
function isSpaceCode(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** The words read again around a change to a text (see `wordsAroundChange`). */
export interface ChangedWindow {
  /** The words between the spaces around the change, in the new text's offsets. */
  around: Token[];
  /** Where the words read again start (in both texts) and end in the old text. */
  windowStart: number;
  oldWindowEnd: number;
  /** The change in length (`insert.length - (to - from)`). */
  delta: number;
}

/**
 * The words of `text.slice(0, from) + insert + text.slice(to)` between the spaces around the change
 * (no word spans a space), read without building the new text: the text before `from` and after
 * `to` is the old text's.
 */
export function wordsAroundChange(text: string, from: number, to: number, insert: string): ChangedWindow {
  let windowStart = from;
  while (windowStart > 0 && !isSpaceCode(text.charCodeAt(windowStart - 1))) windowStart -= 1;
  let oldWindowEnd = to;
  while (oldWindowEnd < text.length && !isSpaceCode(text.charCodeAt(oldWindowEnd))) oldWindowEnd += 1;
  return {
    around: tokenizeAt(text.slice(windowStart, from) + insert + text.slice(to, oldWindowEnd), windowStart),
    windowStart,
    oldWindowEnd,
    delta: insert.length - (to - from),
  };
}

/**
 * The new text's words in order, for a matcher, into `into` (emptied first): the words of `text`
 * (`words`, from `tokenize(text)`) before the change, those read again (`window.around`), then the
 * words after it, with each seam's break read again, as `tokenizeReplaced(…).tokens` has them; but
 * the words after the change keep their offsets in `text` and are the same objects (a matcher reads
 * words and breaks, not offsets: nothing is copied but a word whose break changed).
 *
 * @param newText The new text (`text.slice(0, from) + insert + text.slice(to)`), read at the seams.
 * @returns Where `window.around` starts in `into`.
 */
export function changedWordsInto(
  words: readonly Token[],
  newText: string,
  window: ChangedWindow,
  into: Token[],
): number {
  const { around, windowStart, oldWindowEnd, delta } = window;
  into.length = 0;
  let index = 0;
  while (index < words.length && (words[index] as Token).end <= windowStart) into.push(words[index++] as Token);
  const aroundAt = into.length;
  // the break before the first word after each seam, read in the new text (`start` in its offsets)
  const reread = (token: Token, start: number): Token => {
    // the word before it is one before the change or one read again: its end is in the new text's offsets
    const previous = into.length > 0 ? (into[into.length - 1] as Token) : undefined;
    const breakBefore = previous !== undefined && breaking.test(newText.slice(previous.end, start));
    return breakBefore === token.breakBefore ? token : { ...token, breakBefore };
  };
  for (let position = 0; position < around.length; position += 1) {
    const token = around[position] as Token;
    into.push(position === 0 ? reread(token, token.start) : token);
  }
  while (index < words.length && (words[index] as Token).start < oldWindowEnd) index += 1;
  if (index < words.length) {
    const token = words[index++] as Token;
    into.push(reread(token, token.start + delta));
  }
  while (index < words.length) into.push(words[index++] as Token);
  return aroundAt;
}

/**
 * `tokenize(text.slice(0, from) + insert + text.slice(to))`, given the words of `text`: only the
 * words between the spaces around the change are read again (no word spans a space); the others are
 * moved by the change in length, and the first word after each seam gets its break read again.
 *
 * @param words The words of `text` (`tokenize(text)`), asked for only when `tokens` is read.
 * @returns The new text; `around`, the words read again (those between the spaces around the
 *   change, in the new text's offsets); `tokens`, all the new text's words, built when first read.
 */
export function tokenizeReplaced(
  text: string,
  words: () => readonly Token[],
  from: number,
  to: number,
  insert: string,
): { readonly text: string; around: Token[]; readonly tokens: Token[] } {
  const window = wordsAroundChange(text, from, to, insert);
  let changed: string | undefined;
  const changedText = (): string => {
    changed ??= text.slice(0, from) + insert + text.slice(to);
    return changed;
  };
  let all: Token[] | undefined;
  const build = (): Token[] => {
    const tokens: Token[] = [];
    const after = changedWordsInto(words(), changedText(), window, tokens) + window.around.length;
    // the words after the change, moved to the new text's offsets
    if (window.delta !== 0)
      for (let index = after; index < tokens.length; index += 1) {
        const token = tokens[index] as Token;
        tokens[index] = { ...token, start: token.start + window.delta, end: token.end + window.delta };
      }
    return tokens;
  };
  return {
    get text() {
      return changedText();
    },
    around: window.around,
    get tokens() {
      all ??= build();
      return all;
    },
  };
}
