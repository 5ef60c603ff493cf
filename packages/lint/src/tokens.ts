import type { Sentence } from 'nlcst';
import {
  ampersandReadAs,
  initialismLetters,
  isLoneAmpersand,
  normaliseWord,
  type Token,
  tokenLength,
} from '@casenote/rules';

const hyphen = /[-\u2010\u2011]/;
// hyphens and quotation marks join words rather than separating them: "hard-to-reach", an older
// ‘boyfriend’, "had 'consented' to" all match as phrases
const joiners = new Set(
  [...'-\u2010\u2011"\'`\u00b4\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a'].map((mark) =>
    mark.charCodeAt(0),
  ),
);

// read by character code, not with expressions: they run for every word of every note
/** Whether `text[start, end)` is one or more joiners and nothing else. */
export function joinersOnly(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index += 1) if (!joiners.has(text.charCodeAt(index))) return false;
  return end > start;
}

/** Whether a word holds a hyphen (`-`, U+2010 or U+2011). */
function hasHyphen(word: string): boolean {
  for (let index = 0; index < word.length; index += 1) {
    const code = word.charCodeAt(index);
    if (code === 45 || code === 0x2010 || code === 0x2011) return true;
  }
  return false;
}

/** Whether a word holds an apostrophe other than the straight one (a word without is its own `exact` form). */
function hasCurlyApostrophe(word: string): boolean {
  for (let index = 0; index < word.length; index += 1) {
    const code = word.charCodeAt(index);
    if (code === 0x2018 || code === 0x2019 || code === 0x2bc) return true;
  }
  return false;
}

/**
 * A word of the note: the matcher's token, which is also the note analysis's word (`NoteWord`), so a
 * lint call makes one object for each word, not two.
 */
export interface NoteToken extends Token {
  /** As written, straight apostrophes: the same string as `exact`, but for initials with full stops ("L.A.", read as "LA"). */
  text: string;
  /** Inside quotation marks: marked when the analysis reads the note (`readNote`), false before. */
  quoted: boolean;
}

/**
 * A word in lower case, as `normaliseWord` gives it: most words are already (ASCII without capitals),
 * and are their own lower case without a new string (`toLowerCase` makes one for every word).
 */
function lowerCaseOf(word: string, plain: boolean): string {
  if (word === '&') return ampersandReadAs;
  for (let index = 0; index < word.length; index += 1) {
    const code = word.charCodeAt(index);
    if (code >= 128 || (code >= 65 && code <= 90)) return plain ? word.toLowerCase() : normaliseWord(word);
  }
  return word;
}

/** The token of one word (no hyphens) at `start`. */
function wordToken(word: string, start: number, breakBefore: boolean): NoteToken {
  // most words have no curly apostrophe: one test instead of two replacements
  const plain = !hasCurlyApostrophe(word);
  const exact = plain ? word : word.replace(/[\u2019\u02bc]/g, "'");
  return {
    lower: lowerCaseOf(word, plain),
    exact,
    start,
    end: start + word.length,
    breakBefore,
    text: exact,
    quoted: false,
  };
}

/**
 * Adds the tokens of the word `text[start, end)`: hyphenated words give one token per part.
 * Returns whether a break is still pending (false once a token took it).
 */
export function addWord(tokens: NoteToken[], text: string, start: number, end: number, pendingBreak: boolean): boolean {
  let word = text.slice(start, end);
  // retext keeps a full stop after a number in the word ("section 20."): leave it out
  if (word.charCodeAt(word.length - 1) === 46 /* . */ && /^\p{N}+\.$/u.test(word)) word = word.slice(0, -1);
  const letters = initialismLetters(word);
  if (letters !== undefined) {
    // "L.A." is read as "LA" by the matcher (its span and `text` stay as written, closing stop and all)
    const token = wordToken(word, start, pendingBreak && tokens.length > 0);
    token.exact = letters;
    token.lower = letters.toLowerCase();
    tokens.push(token);
    return false;
  }
  if (!hasHyphen(word)) {
    tokens.push(wordToken(word.slice(0, tokenLength(word)), start, pendingBreak && tokens.length > 0));
    return false;
  }
  let partStart = 0;
  for (const part of word.split(hyphen)) {
    if (part.length > 0) {
      tokens.push(wordToken(part, start + partStart, pendingBreak && tokens.length > 0));
      pendingBreak = false;
    }
    partStart += part.length + 1;
  }
  return pendingBreak;
}

/**
 * The words of one retext sentence as matcher tokens, read from the original text by offset.
 * Hyphenated words give one token per part; punctuation other than a hyphen or a quotation mark
 * marks a break.
 *
 * @param base Where the parsed text starts in `text` (a piece of a long note is parsed on its own).
 */
export function sentenceTokens(sentence: Sentence, text: string, base = 0): NoteToken[] {
  const tokens: NoteToken[] = [];
  let pendingBreak = false;
  for (const child of sentence.children) {
    if (child.type === 'WhiteSpaceNode') continue;
    const position = child.position;
    if (position?.start.offset === undefined || position.end.offset === undefined) continue;
    const start = position.start.offset + base;
    const end = position.end.offset + base;
    if (child.type !== 'WordNode' && !isLoneAmpersand(text, start, end)) {
      if (!joinersOnly(text, start, end)) pendingBreak = true;
      continue;
    }
    pendingBreak = addWord(tokens, text, start, end, pendingBreak);
  }
  return tokens;
}
