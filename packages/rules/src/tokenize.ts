/** The plain tokenizer: the words of `findWords`, split at hyphens, as the matcher reads them. */
import type { Token } from './matcher.ts';
import { normaliseWord } from './pattern.ts';
import { findWords, hyphenParts } from './words.ts';

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

/** `tokenize(text)` with every offset moved on by `offset` (the words of a slice, in the whole text's offsets). */
function tokenizeAt(text: string, offset: number): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const word of findWords(text)) {
    for (const part of hyphenParts(word)) {
      const between = text.slice(previousEnd, part.start);
      tokens.push({
        lower: normaliseWord(part.text),
        exact: part.text.replace(/[\u2019\u02bc]/g, "'"),
        start: part.start + offset,
        end: part.end + offset,
        breakBefore: tokens.length > 0 && breaking.test(between),
      });
      previousEnd = part.end;
    }
  }
  return tokens;
}

const isSpaceChar = (char: string): boolean => /\s/.test(char);

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
): { text: string; around: Token[]; readonly tokens: Token[] } {
  const changed = text.slice(0, from) + insert + text.slice(to);
  const delta = insert.length - (to - from);
  let windowStart = from;
  while (windowStart > 0 && !isSpaceChar(changed.charAt(windowStart - 1))) windowStart -= 1;
  let windowEnd = from + insert.length;
  while (windowEnd < changed.length && !isSpaceChar(changed.charAt(windowEnd))) windowEnd += 1;
  const around = tokenizeAt(changed.slice(windowStart, windowEnd), windowStart);
  let all: Token[] | undefined;
  const build = (): Token[] => {
    const tokens = words();
    const result: Token[] = [];
    const reread = (token: Token): Token => {
      const previous = result.at(-1);
      const between = changed.slice(previous?.end ?? 0, token.start);
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
    text: changed,
    around,
    get tokens() {
      all ??= build();
      return all;
    },
  };
}
