/**
 * Whether a suggestion suits the place of the flagged words, before it is fitted: a phrase with
 * words after its noun never goes before another noun ("the court process for care cases
 * letter"), a modifier-only suggestion ("child protection", beside "child protection enquiry") goes
 * only before one, a suggestion in the second person ("the person who chairs your reviews") only
 * into a note that addresses someone, and a suggestion never takes the place of a section number
 * whose subsection follows ("section 17(11)") or of a passive whose agent follows ("became looked
 * after by the council") unless it is passive too; nor does a word for one parent of one sex take the
 * place of the other's or of a group ("birth mother" → not "Dad", "parents" or "family").
 */
import type { Token } from '@casenote/rules';
import {
  describesNextNoun,
  flaggedHead,
  hasPostmodifier,
  headIndex,
  isCountable,
  isAcronymWord,
  isPluralNoun,
  looksDescribing,
  pluralPhrase,
} from './noun-number.ts';
import type { FitContext } from './slot.ts';
import { verbReadings } from './verbs.ts';
import { isAuxiliary } from './word-classes.ts';

const secondPerson = /\b(?:you|your|yours|yourself|yourselves)\b/i;

/** The last text read for a second person, and the answer (a note's findings come one after another). */
let addressed: { text: string; from: number; to: number; answer: boolean } | undefined;

/** Whether `text` addresses someone ("you", "your") outside the flagged words [from, to). */
function addressesSomeone(text: string, from: number, to: number): boolean {
  if (addressed && addressed.text === text && addressed.from === from && addressed.to === to) return addressed.answer;
  const answer = secondPerson.test(text.slice(0, from)) || secondPerson.test(text.slice(to));
  addressed = { text, from, to, answer };
  return answer;
}

/** The place of one finding, read once for all its suggestions. */
export interface Place {
  /** The flagged words describe the noun after them ("the PLO letter"). */
  describesNoun: boolean;
  /** A section number's subsection follows ("section 17(11)"). */
  subsection: boolean;
  /** A passive's agent follows ("be placed for adoption by the council"). */
  passiveAgent: boolean;
  /** The flagged words name one thing and "is", "was", "has" or "does" follows. */
  singularVerbAfter: boolean;
  /** "are", "were" or "have" follows ("Placement were concerned"). */
  pluralVerbAfter: boolean;
  /** The flagged words name more than one thing, or may (an acronym). */
  plural: boolean;
  /** The flagged words are a plural noun ("birth parents"). */
  pluralNoun: boolean;
  /** "’s" follows ("GP’s to ICPC’s"): a phrase with words after its noun cannot take it. */
  possessiveAfter: boolean;
  /** "to" follows ("the plan is going" + "to review"). */
  toFollows: boolean;
  /** The flagged words name one thing ("looked-after child"): a plural suggestion beside its singular is left off. */
  singular: boolean;
  /** The flagged words name an event, not a place: "placement for adoption", "the placement has started". */
  eventAfter: boolean;
  /** The flagged words name one parent by sex ("birth mother", "biological dad"). */
  parentSex: 'female' | 'male' | undefined;
  from: number;
  to: number;
}

