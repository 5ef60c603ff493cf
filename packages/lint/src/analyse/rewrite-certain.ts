import { isFiniteVerb } from '../fit/verbs.ts';
import { eventHeads, organisationHeads } from './lexicon.ts';
import type { NoteAddress } from './addressee.ts';
import type { ChildIdentity } from './names.ts';
import type { WordRole } from './people.ts';
import type { NoteSentence, NoteWord } from './read-note.ts';
import { titles } from './names.ts';
import { pluralChildPhrases, theyPronouns } from './words.ts';

/**
 * Whether a to-child rewrite ("Jade is" → "You are") may be offered as a one-click fix at all: only where the
 * reader is known to be the child, because the note already speaks to them ("you") or the host says whom the
 * note is written to (`context.child`). In a note that speaks to no one, the writer may be a court, a reporter,
 * a council's leaflet or a parent, not the child's worker ("The Court appointed a Guardian to represent you",
 * "Support staff shared that you love Disney characters", "You were diagnosed … at 33"): the finding and its
 * card still ask for the note to be written to the child, and the writer rewrites it.
 */
export const rewriteReaderKnown = (address: NoteAddress, child: ChildIdentity): boolean =>
  address.note === 'child' || child.evidence === 'context';

/**
 * When a to-child rewrite of a sentence ("Jade is" → "You are") would not be certain to say what the writer meant
 * or to read as English, whatever the reading of who the child is. Each case is a kind seen on real text:
 *
 * - a "name" used before a noun is a modifier, not a person: "YouGov survey", "the Integration team",
 *   "the new Independent chair" (a person's name does not stand straight before a noun);
 * - a "name" inside a capitalised title: "Head of Transformation", "Legal Aid", "Aspire to More";
 * - the child after a preposition, with a verb straight after that is another subject's: "The murder of Carol was";
 * - a child introduced to the reader or the writer's own: "I visited a young boy", "our daughter", "My son's";
 * - a word given as a name or a gloss: "a child called Alfie", "Early Help (Voluntary)";
 * - the child as subject with an aside after it, whose verb the rewrite cannot reach: "Lara, aged 12, is living";
 * - a they-form the rewrite leaves alone, which may be the child: "your life from their birth";
 * - a second verb of the child's after "and": "You do the shopping and collects prescriptions";
 * - the child phrase as what someone is, not who: "One of the children I work with is a teenager";
 * - "children" after a word that makes them some children among others ("older children", "those children who",
 *   "54% of young people"), or two different words for a child in one sentence ("Reuben … with the girl",
 *   "my son Luke's"), where "you" would fall on children the note does not speak to.
 */
export function rewriteUncertain(sentence: NoteSentence, roles: WordRole[]): boolean {
  const words = sentence.words;
  const isChild = (index: number) =>
    roles[index] === 'child-name' || roles[index] === 'child-phrase' || roles[index] === 'child-pronoun';
  let names = 0;
  let phrases = 0;
  let childSeen = false;
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index] as NoteWord;
    const role = roles[index];
    if (word.quoted) continue;
    // (a "they" before any word for the child is someone else: "they have done a good job caring for Rosie")
    if (theyPronouns.has(word.lower) && childSeen) return true;
    if (isChild(index)) childSeen = true;
    if (role === 'child-name') {
      names += 1;
      if (nameIsNotAPerson(words, index)) return true;
    }
    if (isChild(index) && !isChild(index - 1)) {
      if (childIsNotTheSubject(words, roles, index) || namedOrGlossed(sentence, words, roles, index)) return true;
    }
    if (role === 'child-phrase' && roles[index - 1] !== 'child-phrase') {
      phrases += 1;
      // "I visited a young boy", "My son's school", "our daughter": a child introduced to the reader, or
      // the writer's own child, is not someone the note speaks to
      if (/^(a|an|my|our)$/.test(word.lower)) return true;
      const before = words[index - 1];
      let end = index;
      while (roles[end + 1] === 'child-phrase') end += 1;
      const possessive = /'s?$/.test((words[end] as NoteWord).text);
      if (before && beForms.has(before.lower) && !word.breakBefore && !possessive) return true;
    }
    if (role === 'child-phrase' && roles[index + 1] !== 'child-phrase' && pluralChildPhrases.has(word.lower)) {
      let start = index;
      while (roles[start - 1] === 'child-phrase') start -= 1;
      const first = words[start] as NoteWord;
      const before = words[start - 1];
      const after = words[index + 1];
      // "older children", "a number of young people": some children among others
      if (start === index && before && !first.breakBefore && !linkWords.has(before.lower)) return true;
      if (before && !first.breakBefore && (before.lower === 'of' || before.lower === 'those')) return true;
      if (after && !after.breakBefore && (after.lower === 'who' || after.lower === 'i' || after.lower === 'we'))
        return true;
    }
    // "Lara, aged 12, is living", "Additionally, Pam, who opposed …, does": an aside after the child as subject
    if (isChild(index) && !isChild(index + 1)) {
      let start = index;
      while (start > 0 && isChild(start - 1)) start -= 1;
      const next = words[index + 1];
      const gap = next ? sentence.text.slice(word.end - sentence.from, next.start - sentence.from) : '';
      if ((start === 0 || (words[start] as NoteWord).breakBefore) && gap.includes(',') && !gap.includes('.'))
        return true;
    }
  }
  if (names > 0 && phrases > 0) return true;
  return coordinatedVerbAfterChild(words, roles);
}

