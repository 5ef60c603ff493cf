import type { CompiledPattern } from './compile-pattern.ts';
import type { Hit } from './resolve-hits.ts';

/**
 * A status a service gives a child, said of what is the child's: "a looked after child's care", "the
 * Looked After Children’s health team", "looked after children's nurse". The phrase matcher reads
 * such a word as the term's last word (for the rules that ask it to: `MatcherInput.possessives`), and
 * the finding ends before the "'s", which stays the writer's. Only a word for the child or young
 * person the status names: an organisation's or a meeting's possessive ("the adoption panel's
 * recommendation", "the Independent Visitor's role") is how practitioners write of the body in its
 * own sense, and reading those flagged four clean practitioners' sentences (README, "jargon28").
 * Only at the end of a match: a possessive inside a term is its own word ("children's guardian" is
 * written so in the rules). An acronym's possessive is already left out of its token (`tokenLength`).
 */
const personWords: ReadonlySet<string> = new Set(['child', 'children', 'person', 'people']);

/**
 * A word for a child or young person without its possessive ending, or undefined for any other word:
 * "child's" → "child", "Children's" → "Children". Straight apostrophes only (the matcher's
 * `Token.lower` and `Token.exact` are so); a plural's possessive ("parents'") is left alone.
 */
export function possessiveStem(word: string): string | undefined {
  const length = word.length;
  if (length < 7 || word.charCodeAt(length - 1) !== 115 /* s */ || word.charCodeAt(length - 2) !== 39 /* ' */)
    return undefined;
  const stem = word.slice(0, length - 2);
  return personWords.has(stem.toLowerCase()) ? stem : undefined;
}

/**
 * Whether a word without its possessive ending is one of a set of pattern keys (`possessiveStem`): the
 * lower-case form among `keys`, or the word as written among `exactKeys` (a case-sensitive rule's).
 */
export function stemIn(
  keys: ReadonlySet<string>,
  exactKeys: ReadonlySet<string> | null,
  word: { lower: string; exact: string },
): boolean {
  const stem = possessiveStem(word.lower);
  if (stem === undefined) return false;
  return keys.has(stem) || exactKeys?.has(possessiveStem(word.exact) as string) === true;
}

/**
 * The hit of a pattern whose last word, at `position`, was read without its possessive ending: the
 * flagged words `[start, end)` say so when they end with that word. Undefined when nothing is flagged.
 */
export function possessiveHit(
  pattern: CompiledPattern,
  first: number,
  position: number,
  start: number,
  end: number,
  inner: number,
): Hit | undefined {
  if (end <= start) return undefined;
  const hit: Hit = { rule: pattern.rule, kind: pattern.kind, start, end, fullStart: first, fullEnd: position + 1 };
  if (end === position + 1) hit.possessive = true;
  if (inner !== -1) hit.inner = inner;
  return hit;
}
