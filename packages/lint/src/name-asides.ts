// A name or role in brackets beside the words it names, read through by the rule matcher: "Child A (Jane Smith)
// was said to …", "the children's father (Father) had been …". The bracket says who someone is; the wording a rule
// looks for runs on around it. Only the rule matcher reads through: the note analysis keeps every word (a bracketed
// name is how it learns who is who); an acronym in brackets stays a word (acronym rules find it there), and so does a
// bracket whose own words a rule matched ("the PLO (Public Law Outline) meeting", "(Leaving Care)").
import type { Hit, Token } from '@casenote/rules';
import type { NoteSentence, NoteWord } from './analyse/read-note.ts';

/** A matcher token that follows a bracketed name the matcher read through. */
export interface AsideToken extends Token {
  /** True on the word after a bracketed name left out of the matcher's words. */
  afterAside?: boolean;
}

const open = 40; /* ( */
const close = 41; /* ) */
// a capitalised word ("Jane", "Father", "O'Neill") or one capital letter ("A"): not capitals throughout ("CP", "IRO")
const capitalised = /^(?:\p{Lu}[\p{Ll}'’]+|\p{Lu})$/u;

/** Whether `text[from, to)` is spaces only (or nothing). */
function spacesOnly(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index += 1) if (text.charCodeAt(index) !== 32) return false;
  return true;
}

/** Whether a match of the words as written takes in any of `tokens[first, end)`. */
function matchedWithin(hits: readonly Hit[], first: number, end: number): boolean {
  for (const hit of hits) if (hit.fullStart < end && first < hit.fullEnd) return true;
  return false;
}

/**
 * A sentence's words as the rule matcher reads them: each bracketed name of one to three capitalised words
 * between two words left out, unless a match of the words as written (`hits`) takes in a word of it, the word
 * after it marked `afterAside` and joined to the word before (no break). The same array when the sentence has no
 * such bracket, as most have not.
 */
export function readThroughNameAsides(tokens: Token[], text: string, hits: readonly Hit[]): Token[] {
  let read: AsideToken[] | undefined;
  for (let index = 1; index < tokens.length; index += 1) {
    let length =
      text.charCodeAt((tokens[index] as Token).start - 1) === open ? bracketedNameLength(tokens, text, index) : 0;
    if (length > 0 && matchedWithin(hits, index, index + length)) length = 0;
    if (length === 0) {
      read?.push(tokens[index] as Token);
      continue;
    }
    read ??= tokens.slice(0, index);
    const after = tokens[index + length] as Token;
    read.push({ ...after, breakBefore: false, afterAside: true });
    index += length;
  }
  return read ?? tokens;
}

/** Whether a finding's flagged words `tokens[start, end)` run across a bracketed name the matcher read through. */
export function flaggedAcrossAside(tokens: readonly AsideToken[], start: number, end: number): boolean {
  for (let index = start + 1; index < end; index += 1) if (tokens[index]?.afterAside === true) return true;
  return false;
}

/** A word of the sentence as the rule matcher or the rule conditions read it: where it stands and as written. */
interface Placed {
  start: number;
  end: number;
  exact?: string;
  text?: string;
}

/** The number of words of a bracketed name starting at `words[first]`, or 0 one to three capitalised words
 * between "(" and ")" that stand between two words of the sentence with a space either side and nothing else. */
function bracketedNameLength(words: readonly Placed[], text: string, first: number): number {
  const before = words[first - 1];
  const word = words[first];
  if (before === undefined || word === undefined || text.charCodeAt(word.start - 1) !== open) return 0;
  if (word.start - 1 <= before.end || !spacesOnly(text, before.end, word.start - 1)) return 0;
  for (let length = 1; length <= 3; length += 1) {
    const last = words[first + length - 1];
    if (last === undefined || !capitalised.test(last.exact ?? last.text ?? '')) return 0;
    if (length > 1 && !spacesOnly(text, (words[first + length - 2] as Placed).end, last.start)) return 0;
    if (text.charCodeAt(last.end) !== close) continue;
    const after = words[first + length];
    if (after === undefined || after.start <= last.end + 1 || !spacesOnly(text, last.end + 1, after.start)) return 0;
    return length;
  }
  return 0;
}

/**
 * A sentence as the rule conditions read it (subject, age, an adult described): each bracketed name the matcher reads
 * through left out ("Jade (Child A) is 15" reads as "Jade is 15"), the word after it joined to the word before, unless
 * a flagged span (`kept`) takes in a word of it or a word of it says which people are meant (`peopleWord`: "Head of
 * Social Care (Adults)"). The same sentence when it has no such bracket.
 */
export function conditionsReadThrough(
  sentence: NoteSentence,
  text: string,
  kept: (from: number, to: number) => boolean,
  peopleWord: (lower: string) => boolean,
): NoteSentence {
  const { words } = sentence;
  let read: NoteWord[] | undefined;
  for (let index = 1; index < words.length; index += 1) {
    const word = words[index] as NoteWord;
    let length = text.charCodeAt(word.start - 1) === open ? bracketedNameLength(words, text, index) : 0;
    if (length > 0 && kept(word.start, (words[index + length - 1] as NoteWord).end)) length = 0;
    for (let inner = index; inner < index + length; inner += 1)
      if (peopleWord((words[inner] as NoteWord).lower)) length = 0;
    if (length === 0) {
      read?.push(word);
      continue;
    }
    read ??= words.slice(0, index);
    read.push({ ...(words[index + length] as NoteWord), breakBefore: false });
    index += length;
  }
  // how each word reads as a name is read again for these words
  return read === undefined ? sentence : { ...sentence, words: read, nameReadings: undefined };
}
