/**
 * Last checks on how a fix's phrase joins the words beside it (fix-reading-18.yml's kinds), for every finding:
 * no determiner of the sentence's before a suggestion that brings its own ("the original my plan", "An own Social
 * Worker", "as your everyone at the council"), no possessive before "other …" ("within their other young people"),
 * no "'s" after a pronoun ("changing me's"), no word beside the fix that says its first or last word again ("a
 * private fostering foster home"), and no "of" after a phrase that is finished ("children who have harmed others of
 * sexual offences", "an assessment before the baby is born of the local authority"), nor a clause that runs into
 * the noun after it ("an assessment of what the child and family need the Council completed"), nor "children in
 * care and young people" for "looked after children and young people" (the modifier covered both); and (fix-reading-19.yml)
 * no "a" before a plural ("becomes a children in care") and no gloss in a bracket of another number than the noun
 * it glosses ("conferences (safety meeting about domestic abuse)"). Reads at most 40
 * characters either side, within the text remembered.ts keys fits by.
 */

import {
  continuesNounPhrase,
  hasPostmodifier,
  headIndex,
  ingNouns,
  isAcronymWord,
  isPluralNoun,
} from './noun-number.ts';
import { verbReadings } from './verbs.ts';
import { degreeWords, determiners } from './word-classes.ts';
import { wordSet } from '../word-set.ts';

