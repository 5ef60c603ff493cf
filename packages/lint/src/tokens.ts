import type { Sentence } from 'nlcst';
import {
  ampersandReadAs,
  initialismLetters,
  isCapitalsAcronym,
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
  // a possessive after initials with full stops is left out of the token, as after any acronym ("the I.R.O.'s")
  const read = word.slice(0, tokenLength(word));
  const letters = initialismLetters(read);
  if (letters !== undefined) {
    // "L.A." is read as "LA" by the matcher (its span and `text` stay as written, closing stop and all)
    const token = wordToken(read, start, pendingBreak && tokens.length > 0);
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
  const reader = tokenReader(text);
  for (const child of sentence.children) {
    if (child.type === 'WhiteSpaceNode') continue;
    const position = child.position;
    if (position?.start.offset === undefined || position.end.offset === undefined) continue;
    const start = position.start.offset + base;
    const end = position.end.offset + base;
    if (child.type !== 'WordNode' && !isLoneAmpersand(text, start, end)) reader.mark(start, end);
    else reader.word(start, end);
  }
  return reader.tokens;
}

/** Reads a sentence's words and marks in order into matcher tokens (both parsers' words, one reading). */
export interface TokenReader {
  readonly tokens: NoteToken[];
  /** A word at `text[start, end)`. */
  word(start: number, end: number): void;
  /** Punctuation or a symbol at `text[start, end)`: anything but a joiner breaks a phrase. */
  mark(start: number, end: number): void;
}

// the last words of a service's term that can follow the initials of its first words: "child protection (CP) plan";
// and the last word of any body's name, by kind (precision41 took "tribunal"; precision41b any body): "the Special
// Educational Needs and Disability (SEND) Tribunal", "the Health, Education and Social Care (HESC) Chamber"
const termEnds = new Set(
  [
    'plan plans review reviews conference conferences meeting meetings order orders assessment assessments team teams service services panel panels report reports worker workers officer officers hearing hearings proceedings process letter letters visit visits',
    'tribunal tribunals chamber chambers court courts board boards committee committees council councils forum forums partnership partnerships group groups unit units agency agencies authority authorities commission commissions network networks centre centres center centers hub hubs trust trusts office offices ombudsman inspectorate inspectorates body bodies alliance alliances',
  ]
    .join(' ')
    .split(' '),
);

/**
 * A reader of one sentence's words. An acronym in brackets spelled out by the words just before it, with
 * the last word of a term straight after its ")", is left out and breaks nothing: "child protection (CP)
 * plan" is read as "child protection plan", "Looked After Child (LAC) review" as "Looked After Child review".
 * Anywhere else the acronym stays a word ("a Team Around the Child (TAC) is…").
 */
export function tokenReader(text: string): TokenReader {
  const tokens: NoteToken[] = [];
  let pendingBreak = false;
  // a bracketed acronym its own words spell out just before it, waiting for the word after its ")"
  let aside = false;
  return {
    tokens,
    word(start, end) {
      if (aside) {
        aside = false;
        if (termEnds.has(text.slice(start, end).toLowerCase())) {
          tokens.pop();
          pendingBreak = false;
        } else pendingBreak = true;
      }
      pendingBreak = addWord(tokens, text, start, end, pendingBreak);
    },
    mark(start, end) {
      if (
        !aside &&
        end === start + 1 &&
        text.charCodeAt(start) === 41 /* ) */ &&
        spelledOutInBrackets(tokens, text, start)
      ) {
        aside = true;
        return;
      }
      aside = false;
      if (!joinersOnly(text, start, end)) pendingBreak = true;
    },
  };
}

// small words a spelled-out form may or may not give a letter for ("education, health and care (EHC) plan")
const joiningWords = new Set(['and', 'of', 'for', 'the', 'in', 'on', 'to', 'with', 'at', 'by', 'or', 'a', 'an']);

/**
 * Whether the last word read is an acronym in brackets, closed at `close`, whose letters are the first
 * letters of the words right before the "(" ("child protection (CP)", "child in need (CIN)", "education,
 * health and care (EHC)"), small joining words free to count or not.
 */
function spelledOutInBrackets(tokens: readonly NoteToken[], text: string, close: number): boolean {
  const acronym = tokens[tokens.length - 1];
  const before = tokens[tokens.length - 2];
  if (acronym === undefined || before === undefined || acronym.end !== close) return false;
  if (!isCapitalsAcronym(acronym.exact) || text.slice(before.end, acronym.start).trim() !== '(') return false;
  const letters = acronym.lower;
  let letter = letters.length - 1;
  for (let index = tokens.length - 2; index >= 0 && letter >= 0; index -= 1) {
    const word = (tokens[index] as NoteToken).lower;
    if (word.charAt(0) === letters.charAt(letter)) letter -= 1;
    else if (!joiningWords.has(word)) return false;
  }
  return letter < 0;
}