export function readPlace(context: FitContext): Place {
  const { text, tokens, start, end } = context;
  const first = tokens[start] as Token;
  const last = tokens[end - 1] as Token;
  const next = tokens[end];
  const linkedNext = next && !next.breakBefore ? next : undefined;
  let passive = false;
  for (let index = start; index < end; index++) {
    const word = (tokens[index] as Token).lower;
    if (word === 'after' || verbReadings(word).some((reading) => reading.form === 'participle')) passive = true;
  }
  const head = flaggedHead(tokens, start, end);
  return {
    eventAfter: eventFollows.test(text.slice(last.end, last.end + 40)),
    parentSex: head === undefined ? undefined : parentSex(head.lower),
    singular:
      head !== undefined && !isAcronymWord(head.exact) && !isPluralNoun(head.lower) && !looksDescribing(head.lower),
    describesNoun: describesNextNoun(tokens, start, end),
    subsection: /^\(\d/.test(text.slice(last.end, last.end + 2)),
    passiveAgent: passive && linkedNext?.lower === 'by',
    toFollows: linkedNext?.lower === 'to',
    singularVerbAfter:
      /^(is|was|has|does)$/.test(linkedNext?.lower ?? '') && head !== undefined && !isPluralNoun(head.lower),
    pluralVerbAfter: /^(are|were|have)$/.test(linkedNext?.lower ?? ''),
    plural: head !== undefined && (isPluralNoun(head.lower) || isAcronymWord(head.exact)),
    pluralNoun: head !== undefined && isPluralNoun(head.lower) && !isAcronymWord(head.exact),
    possessiveAfter: /^['’]s\b/.test(text.slice(last.end, last.end + 3)),
    from: first.start,
    to: last.end,
  };
}

const participle = /(ed|en)$/;

/** Whether one of a finding's suggestions suits its place (`siblings`: all its rule's suggestions). */
export function suitsPlace(
  context: FitContext,
  place: Place,
  suggestion: string,
  siblings: readonly string[],
): boolean {
  const words = suggestion.toLowerCase().split(/\s+/).filter(Boolean);
  const first = words[0] ?? '';
  if (place.subsection && !/\d$/.test(suggestion)) return false;
  if (secondPerson.test(suggestion) && !addressesSomeone(context.text, place.from, place.to)) return false;
  if (place.passiveAgent && !words.some((word) => participle.test(word) || word === 'been' || word === 'being'))
    return false;
  // "how the plan is going" + "to review", "where social workers help" + "to place"
  if (place.toFollows && /^(going|help|helps)$/.test(words.at(-1) ?? '') && words.length > 1) return false;
  // "the placement has already started", "placement for adoption": not "the home has already started"
  if (place.eventAfter && placeNouns.has(words.at(-1) ?? '')) return false;
  // "his birth mum" → "his Mum", not "his Dad", "his parents" or "his family"
  if (
    place.parentSex &&
    words.length === 1 &&
    (parentGroups.has(first) || (parentSex(first) !== undefined && parentSex(first) !== place.parentSex))
  )
    return false;
  const phrase = !isAuxiliary(first) && first !== 'not' && !first.endsWith('ly');
  if (phrase && (place.describesNoun || place.possessiveAfter) && hasPostmodifier(words)) return false;
  // "my son's birth mother is" → not "my son's parents is"
  if (place.singularVerbAfter && isPluralNoun(words[headIndex(words)] ?? '')) return false;
  // "Placement were concerned" → not "Home were concerned"
  const head = words[headIndex(words)] ?? '';
  if (phrase && place.pluralVerbAfter && !place.plural && isCountable(head)) return false;
  // "Birth parents have" → not "Mum have"; "lifestyle choices are" → not "exploitation are"
  if (phrase && place.pluralVerbAfter && place.pluralNoun && !isCountable(head) && !isPluralNoun(head)) return false;
  // "children in care" beside "child in care", for a "looked-after child"
  if (
    place.singular &&
    siblings.some((other) => other !== suggestion && pluralPhrase(other.split(' '))?.join(' ') === suggestion)
  )
    return false;
  // "child protection" beside "child protection enquiry": a modifier, which goes only before a noun
  if (!place.describesNoun && siblings.some((other) => modifierOf(suggestion.toLowerCase(), other.toLowerCase())))
    return false;
  return true;
}

/** What follows a word for an event, not a place: its start or end, or what it is for. */
const eventFollows =
  /^\s+(?:for adoption\b|(?:has |had |have |will |would )?(?:already |now |just |not )?(?:start|starts|started|began|begun|end|ends|ended|finished|ceased)\b)/i;
const placeNouns = new Set(['home', 'homes']);

const femaleParents = new Set(['mother', 'mum', 'mom', 'mummy', 'mothers', 'mums', 'moms']);
const maleParents = new Set(['father', 'dad', 'daddy', 'fathers', 'dads']);
const parentGroups = new Set(['parents', 'family', 'families']);

/** The sex a word for a parent names ("mum" female), or undefined for any other word ("parents"). */
function parentSex(word: string): 'female' | 'male' | undefined {
  if (femaleParents.has(word)) return 'female';
  if (maleParents.has(word)) return 'male';
  return undefined;
}

/** Whether `suggestion` is `other` without its last noun ("child protection" of "child protection enquiry"). */
function modifierOf(suggestion: string, other: string): boolean {
  if (!other.startsWith(`${suggestion} `)) return false;
  const rest = other.slice(suggestion.length + 1);
  return !rest.includes(' ') && !hasPostmodifier(['', rest]);
}

const wordPattern = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const plainWords = (text: string): string => (text.toLowerCase().replace(/’/g, "'").match(wordPattern) ?? []).join(' ');

/**
 * Whether a fix repeats the words it stands beside in brackets or across a slash: "Children in
 * Care Council (CiCC)" → "(Children in Care Council)", "IRO (Independent Reviewing Officer)" →
 * "independent reviewing officer (…)", "FGC/family meeting" → "family meeting/family meeting".
 */
export function repeatsBeside(text: string, from: number, to: number, fix: string): boolean {
  const own = plainWords(fix);
  if (!own.includes(' ')) return false;
  const before = text.slice(Math.max(0, from - 120), from);
  const opened = /[(/]\s*$/.exec(before);
  if (opened) {
    const outside = plainWords(before.slice(0, opened.index)).split(' ').slice(-10).join(' ');
    if (` ${outside} `.includes(` ${own} `)) return true;
  }
  const after = text.slice(to, to + 120);
  const opens = /^\s*[(/]([^()/]*)/.exec(after);
  if (opens && ` ${plainWords(opens[1] as string)} `.includes(` ${own} `)) return true;
  return false;
}
