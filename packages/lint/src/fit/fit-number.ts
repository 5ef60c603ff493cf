/**
 * A suggestion's number and determiner in the flagged words' place (`fitNumber`): plural for a plural
 * ("care leavers" → "care-experienced young people"), "the" before a singular that replaces a bare
 * acronym ("engage with YOT" → "engage with the youth justice service"), "a" after "is" ("Kai is LAC"),
 * none where a count, a gloss or a possessive stands before. What a noun phrase is, its head and its
 * plural are read in `noun-number.ts`.
 */
import type { Token } from '@casenote/rules';
import { clauseThatBefore, shortNameAsWord } from './organisation-name.ts';
import {
  conditionHeads,
  countingIty,
  describesNextNoun,
  flaggedHead,
  hasPostmodifier,
  headIndex,
  isAcronymWord,
  isCountable,
  isPluralNoun,
  looksDescribing,
  needsDeterminer,
  needsObject,
  pluralPhrase,
  pronouns,
  standsBare,
  uncountable,
} from './noun-number.ts';
import { determiners, isAuxiliary, isPossessive, takesAn } from './word-classes.ts';
import { wordSet } from '../word-set.ts';

const notNounStarts = wordSet(
  'not to in on at for with by of from about into as than when where who what how why which that if because and or but',
);

/** Whether the suggestion's words (lower case) read as a noun phrase rather than a verb group, clause or adverb. */
function looksLikeNounPhrase(lower: readonly string[]): boolean {
  const first = lower[0] as string;
  const last = lower.at(-1) as string;
  if (pronouns.has(first) || isAuxiliary(first) || notNounStarts.has(first) || isAdverb(first)) return false;
  // "independent monthly": describing words; not "parent who drinks heavily"
  return !needsObject.has(last) && !(isAdverb(last) && !hasPostmodifier(lower));
}

const lyNouns = wordSet('family assembly supply reply ally bully rally italy');
const isAdverb = (word: string): boolean => word.endsWith('ly') && !lyNouns.has(word);

/** A flagged noun a writer may use bare: uncountable or abstract ("juvenile prostitution", "Strategy Discussion"). */
function usedUncounted(word: string): boolean {
  // "returned to placement", "cases of juvenile prostitution"
  return uncountable.has(word) || /(tion|sion|ness|ity|ism|ance|ence|ment)$/.test(word);
}

/** Heads of the suggestions' noun phrases, so a noun is known for one where a describing word stood. */
const nounHeads = wordSet(
  'home family carer worker person child plan meeting order service team officer review assessment hearing court process visit letter report',
);

/** Whether a flagged word stands for a number of things: "leavers", "LACs", "children". */
function flaggedPlural(head: Token): boolean {
  if (isAcronymWord(head.exact)) return /\p{Lu}s$/u.test(head.exact);
  return isPluralNoun(head.lower);
}

/**
 * The suggestion's words in the number and with the determiner the flagged words' place needs:
 * plural for a plural, "the" before a singular that replaces a bare acronym; undefined when a
 * singular count noun would stand bare where an uncountable or abstract noun stood ("cases of
 * juvenile prostitution" → "cases of child who…").
 */
