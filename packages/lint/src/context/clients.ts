import type { NoteWord } from '../analyse/read-note.ts';

// the people a worker's caseload holds: "my client", "our service users"
const clientNouns = new Set(['client', 'clients']);
// said after "of my" only: "one of my cases", "two of my families" ("my case" alone is most often the writer's own)
const caseloadNouns = new Set(['cases', 'families']);
const writers = new Set(['my', 'our']);
const ownedAfter = new Set(['mine', 'ours']);

const joined = (words: readonly NoteWord[], index: number): NoteWord | undefined => {
  const word = words[index];
  return word && !word.breakBefore ? word : undefined;
};

/** Where the writer's possessive at `index` is before "young person" or "young people": the index of the last word. */
export function youngPeopleAfterWriter(words: readonly NoteWord[], index: number): number | undefined {
  if (!writers.has((words[index] as NoteWord).lower) || joined(words, index + 1)?.lower !== 'young') return undefined;
  return /^(?:person|people)$/.test(joined(words, index + 2)?.lower ?? '') ? index + 2 : undefined;
}

/**
 * Where the writer's possessive at `index` names someone on the writer's caseload rather than the writer ("my client",
 * "One of my clients is…", "our service users", "one of my cases"): the index of the caseload noun's last word, which
 * stands for a person the note leaves unknown. Undefined when the possessive is the writer's own.
 */
export function caseloadAfterWriter(words: readonly NoteWord[], index: number): number | undefined {
  if (!writers.has((words[index] as NoteWord).lower)) return undefined;
  const noun = joined(words, index + 1)?.lower ?? '';
  if (clientNouns.has(noun)) return index + 1;
  if (noun === 'service' && /^users?$/.test(joined(words, index + 2)?.lower ?? '')) return index + 2;
  if (caseloadNouns.has(noun) && words[index - 1]?.lower === 'of' && !words[index]?.breakBefore) return index + 1;
  return undefined;
}

/** Where "client(s)" at `index` is the writer's ("a client of mine"): the index of "mine" or "ours". */
export function caseloadOwnedAfter(words: readonly NoteWord[], index: number): number | undefined {
  if (!clientNouns.has((words[index] as NoteWord).lower)) return undefined;
  if (joined(words, index + 1)?.lower !== 'of') return undefined;
  return ownedAfter.has(joined(words, index + 2)?.lower ?? '') ? index + 2 : undefined;
}
