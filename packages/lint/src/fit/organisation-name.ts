/**
 * A body's full name in place of its short name takes "the" where the short name stood bare (fixes39, the twenty-sixth
 * reading sample and the pooled "determiner" kind): "information that Cafcass has obtained" → "that the Children and
 * Family Court Advisory and Support Service has obtained", "In private law matters, Cafcass may assist" → "the Children
 * and Family Court …". The short name may be written as a word ("Cafcass") as well as in capitals, and "that" before a
 * body's name joins a clause: it does not point, as it does before a common noun ("that IRO").
 */
import type { Token } from '@casenote/rules';
import { isAuxiliary } from './word-classes.ts';

const smallWords = /^(?:and|of|for|the|in|on|to|&)$/;

/** Whether the suggestion's words are a name in Title Case of three words or more ("Children and Family Court …"). */
export function isTitleCaseName(words: readonly string[]): boolean {
  if (words.length < 3 || !/^\p{Lu}/u.test(words[0] as string)) return false;
  return words.every((word) => smallWords.test(word) || /^\p{Lu}/u.test(word));
}

/** A short name written as one capitalised word ("Cafcass"), the whole of the flagged words, whose suggestion is the body's full name. */
export function shortNameAsWord(
  tokens: readonly Token[],
  start: number,
  end: number,
  words: readonly string[],
): boolean {
  return end === start + 1 && /^\p{Lu}\p{Ll}+$/u.test((tokens[start] as Token).exact) && isTitleCaseName(words);
}

/**
 * "that" right before the flagged words and an auxiliary right after, which joins a clause when they are a body's name
 * ("criticism that Cafcass does not", "information that Cafcass has obtained"); not "reviewing that EHCP".
 */
export function clauseThatBefore(
  tokens: readonly Token[],
  start: number,
  end: number,
  words: readonly string[],
): boolean {
  const next = tokens[end];
  if (start === 0 || (tokens[start - 1] as Token).lower !== 'that' || !next || !isAuxiliary(next.lower)) return false;
  return isTitleCaseName(words);
}