export function fitNumber(
  text: string,
  tokens: readonly Token[],
  start: number,
  end: number,
  words: readonly string[],
): readonly string[] | undefined {
  const lower = words.map((word) => word.toLowerCase());
  if (!looksLikeNounPhrase(lower)) return words;
  const flagged = flaggedHead(tokens, start, end);
  if (!flagged) return words;
  // "care leavers’ experiences": a plural possessive describes the noun after it, but takes the plural
  const possessive = /^['’](?![\p{L}])/u.test(text.slice(flagged.end, flagged.end + 2));
  const describing = !possessive && describesNextNoun(tokens, start, end);
  // "All CLA should…": a quantifier makes an acronym plural
  const quantified =
    isAcronymWord(flagged.exact) &&
    /^(all|many|most|several|both|these|those|few|\d+)$/.test(tokens[start - 1]?.lower ?? '');
  if (describing && !flaggedPlural(flagged)) return words;
  // "Kai is LAC", "the children were LAC": the verb before a bare acronym gives its number
  const counted = isAcronymWord(flagged.exact) && !flaggedPlural(flagged) ? copulaNumber(tokens, start) : undefined;
  if (counted === 'one') return oneOf(lower, words);
  // "in long-running care proceedings" → "in long-running court cases…", not "long-running the court cases"
  if (lower[0] === 'the' && words.length > 1 && describedBefore(tokens, start))
    return fitNumber(text, tokens, start, end, words.slice(1));
  const head = lower[headIndex(lower)] as string;
  if (flaggedPlural(flagged) || quantified || counted === 'many') {
    // "5,000 child prostitutes" → not "5,000 sexual exploitation of a child": a count of people, not of an act
    if (!isCountable(head) && !countingIty.has(head))
      return massForCounted(text, tokens[start] as Token, flagged, head) ? undefined : words;
    if (describing) return words;
    const plural = pluralPhrase(words);
    if (!plural) return undefined;
    // a plural possessive needs a plural that ends in "s"
    return possessive && !/s$/i.test(plural.at(-1) ?? '') ? undefined : plural;
  }
  const first = lower[0] as string;
  // "children's home": a kind of home, not whose
  const owner = isPossessive(first) && !/^children['’]s$/.test(first);
  if (determiners.has(first) || owner || !isCountable(head)) return words;
  const bare = standsBare(tokens, start) || clauseThatBefore(tokens, start, end, words);
  if (!bare || glossOrPossessed(text, (tokens[start] as Token).start)) return words;
  // "in residential and foster care" → not "in children's home and foster care"
  if (looksDescribing(flagged.lower) && nounHeads.has(head) && !isAcronymWord(flagged.exact)) return undefined;
  const previous = tokens[flagged === tokens[start] ? start - 1 : start];
  const section = /^\d+$/.test(flagged.lower) && /^(section|s|regulation|reg)$/.test(previous?.lower ?? '');
  // "has ADHD" → "has attention deficit hyperactivity disorder": a condition's name stands bare, as its initials did
  if (conditionHeads.has(head) && !section) return words;
  // "children per IRO" → "per independent reviewing officer": "per" takes no article
  if (previous?.lower === 'per' && flagged === tokens[start]) return words;
  if (isAcronymWord(flagged.exact) || section || shortNameAsWord(tokens, start, end, words)) return ['the', ...words];
  if (needsDeterminer(head) && usedUncounted(flagged.lower)) return undefined;
  return words;
}

/** A count just before the flagged words: "5,000", "hundreds of", "many", "two". */
const countedBefore =
  /(?:\b\d[\d,]*|\b(?:hundreds|thousands|dozens|millions|scores) of|\b(?:many|several|few|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred|thousand))\s+$/i;

/** Whether a mass noun's suggestion (`head`) would stand for a plural noun counted just before ("5,000 child prostitutes"). */
function massForCounted(text: string, first: Token, flagged: Token, head: string): boolean {
  if (isAcronymWord(flagged.exact) || !isPluralNoun(flagged.lower) || isPluralNoun(head)) return false;
  return countedBefore.test(text.slice(Math.max(0, first.start - 16), first.start));
}

/** "in long-running care proceedings": a describing word before the flagged words, with no determiner. */
function describedBefore(tokens: readonly Token[], start: number): boolean {
  const before = start > 0 && !(tokens[start] as Token).breakBefore ? (tokens[start - 1] as Token) : undefined;
  if (!before || determiners.has(before.lower) || isPossessive(before.lower)) return false;
  return before.lower.includes('-') || /(ing|ful|ous|ive|al)$/.test(before.lower);
}

/** "(SGO)", "Outcomes’ Reg 44": a gloss in brackets, or words after a possessive, need no article. */
function glossOrPossessed(text: string, at: number): boolean {
  let index = at - 1;
  while (index >= 0 && text.charAt(index) === ' ') index--;
  return /[(’']/.test(text.charAt(index));
}

/** Words that may stand between a verb and its complement ("is still LAC", "was not LAC"). */
const betweenVerbAndComplement = wordSet('not never now still also already currently no longer');

/**
 * The number a form of "be" right before a bare acronym gives it: one after "is", "was" or "has been"
 * ("Kai is LAC"), more than one after "are", "were" or "have been"; undefined otherwise.
 */
function copulaNumber(tokens: readonly Token[], start: number): 'one' | 'many' | undefined {
  let index = start - 1;
  while (index >= 0 && betweenVerbAndComplement.has((tokens[index] as Token).lower)) index--;
  const verb = tokens[index]?.lower;
  if (verb === 'is' || verb === 'was') return 'one';
  if (verb === 'are' || verb === 'were') return 'many';
  if (verb !== 'been') return undefined;
  const auxiliary = tokens[index - 1]?.lower;
  return auxiliary === 'has' ? 'one' : auxiliary === 'have' ? 'many' : undefined;
}

/** A suggestion for one person or thing after "is": "a child in care"; no plural ("Kai is children in care"). */
function oneOf(lower: readonly string[], words: readonly string[]): readonly string[] | undefined {
  const head = lower[headIndex(lower)] as string;
  if (isPluralNoun(head)) return undefined;
  if (determiners.has(lower[0] as string) || isPossessive(lower[0] as string) || !isCountable(head)) return words;
  return [takesAn(lower[0] as string) ? 'an' : 'a', ...words];
}
