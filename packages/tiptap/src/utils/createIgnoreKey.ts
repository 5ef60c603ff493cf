import { findWords, normalisePhrase } from '@casenote/lint';
import { IGNORE_CONTEXT_WORDS } from '../constants.ts';

/** The furthest either side a neighbouring word is looked for. Part of the key's definition: hosts keep keys. */
const MAX_WINDOW = 64 * IGNORE_CONTEXT_WORDS;
/** Where the search starts: enough for a word or two of ordinary prose, so most findings need one small match. */
const FIRST_WINDOW = 24;

type WordsOf = (text: string) => string[];

const engineWords: WordsOf = (text) => findWords(text).map((word) => word.text);

/**
 * The key under which a finding is ignored: its rule, its words and the words either side of it
 * in the same paragraph. Words are the engine's (`findWords`) and every part is compared in the
 * engine's form (`normalisePhrase`: curly apostrophes straightened, spacing made one space, lower
 * case), so "Jade’s" and "Jade's" give one key. Edits elsewhere leave the key as it was; changing
 * the flagged or neighbouring words makes a new key, so the finding comes back.
 * @param text The paragraph's text.
 * @param from Start offset of the finding in `text`.
 * @param to End offset of the finding in `text`.
 */
export function createIgnoreKey(ruleId: string, text: string, from: number, to: number): string {
  return [ruleId, text.slice(from, to), wordsBefore(text, from, engineWords), wordsAfter(text, to, engineWords)]
    .map(normalisePhrase)
    .join('|');
}

// Keys stored by hosts before the key was built on the engine's words: a word of its own pattern,
// and parts only lower-cased. Kept so that those ignores still hide their findings (the session
// looks a finding up under this key too while the host's store holds keys it did not write).
const LEGACY_WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const legacyWords: WordsOf = (text) => text.match(LEGACY_WORD) ?? [];

/** The key an earlier version stored for the same finding (see `createIgnoreKey`). */
export function legacyIgnoreKey(ruleId: string, text: string, from: number, to: number): string {
  const phrase = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return [ruleId, phrase, wordsBefore(text, from, legacyWords), wordsAfter(text, to, legacyWords)]
    .map((part) => part.toLowerCase())
    .join('|');
}

/**
 * The last `IGNORE_CONTEXT_WORDS` words within `MAX_WINDOW` characters before `from`, joined by a
 * space. The window grows from small: once it holds more words than needed, a word cut by its edge
 * can only be the first, which is not kept, so the answer equals a search of the whole window.
 */
function wordsBefore(text: string, from: number, wordsOf: WordsOf): string {
  for (let size = Math.min(FIRST_WINDOW, MAX_WINDOW); ; size = Math.min(size * 2, MAX_WINDOW)) {
    const start = Math.max(0, from - size);
    const words = wordsOf(text.slice(start, from));
    if (words.length > IGNORE_CONTEXT_WORDS || start === 0 || size === MAX_WINDOW)
      return words.slice(-IGNORE_CONTEXT_WORDS).join(' ');
  }
}

/** The first `IGNORE_CONTEXT_WORDS` words within `MAX_WINDOW` characters after `to` (see `wordsBefore`). */
function wordsAfter(text: string, to: number, wordsOf: WordsOf): string {
  for (let size = Math.min(FIRST_WINDOW, MAX_WINDOW); ; size = Math.min(size * 2, MAX_WINDOW)) {
    const end = Math.min(text.length, to + size);
    const words = wordsOf(text.slice(to, end));
    if (words.length > IGNORE_CONTEXT_WORDS || end === text.length || size === MAX_WINDOW)
      return words.slice(0, IGNORE_CONTEXT_WORDS).join(' ');
  }
}
