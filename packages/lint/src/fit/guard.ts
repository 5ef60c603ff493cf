/**
 * Last checks on a fix before it is offered, for every finding (phrase rules and the note analysis
 * alike): the fixed sentence must not double a word at either edge ("you you"), break a/an
 * agreement, or leave a quotation mark without its partner; guard-words.ts and guard-phrase.ts read the words beside it.
 */
import { phraseReadsInPlace } from './guard-phrase.ts';
import { wordsReadInPlace } from './guard-words.ts';
import { takesAn } from './word-classes.ts';
import { matchWords, type WordPattern } from '../plain-words.ts';

const wordChar = /^[\p{L}\p{N}']$/u;
const spaceChar = /^\s$/u;

/** `wordChar.test(char)`, without the regular expression for plain ASCII. */
function isWordChar(char: string): boolean {
  const code = char.charCodeAt(0);
  if (char.length === 1 && code < 128)
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 39;
  return wordChar.test(char);
}

/** `spaceChar.test(char)` for one UTF-16 unit, without the regular expression for plain ASCII. */
function isSpaceChar(char: string): boolean {
  const code = char.charCodeAt(0);
  if (char.length === 1 && code < 128) return code === 32 || (code >= 9 && code <= 13);
  return spaceChar.test(char);
}

/** The character (a whole surrogate pair) ending at `end`, not reaching before `limit`. */
function charBefore(text: string, end: number, limit: number): string {
  const low = text.charCodeAt(end - 1);
  if (low >= 0xdc00 && low <= 0xdfff && end - 2 >= limit) {
    const high = text.charCodeAt(end - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(end - 2, end);
  }
  return text.charAt(end - 1);
}

/** The word just before the spaces that end at `at` (looking back at most 40 characters), or ''. */
function wordBefore(text: string, at: number): string {
  const limit = Math.max(0, at - 40);
  let end = at;
  while (end > limit && isSpaceChar(text.charAt(end - 1))) end -= 1;
  if (end === at) return '';
  let start = end;
  while (start > limit) {
    const char = charBefore(text, start, limit);
    if (!isWordChar(char)) break;
    start -= char.length;
  }
  return text.slice(start, end);
}

/** The word just after the spaces that start at `at` (looking ahead at most 40 characters), or ''. */
function wordAfter(text: string, at: number): string {
  const limit = Math.min(text.length, at + 40);
  let start = at;
  while (start < limit && isSpaceChar(text.charAt(start))) start += 1;
  if (start === at) return '';
  let end = start;
  for (;;) {
    const code = text.codePointAt(end);
    if (code === undefined || end >= limit) break;
    const char = String.fromCodePoint(code);
    if (end + char.length > limit || !isWordChar(char)) break;
    end += char.length;
  }
  return text.slice(start, end);
}

// "your you", "the I": a pronoun cannot follow a determiner
const possessives = new Set(['a', 'an', 'the', 'my', 'your', 'his', 'her', 'our', 'their', 'its']);
const pronouns = new Set(['i', 'you', 'we', 'they', 'me', 'us', 'them']);

// made once, not at every call (a regular expression literal is a new object each time it is read)
const fixWord: WordPattern = { unicode: /[\p{L}\p{N}']+/gu, ascii: /[A-Za-z0-9']+/g };
const hadOrThat = /^(had|that)$/;
const article = /^(a|an|the)$/;
const ownWords = /^(my|your|our|their)$/;

/** Whether replacing text[from, to) with `fix` reads cleanly at its edges. */
export function fixReadsCleanly(text: string, from: number, to: number, fix: string): boolean {
  const words = matchWords(fix, fixWord);
  const first = words[0]?.toLowerCase() ?? '';
  const last = words.at(-1)?.toLowerCase() ?? '';
  const before = wordBefore(text, from).toLowerCase();
  const after = wordAfter(text, to).toLowerCase();
  if (first !== '' && before === first && !hadOrThat.test(first)) return false;
  if (last !== '' && after === last && !hadOrThat.test(last)) return false;
  for (let index = 1; index < words.length; index++) {
    const previous = (words[index - 1] as string).toLowerCase();
    const word = words[index] as string;
    if (word.toLowerCase() === previous) return false;
    if ((previous === 'a' || previous === 'an') && takesAn(word) !== (previous === 'an')) return false;
    if (possessives.has(previous) && pronouns.has(word.toLowerCase())) return false;
    // "a your home", "the my plan", "our your"
    if ((article.test(previous) || ownWords.test(previous)) && ownWords.test(word.toLowerCase())) return false;
    if (article.test(previous) && possessives.has(word.toLowerCase())) return false;
  }
  if (possessives.has(before) && pronouns.has(first)) return false;
  if ((before === 'a' || before === 'an') && words[0] && takesAn(words[0]) !== (before === 'an')) return false;
  return (
    quotesBalance(fix, 0, fix.length) === quotesBalance(text, from, to) &&
    wordsReadInPlace(text, from, to, fix) &&
    phraseReadsInPlace(text, from, to, fix, { words: lowerWords(words), first, last, before, after })
  );
}

const lowerWords = (words: readonly string[]): string[] => words.map((word) => word.toLowerCase());

/** Double quotation marks opened minus closed in `text[from, to)` (straight quotes count by pairs). */
function quotesBalance(text: string, from: number, to: number): number {
  let balance = 0;
  let straight = 0;
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x201c) balance++;
    else if (code === 0x201d) balance--;
    else if (code === 34 /* " */) straight++;
  }
  return balance * 2 + (straight % 2);
}

