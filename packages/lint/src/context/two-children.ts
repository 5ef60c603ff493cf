import type { NoteWord } from '../analyse/read-note.ts';
import { adultInSentence, childAgeAt } from './described.ts';
import type { NoteFacts } from './note-facts.ts';
import type { Outcome, Site } from './site.ts';

// Two children told together, read from the sentence alone: what two young people of about the same age did with each
// other is not an adult's abuse of a child, and the consent wording of an adult and a child is wrong for them ("the
// sex was consensual" of a 13-year-old and a 12-year-old; the lead's ruling, thirtieth session, item 2).

// plural words for children after "two" or "both" ("the two boys", "both teenagers", "two 14-year-old pupils")
const childPlurals = new Set([
  'boys',
  'girls',
  'children',
  'kids',
  'teenagers',
  'teens',
  'pupils',
  'youngsters',
  'minors',
  'schoolboys',
  'schoolgirls',
  'classmates',
]);
// singular words for a child after "another" ("with another pupil")
const childSingulars = new Set([
  'boy',
  'girl',
  'child',
  'pupil',
  'teenager',
  'teen',
  'youngster',
  'minor',
  'classmate',
]);

/** Whether the sentence tells two children together: two ages under 18, "the two boys", "both teenagers", "another pupil". */
function tellsTwoChildren(words: readonly NoteWord[], site: Site): boolean {
  let ages = 0;
  for (let index = 0; index < words.length; index += 1) {
    if (index >= site.first && index <= site.last) continue;
    const word = words[index] as NoteWord;
    if (childAgeAt(words, index)) ages += 1;
    if (ages >= 2) return true;
    if (word.lower === 'two' || word.lower === 'both') {
      // "the two boys", "both 14-year-old girls": the plural within the next two words
      const ahead = [words[index + 1], words[index + 2]].filter((next): next is NoteWord => next !== undefined);
      if (ahead.some((next) => childPlurals.has(next.lower))) return true;
    }
    if (word.lower === 'another' && childSingulars.has(words[index + 1]?.lower ?? '')) return true;
  }
  return false;
}

/**
 * `pair: not-two-children`: **not met** when the sentence tells two children together (two ages under 18, "the two
 * boys", "both teenagers", "with another pupil") and describes no adult (an age of 18 or over, a man or woman, a
 * teacher or coach); met otherwise. Never unknown, so a rule keeps every finding it had except those of two children.
 */
export function notTwoChildren(facts: NoteFacts, site: Site): Outcome {
  const words = (facts.sentences[site.sentence]?.words ?? []) as NoteWord[];
  if (!tellsTwoChildren(words, site)) return 'met';
  return adultInSentence(facts, site) === 'met' ? 'met' : 'unmet';
}
