/** The plain tokenizer: the words of `findWords`, split at hyphens, as the matcher reads them. */
import type { Token } from './matcher.ts';
import { normaliseWord, tokenLength } from './pattern.ts';
import { forEachWord } from './words.ts';

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
      lower: plain ? part.toLowerCase() : normaliseWord(part),
      exact: plain ? part : part.replace(/[\u2019\u02bc]/g, "'"),
      start: start + offset,
      end: start + part.length + offset,
      breakBefore: tokens.length > 0 && start > previousEnd && breaking.test(text.slice(previousEnd, start)),
    });
    previousEnd = start + part.length;
  };
  forEachWord(text, (word, start) => {
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
  const delta = insert.length - (to - from);
  // the words around the change: from the space before it to the space after it (the text before
  // `from` and after `to` is the old text's, so it is read there without building the new text)
  let windowStart = from;
  while (windowStart > 0 && !isSpaceCode(text.charCodeAt(windowStart - 1))) windowStart -= 1;
  let after = to;
  while (after < text.length && !isSpaceCode(text.charCodeAt(after))) after += 1;
  const windowEnd = after + delta;
  const around = tokenizeAt(text.slice(windowStart, from) + insert + text.slice(to, after), windowStart);
  let changed: string | undefined;
  const changedText = (): string => {
    changed ??= text.slice(0, from) + insert + text.slice(to);
    return changed;
  };
  let all: Token[] | undefined;
  const build = (): Token[] => {
    const tokens = words();
    const newText = changedText();
    const result: Token[] = [];
    const reread = (token: Token): Token => {
      const previous = result.at(-1);
      const between = newText.slice(previous?.end ?? 0, token.start);
      return { ...token, breakBefore: previous !== undefined && breaking.test(between) };
    };
    let index = 0;
    while (index < tokens.length && (tokens[index] as Token).end <= windowStart) result.push(tokens[index++] as Token);
    for (const [position, token] of around.entries()) result.push(position === 0 ? reread(token) : token);
    // the same cut in the text before the change
    const oldWindowEnd = windowEnd - delta;
    while (index < tokens.length && (tokens[index] as Token).start < oldWindowEnd) index += 1;
    for (let first = true; index < tokens.length; index += 1, first = false) {
      const token = tokens[index] as Token;
      const moved = delta === 0 ? token : { ...token, start: token.start + delta, end: token.end + delta };
      result.push(first ? reread(moved) : moved);
    }
    return result;
  };
  return {
    get text() {
      return changedText();
    },
    around,
    get tokens() {
      all ??= build();
      return all;
    },
  };
}
