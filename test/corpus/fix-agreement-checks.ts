/**
 * Checks on a one-click fix for the kinds a reader found broken on fresh sentences in the seventh reading sample
 * (test/corpus/fix-reading/fix-reading-19.yml): a gloss in brackets of another number than the noun it glosses
 * ("multi-agency risk assessment conferences (safety meeting about domestic abuse)", "Looked After Children (child
 * in care)"), "a" before a plural ("becomes a children in care"), one kind of order that shares its head with the
 * words after "and" ("the subject of care and court orders allowing the council to plan an adoption"), an acronym
 * that "stands for" its name or an old name after "(formerly", and a carer's "break between placements" made a
 * break between homes; and how a fix joins what follows it: a verb's "-ing" after "very" ("aggressive and very having
 * trouble coping"), a relative clause with no noun before it ("Who has been hurt children"), an adverb before a noun
 * ("aggressive and disagreed strongly behaviour"), a phrase with words after its noun before a possessor ("the
 * guardian appointed by the court reporter's"), and an "-ing" or "when" clause run on into a participle ("court
 * orders placing the child in the council's care sanctioning IMA"). Written apart from the engine's fitting step (no code shared with packages/lint/src/fit),
 * with word lists of its own; a fix that reads right must pass every one.
 */
import type { AppliedFix } from './fix-shape-checks.ts';

