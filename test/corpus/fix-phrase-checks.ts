/**
 * Checks on a one-click fix for the kinds a reader found broken on fresh sentences in the sixth reading sample
 * (test/corpus/fix-reading/fix-reading-18.yml): a placement that is an act or an arrangement made a place ("the
 * home of 4 children with family members", "make a private fostering home", "an especially challenging foster
 * home", "concerns over the home that meant it was almost ended"), a carer's placement "with me" made a
 * children's home, "your child's birth family" made "your child's Mum" (the reader is the child's parent), a
 * determiner before a suggestion with one of its own ("the original my plan", "An own Social Worker"), a
 * possessive before "other young people" ("within their other young people"), "of" after a suggestion
 * that is finished ("recorded as children who have harmed others of sexual offences", "an assessment before
 * the baby is born of the local authority"), a suggestion that says again the words beside it ("form
 * friendships with their friends", "a private fostering foster home"), a term the sentence defines or lists
 * among quoted ones, a pronoun before "'s" ("changing me's"), and "looked after children and young people" made
 * "children in care and young people" (the modifier covered both). Written apart from the engine's fitting step
 * (no code shared with packages/lint/src/fit), with word lists of its own; a fix that reads right must pass
 * every one.
 */
import type { AppliedFix } from './fix-shape-checks.ts';

const homeWords = /\b(?:home|homes|family|families)\b/i;

