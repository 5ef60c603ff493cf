import type { NoteWord } from './read-note.ts';

/**
 * The lower-case forms of `words[from…to)`, as `words.slice(from, to).map((word) => word.lower)`
 * gives them, built by pushing: optimised code makes `map`'s arrays holey, a second array shape
 * that deoptimises the functions reading them.
 */
export function lowerWords(words: readonly NoteWord[], from: number, to: number): string[] {
  const lower: string[] = [];
  const end = Math.min(to, words.length);
  for (let index = Math.max(from, 0); index < end; index += 1) lower.push((words[index] as NoteWord).lower);
  return lower;
}