/** A word read as plural: "-s" (not "-ss", "-us", "-is", "'s") or one of the plurals without it. */
const plural = (word: string): boolean =>
  /^(?:children|people|men|women|proceedings)$/i.test(word) ||
  (word.length > 3 && /s$/i.test(word) && !/(?:ss|us|is|['’]s)$/i.test(word));

/** Words that open what comes after a phrase's noun ("meeting about …", "child in care"). */
const afterTheNoun =
  /^(?:of|in|about|for|to|with|who|that|which|where|when|from|on|at|by|placing|allowing|making|limiting|appointed|agreed|being)$/i;

/** A phrase's noun: the last word before its first word from `afterTheNoun`, else its last word. */
function nounOf(phrase: string): string | undefined {
  const words = phrase.match(/[\p{L}'’-]+/gu) ?? [];
  const at = words.findIndex((word, index) => index > 0 && afterTheNoun.test(word));
  return at > 0 ? words[at - 1] : words.at(-1);
}

/** "conferences (safety meeting about domestic abuse)", "'Looked After Children' (child in care)". */
function glossOfAnotherNumber({ text, from, to, suggestion }: AppliedFix): string[] {
  if (!/^['’"”]?\s*\)/.test(text.slice(to, to + 3))) return [];
  const glossed = /([\p{L}'’-]+?)['’"”]?\s*\(\s*['‘"“]?$/u.exec(text.slice(Math.max(0, from - 40), from))?.[1];
  // (an acronym before the bracket, "LAC (looked after child)", may be either number; a name's "Services" is one)
  if (glossed === undefined || /^\p{Lu}{2,}s?$/u.test(glossed) || glossed === 'Services') return [];
  const noun = nounOf(suggestion);
  if (noun === undefined) return [];
  return plural(glossed) === plural(noun) ? [] : [`number: a gloss of another number than "${glossed}"`];
}

/** "becomes a children in care". */
function aBeforeAPlural({ text, from, suggestion }: AppliedFix): string[] {
  return /\b(?:a|an)\s+$/i.test(text.slice(Math.max(0, from - 4), from)) &&
    /^(?:children|people|families|parents|carers)\b(?!['’])/.test(suggestion)
    ? ['number: "a" before a plural']
    : [];
}

/** "the subject of care and court orders allowing …": "care" shared the head "orders". */
function sharedHeadAcrossAnd({ text, from, to, suggestion }: AppliedFix): string[] {
  if (!/\b(?:orders|proceedings|plans|applications)$/i.test(text.slice(from, to))) return [];
  if (
    !/\b(?:care|supervision|placement|adoption|residence|interim)\s+(?:and|or|&)\s+$/i.test(
      text.slice(Math.max(0, from - 20), from),
    )
  )
    return [];
  return /\b(?:orders|proceedings|plans|applications)$/i.test(suggestion)
    ? []
    : ['shared head: a kind of order before "and" loses the noun it shared'];
}

/** "MARAC stands for …", "LCSPRs (formerly SCRs)". */
function termSpelledOutOrFormer({ text, from, to }: AppliedFix): string[] {
  if (/^\s+stands? for\b/i.test(text.slice(to, to + 12))) return ['term: an acronym that "stands for" its name'];
  if (/\(\s*formerly\s+$/i.test(text.slice(Math.max(0, from - 14), from))) return ['term: a former name'];
  return [];
}

/** "a break between placements" (a carer's, between children placed with them) → not "between homes". */
function breakBetweenPlacings({ text, from, to, suggestion }: AppliedFix): string[] {
  return /placements$/i.test(text.slice(from, to)) &&
    /\bhomes?\b/i.test(suggestion) &&
    /\b(?:break|breaks|gap|gaps|rest)\s+between\s+$/i.test(text.slice(Math.max(0, from - 20), from))
    ? ["sense: a carer's break between placings made one between homes"]
    : [];
}

const wordAfter = (text: string, to: number): string => /^\s+([\p{L}'’-]+)/u.exec(text.slice(to, to + 40))?.[1] ?? '';
const wordBefore = (text: string, from: number): string =>
  /([\p{L}'’-]+)\s+$/u.exec(text.slice(Math.max(0, from - 40), from))?.[1] ?? '';
/** Words that end a phrase or open the next one: not a noun the fix could describe. */
const notANoun =
  /^(?:the|a|an|and|or|but|of|to|in|on|at|by|for|from|with|about|as|when|while|if|that|which|who|is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must|not|he|she|they|it|we|you|i|his|her|their|its|our|my|your|this|these|those|than|so|because|after|before|since|until|into|over|under|again|too|also|still|now|then|there|here|throughout|during|despite|across|around|within|without|against|towards?|among|through|behind|beyond|near|outside|inside|whom|whose|where|why|how|what|yet|nor|although|though|unless|whereas|per|via|upon|onto|off|out|up|down|together|instead|once|all|both|each|every|any|some|no)$/i;

/** "very having trouble coping", "Who has been hurt children", "disagreed strongly behaviour". */
function joinsWhatFollows({ text, from, to, suggestion }: AppliedFix): string[] {
  const before = wordBefore(text, from).toLowerCase();
  const after = wordAfter(text, to);
  if (
    /^(?:very|so|too|extremely|quite|really|rather|fairly|highly)$/.test(before) &&
    /^(?:having|being|getting|doing|going|making|taking|trying)\b/i.test(suggestion)
  )
    return ['shape: a verb\'s "-ing" after a word of degree'];
  if (
    /^(?:who|which|whose)\b/i.test(suggestion) &&
    (/^(?:the|a|an|this|that|these|those|his|her|their|my|your|our)$/.test(before) ||
      /(?:^|[.!?]["”’]?\s+)["“‘']?$/.test(text.slice(Math.max(0, from - 4), from)))
  )
    return ['shape: a relative clause with no noun before it'];
  const lastWord = /([\p{L}]+)$/u.exec(suggestion)?.[1]?.toLowerCase() ?? '';
  if (
    /\s/.test(suggestion) &&
    /[^l]ly$/.test(lastWord) &&
    !/^(?:family|early|only|elderly|friendly|lonely|likely|daily|weekly|monthly|yearly|poorly)$/.test(lastWord) &&
    /^\p{Ll}+$/u.test(after) &&
    !notANoun.test(after) &&
    !/(?:ing|ed|ly)$/.test(after)
  )
    return [`shape: an adverb before "${after}"`];
  if (
    /\s\S+\s/.test(suggestion) &&
    /\s(?:of|for|by|with|about|who|that|in)\s/.test(suggestion) &&
    !/\s(?:of|to|for|from|with|about|at|in|on|into|by)$/.test(suggestion) &&
    /^\s+[\p{L}-]+['’]s\b/u.test(text.slice(to, to + 30))
  )
    return ['shape: a phrase with words after its noun before a possessor'];
  if (
    /^\p{Ll}{2,}(?:ing|ed)$/u.test(after) &&
    !/^(?:meeting|hearing|setting|housing|training|funding|building|wellbeing|following|including|regarding|concerning|considering|excluding|pending|according|based)$/.test(
      after,
    ) &&
    (/^(?:when|where|what|how)\b/i.test(suggestion) ||
      /^\S+\s+\S+\s+(?:placing|making|allowing|limiting|letting)\b/i.test(suggestion))
  )
    return [`shape: a clause runs on into "${after}"`];
  return [];
}

/** The problems of these kinds a fix shows. */
export function fixAgreementProblems(fix: AppliedFix): string[] {
  return [
    ...glossOfAnotherNumber(fix),
    ...aBeforeAPlural(fix),
    ...sharedHeadAcrossAnd(fix),
    ...termSpelledOutOrFormer(fix),
    ...breakBetweenPlacings(fix),
    ...joinsWhatFollows(fix),
  ];
}