/** "the home of 4 children", "make a … home", "a challenging home", "the home that meant it was almost ended". */
function placementAsAnAct({ text, from, to, suggestion }: AppliedFix): string[] {
  if (!/placements?\s*$/i.test(text.slice(from, to)) || !homeWords.test(suggestion)) return [];
  const before = text.slice(Math.max(0, from - 50), from);
  const after = text.slice(to, to + 50);
  if (
    /^\s+of\s+(?:(?:the|a|an|her|his|their|these|those|both|all|\d+|two|three|four|five|six)\s+)?(?:\S+\s+)?(?:child|children|siblings?|bab(?:y|ies)|young people|boys?|girls?)\b/i.test(
      after,
    )
  )
    return ['sense: the placing of children made a place'];
  if (
    /\b(?:make|makes|made|making|arrange|arranges|arranged|arranging)\s+(?:a|an|the|this|that|her|his|their|your)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(
      before,
    )
  )
    return ['sense: a placement someone makes or arranges made a place'];
  if (/\b(?:challenging|demanding|difficult|successful|unsuccessful|failed|failing)\s+$/i.test(before))
    return ['sense: a placement judged as work made a place'];
  if (/^[^.;:!?]{0,45}\b(?:ended|disrupted|broke down|broken down)\b/i.test(after))
    return ['sense: a placement that ends made a place'];
  if (/^\s+with (?:me|us)\b/i.test(after) && /children['’]s home/i.test(suggestion))
    return ["sense: a carer's placement with them made a children's home"];
  return [];
}

/** "your child(ren)'s birth family" → "your child(ren)'s Mum": the one addressed is the child's parent. */
function birthFamilyOfYourChild({ text, from, to, suggestion }: AppliedFix): string[] {
  if (
    !/^(?:birth|biological) (?:family|families|parents|relatives)$/i.test(text.slice(from, to)) ||
    /\b(?:birth|biological)\b/i.test(suggestion)
  )
    return [];
  const before = text.slice(Math.max(0, from - 40), from);
  return /\b(?:your|our)\s+(?:child|children|child\(ren\)|son|sons|daughter|daughters|kids?|grandchild|grandchildren)['’]s?\s+$/i.test(
    before,
  )
    ? ["sense: the birth family of the reader's own child made plain family"]
    : [];
}

const gapWords = new Set(
  'of to in for with on at by from about into is are was were be been being has have had and or but not will would can could should may might must do does did as than when if so that which who'.split(
    ' ',
  ),
);

/** "the original my plan", "the first my review", "An own Social Worker", "as your everyone at the council". */
function secondDeterminer({ text, from, suggestion }: AppliedFix): string[] {
  if (!/^(?:my|your|our|their|his|her|own|everyone)\b/i.test(suggestion)) return [];
  const words = (text.slice(Math.max(0, from - 40), from).match(/[\p{L}'’-]+/gu) ?? []).slice(-3);
  for (let at = words.length - 1, gap = 0; at >= 0 && gap <= 2; at--, gap++) {
    const word = (words[at] as string).toLowerCase();
    // ("your own social worker": "own" goes after a possessive, not after an article)
    if (/^own\b/i.test(suggestion)) {
      if (/^(?:the|a|an|this|that|these|those)$/.test(word)) return ['determiner: an article before "own"'];
    } else {
      if (/^(?:the|a|an|this|that|these|those|whose)$/.test(word))
        return ['determiner: a second one before the suggestion'];
      if (/^(?:my|your|our|their|his|her|its)$/.test(word) && gap === 0)
        return ['determiner: a second one before the suggestion'];
    }
    if (gapWords.has(word)) return [];
  }
  return [];
}

/** "within their other young people", "with her other young people". */
function possessiveBeforeOther({ text, from, suggestion }: AppliedFix): string[] {
  return /^other\b/i.test(suggestion) &&
    /\b(?:my|your|our|their|his|her|its|[\p{L}]+['’]s)\s+$/iu.test(text.slice(Math.max(0, from - 20), from))
    ? ['determiner: a possessive before "other …"']
    : [];
}

/** "children who have harmed others of sexual offences", "an assessment before the baby is born of the local authority". */
function ofAfterAFinishedPhrase({ text, to, suggestion }: AppliedFix): string[] {
  const after = text.slice(to, to + 12);
  const finished =
    /\b(?:who|which)\b|\bby others$|\bothers$/i.test(suggestion) ||
    /\b(?:what|how|before|after|when|while)\b.*\b(?:is|are|was|were|need|needs|born|going|happened|did|lives)$/i.test(
      suggestion,
    );
  if (!finished) return [];
  if (/^\s+of\b/i.test(after)) return ['shape: "of" after a finished phrase'];
  if (/\b(?:what|how)\b/i.test(suggestion) && /^\s+(?:the|a|an|his|her|their|this)\s/i.test(after))
    return ['shape: a clause runs into the noun after it'];
  return [];
}

const stemOf = (word: string): string => word.toLowerCase().slice(0, 5);

/** "a private fostering foster home", "the parents with care agreed with your parents": the word just beside says it again. */
function saysItAgain({ text, from, to, suggestion }: AppliedFix): string[] {
  const words = suggestion.match(/\p{L}{4,}/gu) ?? [];
  const own = new Set((text.slice(from, to).match(/\p{L}{4,}/gu) ?? []).map(stemOf));
  const before = /(\p{L}{4,})\s+$/u.exec(text.slice(Math.max(0, from - 30), from))?.[1];
  const after = /^\s+(\p{L}{4,})/u.exec(text.slice(to, to + 30))?.[1];
  const first = words[0];
  const last = words.at(-1);
  if (first && before && !own.has(stemOf(before)) && stemOf(first) === stemOf(before) && /^\p{L}/u.test(suggestion))
    return [`redundant: "${first}" after its own word`];
  if (last && after && !own.has(stemOf(after)) && stemOf(last) === stemOf(after) && /\p{L}$/u.test(suggestion))
    return [`redundant: "${last}" before its own word`];
  return [];
}

/** "using the acronym 'child in care'", "‘Disguised compliance’ involves …", "such as “attention seeking”, “…” and “…”". */
function termNamedOrListed({ text, from, to }: AppliedFix): string[] {
  if (
    /\b(?:the|this|an?)\s+(?:acronym|abbreviation|initials)\s+['‘“"]?$/i.test(text.slice(Math.max(0, from - 25), from))
  )
    return ['term: an acronym named as one'];
  if (
    /^\s*['‘“"]?\s*$/.test(text.slice(0, from)) &&
    /^['’”"]?\s+(?:involves|means|refers to|describes|is defined as|is used to describe)\b/i.test(
      text.slice(to, to + 30),
    )
  )
    return ['term: the term a sentence defines'];
  const open = /[“"‘']$/.exec(text.slice(Math.max(0, from - 1), from));
  const close = /^[”"’']/.exec(text.slice(to, to + 1));
  if (!open || !close) return [];
  const before = text.slice(Math.max(0, from - 40), from - 1);
  const after = text.slice(to + 1, to + 40);
  return /[”"’']\s*(?:[\p{L}-]+\s+)?(?:,|and|or)\s*(?:(?:and|or)\s+)?(?:the\s+)?$/u.test(before) ||
    /^\s*(?:[\p{L}-]+\s+)?(?:,|and|or)\s*(?:(?:and|or)\s+)?(?:the\s+)?[“"‘']/u.test(after)
    ? ['term: one of a list of quoted words']
    : [];
}

/** "changing me's". */
function pronounPossessive({ text, to, suggestion }: AppliedFix): string[] {
  return /^(?:me|i|we|us|you)$/i.test(suggestion) && /^['’]s\b/.test(text.slice(to, to + 3))
    ? ['pronoun: "\'s" after a pronoun']
    : [];
}

/** "looked after children and young people" → "children in care and young people": the modifier covered both. */
function modifierSharedWithYoungPeople({ text, from, to, suggestion }: AppliedFix): string[] {
  return /\bchildren$/i.test(text.slice(from, to)) &&
    /^children \S+/i.test(suggestion) &&
    /^\s+(?:and|or|&)\s+young (?:people|persons?)\b/i.test(text.slice(to, to + 25))
    ? ['modifier: one that covered "young people" too now leaves them out']
    : [];
}

/** The problems of these kinds a fix shows. */
export function fixPhraseProblems(fix: AppliedFix): string[] {
  return [
    ...placementAsAnAct(fix),
    ...birthFamilyOfYourChild(fix),
    ...secondDeterminer(fix),
    ...possessiveBeforeOther(fix),
    ...ofAfterAFinishedPhrase(fix),
    ...saysItAgain(fix),
    ...termNamedOrListed(fix),
    ...pronounPossessive(fix),
    ...modifierSharedWithYoungPeople(fix),
  ];
}
