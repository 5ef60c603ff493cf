import type { Token } from '@casenote/rules';
import type { FitContext } from './slot.ts';
import { isKnownVerbForm, verbReadings } from './verbs.ts';
import {
  adverbs,
  beForms,
  degreeWords,
  determiners,
  haveForms,
  isAuxiliary,
  isPossessive,
  subjectPronouns,
} from './word-classes.ts';

// words that, after an "-ing" or "-ed" word, make it a verb with its object or adverb, not an adjective
const objectWords = new Set(
  'me him her us them it herself himself themselves myself yourself ourselves itself out up off away back down in on at to into with from for about of by'.split(
    ' ',
  ),
);
const adjectiveForms = new Set(['ing', 'participle', 'past']);

/**
 * Whether the flagged words are a noun phrase opened by an "-ing" or "-ed" word that describes the noun
 * after it: after a determiner, a possessive or a verb ("his disturbed behaviour", "He shows challenging
 * behaviour"), or an "-ing" word opening the sentence ("Challenging behaviour was noted"), with a noun
 * after it, and not a verb the rule's patterns inflect. A verb group put in their place reads wrongly
 * ("He shows having trouble coping") or turns "distressed" into "distressing". After a subject the word
 * is the sentence's verb ("Tom committed suicide").
 */
export function opensWithModifier(context: FitContext): boolean {
  const { tokens, start, end } = context;
  if (end - start < 2) return false;
  const first = tokens[start] as Token;
  const next = tokens[start + 1] as Token;
  if (next.breakBefore || beForms.has(first.lower) || haveForms.has(first.lower)) return false;
  const readings = verbReadings(first.lower);
  if (readings.length === 0 || readings.some((reading) => !adjectiveForms.has(reading.form))) return false;
  if (readings.some((reading) => context.ruleLemmas.includes(reading.lemma))) return false;
  const before = start > 0 && !first.breakBefore ? (tokens[start - 1] as Token) : undefined;
  if (before) {
    const word = before.lower;
    const opensPhrase = determiners.has(word) || isPossessive(word) || (isKnownVerbForm(word) && !isAuxiliary(word));
    if (!opensPhrase) return false;
  } else if (readings.some((reading) => reading.form !== 'ing')) return false;
  const word = next.lower;
  if (objectWords.has(word) || determiners.has(word) || subjectPronouns.has(word) || adverbs.has(word)) return false;
  return !degreeWords.has(word) && !isPossessive(word) && !isKnownVerbForm(word);
}

// words after which an "-ed" word before a noun describes it ("on troubled teens", "which troubled young girls")
const describingOpeners = new Set(
  'of on for with to in at by from about which that who whom many some more most all lots several such and or whether'.split(
    ' ',
  ),
);

/**
 * Whether the one flagged word is an "-ed" word that describes the word after it ("Troubled pupils crave order",
 * "giving up on troubled teens"): the sentence's first word, or after a determiner, a possessive, "be", a
 * preposition, "which", "whether", a count or a verb of its own ("7,781 maladjusted pupils", "to remove troubled
 * teenage boys"), with a noun after it. A one-word "-ing" suggestion ("struggling") then goes in as it is,
 * not as a verb in the past ("struggled pupils").
 */
export function edWordDescribes(context: FitContext): boolean {
  const { tokens, start, end } = context;
  if (end - start !== 1) return false;
  const word = tokens[start] as Token;
  const next = tokens[end];
  if (!/ed$/.test(word.lower) || !next || next.breakBefore) return false;
  const after = next.lower;
  if (objectWords.has(after) || determiners.has(after) || subjectPronouns.has(after) || adverbs.has(after))
    return false;
  // (an age after it describes the same noun: "a troubled 16-year-old girl")
  if (degreeWords.has(after) || isPossessive(after) || isKnownVerbForm(after) || !/^[\p{L}\p{N}]/u.test(after))
    return false;
  let at = start - 1;
  let before = at >= 0 && !word.breakBefore ? (tokens[at] as Token) : undefined;
  // an adverb of its own is read past: "of seriously troubled youths" (not "seriously struggled youths")
  if (before && /\p{L}{3,}ly$/u.test(before.lower) && !degreeWords.has(before.lower)) {
    at -= 1;
    before = at >= 0 && !(tokens[at + 1] as Token).breakBefore ? (tokens[at] as Token) : undefined;
  }
  if (!before) return true;
  const opener = before.lower;
  if (determiners.has(opener) || isPossessive(opener) || beForms.has(opener) || describingOpeners.has(opener))
    return true;
  // a count ("7,781 maladjusted pupils") or a verb of its own before it ("to remove troubled teenage boys"): not "had"
  if (/^\d[\d,]*$/.test(opener)) return true;
  const toBefore = at > 0 && !before.breakBefore && (tokens[at - 1] as Token).lower === 'to';
  return (toBefore || isKnownVerbForm(opener)) && !isAuxiliary(opener) && !haveForms.has(opener);
}
