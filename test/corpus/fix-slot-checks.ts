/**
 * Checks on a one-click fix for the kinds a reader found broken on fresh sentences in the tenth reading sample
 * (test/corpus/fix-reading/fix-reading-22.yml): a verb group of "have" put after "be", or after "be" and an "-ly"
 * word ("He is had a learning disability", "some of them are mild mentally had a learning disability"); a person a
 * relative clause names put after a possessive ("your person who chairs your reviews"); a possessive put straight
 * after another ("Oxfordshire's council's list"); and a long phrase with words after its noun put before the noun the
 * replaced words described ("work to put right the harm tasks", "viewed as who has been hurt goods", "an education
 * outside mainstream school provider"). Written apart from the engine's fitting step (no code shared with
 * packages/lint/src/fit), with word lists of its own; a fix that reads right must pass every one.
 */
import type { AppliedFix } from './fix-shape-checks.ts';

const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}'’-]+/gu) ?? [];
const beWords = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am']);
const possessives = new Set(['my', 'your', 'his', 'her', 'our', 'their', 'its']);
/** Nouns a service word or label before them describes: a long phrase cannot stand there. */
const describedNouns = new Set(
  'plan plans process processes meeting meetings visit visits case cases rate rates fund funds issue issues contract contracts task tasks provider providers arrangement arrangements goods children kids young team teams panel panels worker workers'.split(
    ' ',
  ),
);
/** Words that start a phrase after a noun, or a clause. */
const phraseWords = new Set(
  'of to for from with without outside about at in on into by under within who which that when where'.split(' '),
);
/** Words a phrase may end on that take the words after it as their object. */
const endsWanting = new Set('of to for from with about at in on into by'.split(' '));

/** "He is had a learning disability", "mild mentally had a learning disability". */
function haveAfterBe({ text, from, suggestion }: AppliedFix): string[] {
  const own = words(suggestion);
  if (!/^(?:had|has|have)$/.test(own[0] ?? '') || own[1] === 'been' || own[1] === 'not') return [];
  const before = words(text.slice(Math.max(0, from - 40), from)).slice(-3);
  const last = before.at(-1) ?? '';
  if (beWords.has(last)) return ['slot: "have" after "be"'];
  if (/ly$/.test(last) && before.slice(0, -1).some((word) => beWords.has(word)))
    return ['slot: "have" after "be" and a describing word'];
  return [];
}

/** "your person who chairs your reviews", "Oxfordshire's council's list". */
function possessiveBefore({ text, from, suggestion }: AppliedFix): string[] {
  const own = words(suggestion);
  const before = text.slice(Math.max(0, from - 30), from);
  const last = words(before).at(-1) ?? '';
  if (possessives.has(last) && /^(?:person|people)$/.test(own[0] ?? '') && own[1] === 'who')
    return ['determiner: a possessive before a person a relative clause names'];
  if (/^[a-z]+['’]s$/.test(own[0] ?? '') && !/^children/.test(own[0] ?? '') && /\p{L}['’]s\s+$/u.test(before))
    return ['determiner: a possessive straight after another'];
  return [];
}

/** "work to put right the harm tasks", "who has been hurt goods", "education outside mainstream school provider". */
function longPhraseAsModifier({ text, to, suggestion }: AppliedFix): string[] {
  const own = words(suggestion);
  if (own.length < 4 || endsWanting.has(own.at(-1) ?? '')) return [];
  if (!own.some((word, index) => phraseWords.has(word) && (index > 0 || /^(?:who|which|without|outside)$/.test(word))))
    return [];
  const next = /^ ([\p{L}'’-]+)/u.exec(text.slice(to, to + 30))?.[1]?.toLowerCase();
  return next !== undefined && describedNouns.has(next) ? ['phrase: a long phrase before the noun it described'] : [];
}

/** Every check above, on one applied fix. */
export function fixSlotProblems(applied: AppliedFix): string[] {
  return [...haveAfterBe(applied), ...possessiveBefore(applied), ...longPhraseAsModifier(applied)];
}