/** Words that may stand between a determiner and a suggestion's own ("the original my plan"): none of these. */
const gapStops = wordSet(
  'of to in for with on at by from about into is are was were be been being has have had and or but not will would can could should may might must do does did as than when if so that which who',
);
const articles = wordSet('the a an this that these those whose');
const possessiveWords = wordSet('my your our their his her its');
const wordsIn = /[\p{L}'’-]+/gu;
/** A suggestion that is finished: it has a relative clause, or ends in "others" or in a clause's verb. */
const finishedRelative = /\b(?:who|which)\b|\bothers$/i;
const finishedClause =
  /\b(?:what|how|before|after|when|while)\b.*\b(?:is|are|was|were|need|needs|born|going|happened|did|lives)$/i;

/** "and young people" after the flagged words: a modifier before "children" covered them too. */
const youngPeopleAfter = /^\s+(?:and|or|&)\s+young (?:people|persons?)\b/i;

/** A suggestion's first word that is plural on its own: "a" or "an" cannot go before it ("becomes a children in care"). */
const pluralFirst = wordSet('children people families parents carers');
/** The word just before a bracket that the fix fills alone ("conferences (…)", "'Looked After Children' (…)"). */
const wordBeforeBracket = /([\p{L}'’-]+?)['’"”]?\s*\(\s*['‘"“]?$/u;
const bracketCloses = /^['’"”]?\s*\)/;

/**
 * Whether a gloss that fills a bracket alone differs in number from the noun it glosses: "multi-agency risk
 * assessment conferences (safety meeting about domestic abuse)", "Looked After Children (child in care)".
 */
function glossDiffersInNumber(text: string, from: number, to: number, words: readonly string[]): boolean {
  if (!bracketCloses.test(text.slice(to, to + 4))) return false;
  const glossed = wordBeforeBracket.exec(text.slice(Math.max(0, from - 40), from))?.[1];
  // (an acronym may be either number; "Child and Adolescent Mental Health Services" names one service)
  if (glossed === undefined || isAcronymWord(glossed) || glossed === 'Services') return false;
  // ("firsts meeting about …": a noun in "-ing" after the word headIndex takes is the head)
  let at = headIndex(words);
  if (ingNouns.has(words[at + 1] ?? '')) at++;
  const head = words[at];
  if (head === undefined) return false;
  return isPluralNoun(glossed.toLowerCase()) !== isPluralNoun(head);
}

const relativeFirst = wordSet('who which whose');
const clauseFirst = wordSet('when where what how');
/** Words in "-ly" that describe a noun ("family", "early", "elderly"): not adverbs. */
const adjectivesInLy = wordSet(
  'family early only friendly unfriendly lonely elderly likely unlikely daily weekly monthly yearly ugly silly lovely costly deadly orderly jolly poorly holy curly assembly supply reply apply ally rally bully belly july italy',
);
const isVerbIng = (word: string): boolean =>
  word.endsWith('ing') && !ingNouns.has(word) && verbReadings(word).some((reading) => reading.form === 'ing');
const sentenceOpens = /(?:^|[.!?]["”’]?\s+)\s*["“‘']?$/;
const possessorAfter = /^\s+[\p{L}-]+['’]s\b/u;
const participleAfter = /^\p{L}{2,}(?:ing|ed)$/u;
/** Words in "-ing" or "-ed" that open a phrase of their own after a clause ("… care following the birth"). */
const prepositionLike = wordSet(
  'following including regarding concerning considering excluding pending according based',
);
/** Words a phrase may end on that take the words after them as their object ("getting help from"). */
const takesObject = wordSet(
  'of to for from with about at in on into by towards between among through under over within',
);
/** Words that open a phrase after a noun, or a whole phrase, wherever they stand in a suggestion. */
const phraseInside = wordSet('without outside who which');
/** Nouns that a service word or label before them describes ("child in need plans", "reparation tasks"). */
const describedNouns = wordSet(
  'plan plans process processes meeting meetings visit visits case cases rate rates fund funds issue issues contract contracts task tasks provider providers arrangement arrangements goods children kids young team teams panel panels worker workers',
);
/** Verbs whose "-ing" is never a describing word ("very distressing" is one, "very having" is not). */
const verbOnlyIng = wordSet('having being getting doing going making taking trying needing wanting');

/**
 * Whether a fix joins the words after it as a phrase in that place can (fix-reading-19.yml's kinds): no verb's
 * "-ing" after a degree word ("aggressive and very having trouble coping"), no relative clause with no noun before
 * it ("Who has been hurt children"), no adverb before a noun ("aggressive and disagreed strongly behaviour"), no
 * phrase with words after its noun before a possessor ("the guardian appointed by the court reporter's"), and no
 * "-ing" clause after a noun, nor a "when" clause, run on into a participle ("court orders placing the child in the
 * council's care sanctioning IMA", "Placement breakdown when the child's needs were not met recognised").
 */
function joinsWhatFollows(text: string, from: number, to: number, edges: Edges): boolean {
  const { words, first, last, before, after } = edges;
  if (degreeWords.has(before) && verbOnlyIng.has(first)) return false;
  if (
    relativeFirst.has(first) &&
    (determiners.has(before) || sentenceOpens.test(text.slice(Math.max(0, from - 5), from)))
  )
    return false;
  if (words.length > 1 && last.endsWith('ly') && !adjectivesInLy.has(last) && continuesNounPhrase(after)) return false;
  // a phrase with words after its noun, or that opens with a preposition or "who", before the noun the flagged
  // words described: "without enough care or boundaries children", "work to put right the harm tasks", "education
  // outside mainstream school provider", "who has been hurt goods" (fix-reading-22.yml)
  if (
    words.length > 3 &&
    !takesObject.has(last) &&
    (hasPostmodifier(words) || words.some((word) => phraseInside.has(word))) &&
    describedNouns.has(after)
  )
    return false;
  if (
    words.length > 2 &&
    !takesObject.has(last) &&
    hasPostmodifier(words) &&
    possessorAfter.test(text.slice(to, to + 30))
  )
    return false;
  if (participleAfter.test(after) && !ingNouns.has(after) && !prepositionLike.has(after)) {
    if (clauseFirst.has(first)) return false;
    const head = headIndex(words);
    const next = words[head + 1];
    if (head > 0 && next !== undefined && isVerbIng(next)) return false;
  }
  return true;
}

const stemOf = (word: string): string => word.toLowerCase().slice(0, 5);
const stemsIn = (words: string): Set<string> => new Set((words.match(/\p{L}{4,}/gu) ?? []).map(stemOf));
/** Whether `word` beside the fix has the stem of the fix's `own` word, and the replaced words had not. */
const echoes = (word: string, own: string, text: string, from: number, to: number): boolean =>
  word.length >= 4 && word.slice(0, 5) === own.slice(0, 5) && !stemsIn(text.slice(from, to)).has(word.slice(0, 5));
const possessiveBefore = /\b(?:my|your|our|their|his|her|its|\p{L}+['’]s)\s+$/iu;

/** The words of a fix and the words either side of it, as fixReadsCleanly (guard.ts) reads them (lower case). */
export interface Edges {
  words: readonly string[];
  first: string;
  last: string;
  before: string;
  after: string;
}

const ownWords = wordSet('my your our their his her own everyone');
const determinerAfter = wordSet('the a an his her their this');
const pronounAlone = wordSet('me i we us you');

/** Whether replacing text[from, to) with `fix` joins the words beside it (most fixes are passed on a few word comparisons). */
export function phraseReadsInPlace(text: string, from: number, to: number, fix: string, edges: Edges): boolean {
  const { words, first, before, after } = edges;
  if (ownWords.has(first)) {
    // ("your own social worker", "whose own": "own" goes after a possessive, never after an article)
    const own = first === 'own';
    const beforeText = text.slice(Math.max(0, from - 40), from);
    const near = (beforeText.match(wordsIn) ?? []).slice(-3);
    for (let at = near.length - 1, gap = 0; at >= 0; at--, gap++) {
      const word = (near[at] as string).toLowerCase();
      if (own ? articles.has(word) && word !== 'whose' : articles.has(word) || (gap === 0 && possessiveWords.has(word)))
        return false;
      if (gapStops.has(word) || /[,;:()"“”]/.test(beforeText.slice(beforeText.lastIndexOf(near[at] as string)))) break;
    }
  }
  // "becomes a children in care" (for "a LAC"): one suggestion's plural after the sentence's "a" (not a name's
  // first word: "a Children and Family Court Advisory and Support Service officer")
  if ((before === 'a' || before === 'an') && pluralFirst.has(first) && /^\p{Ll}/u.test(fix)) return false;
  if (glossDiffersInNumber(text, from, to, words)) return false;
  // "your person who chairs your reviews": a person a relative clause names takes "the", not a possessive; and
  // "Oxfordshire's council's list": no possessive straight after another (fix-reading-22.yml)
  if (possessiveWords.has(before) && (first === 'person' || first === 'people') && words[1] === 'who') return false;
  // ("Y's children's home": a kind of home, not whose)
  if (
    /^\p{L}+['’]s$/u.test(first) &&
    !/^children/.test(first) &&
    /\p{L}['’]s\s+$/u.test(text.slice(Math.max(0, from - 20), from))
  )
    return false;
  if (!joinsWhatFollows(text, from, to, edges)) return false;
  if (first === 'other' && possessiveBefore.test(text.slice(Math.max(0, from - 20), from))) return false;
  if (words.length === 1 && pronounAlone.has(first) && /^['’]s\b/.test(text.slice(to, to + 3))) return false;
  // "a private fostering foster home": the word beside the fix says its first or last long word again
  if (before.length >= 4 || after.length >= 4) {
    const firstLong = words.find((word) => word.length >= 4);
    const lastLong = words.findLast((word) => word.length >= 4);
    if (firstLong !== undefined && echoes(before, firstLong, text, from, to) && /^\p{L}/u.test(fix)) return false;
    if (lastLong !== undefined && echoes(after, lastLong, text, from, to) && /\p{L}$/u.test(fix)) return false;
  }
  // "looked after children and young people" → not "children in care and young people": the modifier covered both
  if (first === 'children' && words.length > 1 && /\bchildren$/i.test(text.slice(from, to)))
    if (youngPeopleAfter.test(text.slice(to, to + 30))) return false;
  if ((after === 'of' || determinerAfter.has(after)) && (finishedRelative.test(fix) || finishedClause.test(fix))) {
    if (after === 'of') return false;
    if (/\b(?:what|how)\b/i.test(fix)) return false;
  }
  return true;
}