/** The last word of the child's mention that starts at `start` (a name, a phrase or a pronoun, as read). */
function childWordsEnd(roles: WordRole[], start: number): number {
  let end = start;
  while (roles[end + 1] === 'child-name' || roles[end + 1] === 'child-phrase' || roles[end + 1] === 'child-pronoun')
    end += 1;
  return end;
}

/**
 * "The murder of Carol was shocking": the child after a preposition, with a verb straight after them, is not
 * that verb's subject ("of you were" would give the verb to the child).
 */
function childIsNotTheSubject(words: NoteWord[], roles: WordRole[], start: number): boolean {
  const before = words[start - 1];
  const first = words[start] as NoteWord;
  if (!before || first.breakBefore || !prepositionsBefore.has(before.lower)) return false;
  const end = childWordsEnd(roles, start);
  const after = words[end + 1];
  return Boolean(after && !after.breakBefore && (beForms.has(after.lower) || thirdPersonAuxiliaries.has(after.lower)));
}

/**
 * "a very sad child called Alfie", "Early Help (Voluntary):": a word the sentence gives as a name or as a
 * gloss in brackets, which "you" cannot take the place of.
 */
function namedOrGlossed(sentence: NoteSentence, words: NoteWord[], roles: WordRole[], start: number): boolean {
  const first = words[start] as NoteWord;
  const before = words[start - 1];
  if (before && !first.breakBefore && /^(called|named|nicknamed)$/.test(before.lower)) return true;
  if (before && !first.breakBefore && before.lower === 'as' && words[start - 2]?.lower === 'known') return true;
  const end = childWordsEnd(roles, start);
  const last = words[end] as NoteWord;
  const after = words[end + 1];
  const opening = sentence.text.slice((before?.end ?? sentence.from) - sentence.from, first.start - sentence.from);
  const closing = sentence.text.slice(
    last.end - sentence.from,
    (after?.start ?? sentence.from + sentence.text.length) - sentence.from,
  );
  return /[([]\s*$/.test(opening) && /^\s*[)\]]/.test(closing);
}

const prepositionsBefore = new Set(['of', 'to', 'for', 'with', 'about', 'from', 'by', 'at', 'on', 'into', 'towards']);

/** "Josef does the shopping and collects prescriptions": a second verb of the child's the rewrite would leave. */
function coordinatedVerbAfterChild(words: NoteWord[], roles: WordRole[]): boolean {
  const first = roles.findIndex((role) => role === 'child-name' || role === 'child-phrase' || role === 'child-pronoun');
  if (first === -1) return false;
  for (let index = first + 1; index + 1 < words.length; index += 1) {
    if ((words[index] as NoteWord).lower !== 'and') continue;
    const next = words[index + 1] as NoteWord;
    if (next.breakBefore) continue;
    if (thirdPersonAuxiliaries.has(next.lower) || (/[^s]s$/.test(next.lower) && isFiniteVerb(next.lower))) return true;
    // a regular verb the verb list does not know, with its object after it ("and collects prescriptions")
    const after = words[index + 2];
    if (/^[a-z]{3,}[^su]s$/.test(next.lower) && after && !after.breakBefore && !/^(and|or)$/.test(after.lower))
      return true;
  }
  return false;
}

const thirdPersonAuxiliaries = new Set(['is', 'was', 'has', 'does', "isn't", "wasn't", "hasn't", "doesn't"]);

const linkWords = new Set([
  'for',
  'to',
  'with',
  'about',
  'from',
  'by',
  'and',
  'that',
  'when',
  'if',
  'as',
  'where',
  'because',
]);
const beForms = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', "isn't", "wasn't"]);

/** Nouns that show a capitalised word straight before them is a modifier ("Integration team"). */
const headNouns = new Set([
  ...organisationHeads,
  ...eventHeads,
  ...'survey poll chair chairs lead manager officer officers worker workers film website scheme initiative campaign fund service'.split(
    ' ',
  ),
]);

function nameIsNotAPerson(words: NoteWord[], index: number): boolean {
  const word = words[index] as NoteWord;
  if (/'s$/i.test(word.text)) return false;
  const next = words[index + 1];
  if (next && !next.breakBefore && headNouns.has(next.lower)) return true;
  // a capital inside a title: "Head of Transformation", "launch of Aspire to More", "Legal Aid"
  const before = words[index - 1];
  const twoBefore = words[index - 2];
  if (before && !word.breakBefore && /^(of|for)$/.test(before.lower) && twoBefore && /^\p{Lu}/u.test(twoBefore.text))
    return true;
  if (
    before &&
    !word.breakBefore &&
    /^\p{Lu}\p{Ll}/u.test(before.text) &&
    !titles.has(before.lower) &&
    index - 1 > 0 &&
    !before.breakBefore
  )
    return true;
  const afterNext = words[index + 2];
  return Boolean(
    next &&
      afterNext &&
      !next.breakBefore &&
      !afterNext.breakBefore &&
      /^(to|of|for|and)$/.test(next.lower) &&
      /^\p{Lu}/u.test(afterNext.text) &&
      next.lower !== 'and',
  );
}
