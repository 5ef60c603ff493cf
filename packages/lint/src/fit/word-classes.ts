/** Closed word classes the fitting step needs, and the a/an choice. */
import { wordSet } from '../word-set.ts';

export const beForms = wordSet('am is are was were be been being');
export const haveForms = wordSet('has have had');
export const doForms = wordSet("do does did don't doesn't didn't");
export const modals = wordSet(
  "will would can could shall should may might must won't wouldn't can't couldn't shouldn't to",
);
/** Negated auxiliaries carry a "not" the suggestion cannot repeat. */
export const negatedAuxiliaries = wordSet(
  "isn't aren't wasn't weren't hasn't haven't hadn't don't doesn't didn't won't wouldn't can't couldn't shouldn't",
);
/** Adverbs that may stand between an auxiliary and its verb ("has repeatedly put herself"). */
export const adverbs = wordSet(
  'not never also still often always repeatedly again just already previously recently now sometimes continually consistently frequently regularly reportedly allegedly clearly',
);
/** Words of degree before an adjective ("very defensive"): a verb's "-ing" or "not" cannot follow them ("not overly
 * saying no", "particularly not yet comfortable"). */
export const degreeWords = wordSet(
  'very so too extremely quite really rather fairly highly overly consummately incredibly increasingly particularly utterly',
);
export const articles = wordSet('a an the');
/** Words that fill the determiner slot before a noun: a suggestion's own determiner is dropped after one. */
export const determiners = wordSet('a an the my your his her its our their this that these those');
export const subjectPronouns = wordSet('i you we they he she it');
export const pluralSubjects = wordSet('we they you both parents carers');

/** Every auxiliary in one set: `isAuxiliary` is asked of many words around every finding. */
const auxiliaries: ReadonlySet<string> = new Set([
  ...beForms,
  ...haveForms,
  ...doForms,
  ...modals,
  ...negatedAuxiliaries,
]);

export function isAuxiliary(word: string): boolean {
  return auxiliaries.has(word);
}

/** A possessive word ("Jade's", "parents'") in the determiner slot. */
export function isPossessive(word: string): boolean {
  return /\p{L}('s|s')$/u.test(word) && !/^(it's|he's|she's|that's|there's|what's|who's|let's)$/.test(word);
}

// spelled with a vowel letter but said with a consonant sound, or the reverse
const consonantSound = /^(uni(?!n|mp)|use|usu|uk\b|ur[aeiou]|euro|eu|ewe|one\b|once\b|ubiq|uti)/;
const vowelSound = /^(hour|honest|honour|heir)/;
const vowelLetterName = /^[aefhilmnorsx]/;

/** Whether "an" (rather than "a") goes before this word, judged by sound: "an hour", "a university", "an LA". */
export function takesAn(word: string): boolean {
  const initialism = word.length > 1 && /^[\p{Lu}\p{N}]+s?$/u.test(word) && !/^\p{N}/u.test(word);
  if (initialism) return vowelLetterName.test(word.toLowerCase());
  if (/^(8|11|18)/.test(word)) return true;
  const lower = word.toLowerCase();
  if (vowelSound.test(lower)) return true;
  return /^[aeiou]/.test(lower) && !consonantSound.test(lower);
}
