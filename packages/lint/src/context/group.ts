import type { NoteWord } from '../analyse/read-note.ts';
import type { NoteFacts } from './note-facts.ts';

// words that make a plural someone's own, or people already met ("her siblings", "the siblings", "Jacob's siblings")
const particular = new Set([
  'his',
  'her',
  'their',
  'your',
  'my',
  'our',
  'its',
  'the',
  'these',
  'those',
  'both',
  'whose',
]);
// words between a determiner and its noun that say nothing about whose the people are ("her two younger siblings")
export const modifiers = new Set([
  'older',
  'younger',
  'eldest',
  'oldest',
  'youngest',
  'elder',
  'little',
  'big',
  'baby',
  'young',
  'other',
  'own',
  'half',
  'full',
  'step',
  'foster',
  'adopted',
  'birth',
  'biological',
  'twin',
  'teenage',
  'new',
  'former',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
]);
const isNumber = /^\d{1,3}$/;
const isPlural = (lower: string): boolean => /s$/.test(lower) || lower === 'children' || lower === 'people';
const possessive = /['’]s$/;

/**
 * Whether the flagged words are a plural said of a group in general, not of particular people: a plural
 * with nobody's word before it ("keeping siblings together", "thousands of siblings", "the progress of care
 * leavers", "support for care leavers", "unaccompanied asylum-seeking children", "all privately fostered children": words that end in a
 * participle are read with the plural they describe). A singular, or a plural after a possessive, "the", "these" or a
 * name's ("her siblings", "the siblings", "Baby J's siblings"), is said of particular people.
 */
export function toldOfAGroup(facts: NoteFacts, sentence: number, first: number, last: number): boolean {
  const words = (facts.sentences[sentence]?.words ?? []) as NoteWord[];
  // words that end in a participle describe the noun after them: "privately fostered children" is told of the children
  const next = words[last + 1];
  const described =
    /ed$/.test(words[last]?.lower ?? '') && next !== undefined && !next.breakBefore && isPlural(next.lower);
  const final = described ? next : words[last];
  if (!final || !isPlural(final.lower) || possessive.test(final.lower)) return false;
  const index = ownerWordBefore(words, first);
  if (index === -1) return true;
  const word = words[index] as NoteWord;
  return !(particular.has(word.lower) || possessive.test(word.lower));
}

/**
 * The nearest word before `first` that is not a modifier or a small number ("her two younger siblings": "her"), or
 * -1 when none is left in the clause: a comma or dash before the words starts a new clause or an aside, and nothing
 * before it belongs to them.
 */
export function ownerWordBefore(words: readonly NoteWord[], first: number): number {
  let index = first - 1;
  while (index >= 0 && !words[index + 1]?.breakBefore) {
    const word = words[index] as NoteWord;
    if (!modifiers.has(word.lower) && !isNumber.test(word.lower)) return index;
    index -= 1;
  }
  return -1;
}