const doubleQuote = /["\u201c\u201d]/;

/**
 * Widens [from, to) over a quotation mark just outside it when the range holds only one of a
 * pair: `volatile” relationship` takes in the opening “ before it. Undefined when none is there.
 */
export function balanceQuotes(text: string, from: number, to: number): { from: number; to: number } | undefined {
  const inside = text.slice(from, to);
  if (splitsSingleQuotes(text, from, to, inside)) return undefined;
  if (!doubleQuote.test(inside)) return { from, to };
  const opened = (inside.match(/\u201c/g) ?? []).length - (inside.match(/\u201d/g) ?? []).length;
  const straight = (inside.match(/"/g) ?? []).length % 2;
  if (opened === 0 && straight === 0) return { from, to };
  if (opened === 1 && text.charAt(to) === '\u201d') return { from, to: to + 1 };
  if (opened === -1 && text.charAt(from - 1) === '\u201c') return { from: from - 1, to };
  if (opened === 0 && straight === 1) {
    if (text.charAt(to) === '"') return { from, to: to + 1 };
    if (text.charAt(from - 1) === '"') return { from: from - 1, to };
  }
  return undefined;
}

/**
 * Whether the range takes one single quotation mark of a pair and leaves its partner outside: "‘hard to place’
 * children" flagged from "hard" (the fix would leave "‘children waiting …" open). A closing mark is told from an
 * apostrophe ("parents’ views") by its opening partner just before the range.
 */
function splitsSingleQuotes(text: string, from: number, to: number, inside: string): boolean {
  const before = text.charAt(from - 1);
  const after = text.charAt(to);
  if (before === '\u2018' || before === "'") {
    const closing = before === "'" ? "'" : '\u2019';
    if (opensWordAt(inside, before) < 0 && closesWordAt(inside, closing, 0) >= 0) return true;
  }
  if ((after === '\u2019' || after === "'") && !letterOrDigit.test(text.charAt(to + 1))) {
    const opening = after === "'" ? "'" : '\u2018';
    const at = opensWordAt(inside, opening);
    if (at >= 0 && closesWordAt(inside, after, at + 1) < 0) return true;
  }
  return false;
}

const letterOrDigit = /[\p{L}\p{N}]/u;

/** Where `mark` opens a word in `text` (at its start or after a space, before a letter), or -1. */
function opensWordAt(text: string, mark: string): number {
  for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1))
    if ((at === 0 || /\s/.test(text.charAt(at - 1))) && letterOrDigit.test(text.charAt(at + 1))) return at;
  return -1;
}

/** Where `mark` closes a word in `text` from `from` on (after a letter, not before one), or -1. */
function closesWordAt(text: string, mark: string, from: number): number {
  for (let at = text.indexOf(mark, from); at >= 0; at = text.indexOf(mark, at + 1))
    if (at > 0 && letterOrDigit.test(text.charAt(at - 1)) && !letterOrDigit.test(text.charAt(at + 1))) return at;
  return -1;
}
