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
} from './noun-number.ts';
import { spelledOutAfter } from './acronym-spelled-beside.ts';
import { definesTerm, quotedOrNamed } from './quoted.ts';
import { amongSiblings } from './siblings.ts';
import { abusesThePair, readReframe, type Reframe } from './reframe.ts';
import { sharedAcrossAnd } from './shared-across-and.ts';
import { isClause, namesAHome, opensVerbGroup, readSenses, type Senses, wantsWhatFollows } from './senses.ts';
import type { FitContext } from './slot.ts';
import { verbReadings } from './verbs.ts';
import { isAuxiliary } from './word-classes.ts';

/** The words that address someone: a fix in the second person is offered only where the note has one (remembered.ts reads the same). */
export const secondPerson = /\b(?:you|your|yours|yourself|yourselves)\b/i;

/** Where the last text read says "you" (each match of `secondPerson`, start and end): read once a note, not for every finding. */
let addressed: { text: string; at: number[] } | undefined;
const everySecondPerson = new RegExp(secondPerson.source, 'gi');

/**
 * Whether `text` addresses someone ("you", "your") outside the flagged words [from, to): a match ending by `from`
 * or starting from `to` (the flagged words start and end a word, so no match runs across their edges).
 */
function addressesSomeone(text: string, from: number, to: number): boolean {
  if (addressed?.text !== text) {
    const at: number[] = [];
    for (const match of text.matchAll(everySecondPerson)) at.push(match.index, match.index + match[0].length);
    addressed = { text, at };
  }
  const { at } = addressed;
  for (let index = 0; index < at.length; index += 2)
    if ((at[index + 1] as number) <= from || (at[index] as number) >= to) return true;
  return false;
}

/** The place of one finding, read once for all its suggestions. */
export interface Place {
  /** The flagged words describe the noun after them ("the PLO letter"). */
  describesNoun: boolean;
  /** A section number's subsection or its Act follows ("section 17(11)", "section 20 of the Children Act 1989"). */
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
  /** The flagged words are someone's, quoted, or a term the sentence names (quoted.ts): no fix changes them. */
  quoted: boolean;
  /** The flagged words say what someone judged an act to be ("consensual"): a word for abuse in their place changes the account. */
  account: boolean;
  /** A student's practice placement ("the agency where I did my placement"): no home. */
  practicePlacement: boolean;
  /** A word for a child or children follows within a few words ("responsibility for all the children"). */
  childAfter: boolean;
  /** The flagged words stand alone in brackets, glossing the words before them ("Local Authority [LA]"). */
  bracketed: boolean;
  /** The words near name a kind of home: fostering ("the foster carers from the first placement") or a children's home. */
  homeKind: 'foster' | 'residential' | undefined;
  /** The flagged words share a determiner or a head with words joined to them by "and" or "or" ("a care and
   * placement order", "a care order and placement order"). */
  sharedAcrossAnd: 'head' | 'determiner' | undefined;
  /** An adult's age comes before ("a 27-year-old care leaver"): no "young person" or "child" in a fix. */
  adultAge: boolean;
  /** The flagged words name one parent by sex ("birth mother", "biological dad"). */
  parentSex: 'female' | 'male' | undefined;
  /** What the words either side show of the flagged words' sense (senses.ts). */
  senses: Senses;
  /** Where a reframing rule's fix would change what the sentence says (reframe.ts). */
  reframe: Reframe;
  from: number;
  to: number;
}

/** "child" or "children" follows (the test's words are all lower case: most places hold none, read at once). */
function childFollows(after: string): boolean {
  return (after.includes('child') || after.includes('grand')) && childAfter.test(after) && !eachChild.test(after);
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
  const describesNoun = describesNextNoun(tokens, start, end);
  // a quotation may open before the sentence's first word or in a sentence before, and close after its last
  const sentenceStart = Math.max(0, (tokens[0] as Token).start - quotationReach);
  const sentenceEnd = Math.min(text.length, (tokens.at(-1) as Token).end + quotationReach);
  return {
    quoted:
      quotedOrNamed(text, sentenceStart, sentenceEnd, first.start, last.end) ||
      definesTerm(text, (tokens[0] as Token).start, first.start, last.end) ||
      spelledOutAfter(text, first.start, last.end),
    eventAfter: eventFollows.test(text.slice(last.end, last.end + 40)),
    parentSex: head === undefined ? undefined : parentSex(head.lower),
    singular:
      head !== undefined && !isAcronymWord(head.exact) && !isPluralNoun(head.lower) && !looksDescribing(head.lower),
    describesNoun,
    subsection: sectionReference.test(text.slice(last.end, last.end + 60)),
    account: end - start === 1 && accountWords.has(first.lower),
    practicePlacement: practiceBefore.test(text.slice(Math.max(0, first.start - 40), first.start)),
    childAfter: childFollows(text.slice(last.end, last.end + 50)),
    // (the flagged words' own kind stands: "foster placement" beside a children's home is still a foster home)
    homeKind: /\b(?:foster|children['’]s|residential)\b/i.test(text.slice(first.start, last.end))
      ? undefined
      : carersOwnAfter.test(text.slice(last.end, last.end + 10))
        ? 'foster'
        : homeKindNear(
            text.slice((tokens[0] as Token).start, first.start),
            text.slice(last.end, (tokens.at(-1) as Token).end),
          ),
    adultAge: adultAgeBefore.test(text.slice(Math.max(0, first.start - 24), first.start)),
    bracketed:
      /[([]\s*$/.test(text.slice(first.start - 2, first.start)) && /^\s*[)\]]/.test(text.slice(last.end, last.end + 2)),
    passiveAgent: passive && linkedNext?.lower === 'by',
    toFollows: linkedNext?.lower === 'to',
    singularVerbAfter: singularVerbs.has(linkedNext?.lower ?? '') && head !== undefined && !isPluralNoun(head.lower),
    pluralVerbAfter: pluralVerbs.has(linkedNext?.lower ?? ''),
    plural: head !== undefined && (isPluralNoun(head.lower) || isAcronymWord(head.exact)),
    pluralNoun: head !== undefined && isPluralNoun(head.lower) && !isAcronymWord(head.exact),
    possessiveAfter: /^['’]s\b/.test(text.slice(last.end, last.end + 3)),
    sharedAcrossAnd: sharedAcrossAnd(text, first, last, describesNoun),
    senses: readSenses(text, tokens, start, end),
    reframe: readReframe(text, tokens, start, end, context.category, context.family),
    from: first.start,
    to: last.end,
  };
}

const participle = /(ed|en)$/;
/** The verbs after the flagged words that `singularVerbAfter` and `pluralVerbAfter` read (sets: read for every finding). */
const singularVerbs: ReadonlySet<string> = new Set(['is', 'was', 'has', 'does']);
const pluralVerbs: ReadonlySet<string> = new Set(['are', 'were', 'have']);

/** Whether one of a finding's suggestions suits its place (`siblings`: all its rule's suggestions). */
export function suitsPlace(
  context: FitContext,
  place: Place,
  suggestion: string,
  siblings: readonly string[],
): boolean {
  const { words, pluralOfOther, hasPlural, modifierOfOther } = amongSiblings(suggestion, siblings);
  const first = words[0] ?? '';
  if (place.quoted || place.account || place.reframe.withheld) return false;
  // "led to them having sex" → not "led to them being sexually abused": "them" takes in the abuser
  if (abusesThePair(place.reframe, suggestion)) return false;
  const { senses } = place;
  // "the Corporate Parenting Panel" → not "the council Panel": a name keeps its words
  if (senses.inName) return false;
  // "during her foster placement", "the placement should go ahead" → not "during her foster home"
  if (senses.notAHome && namesAHome(words)) return false;
  // "members of his birth family" → "members of his family", not "members of his Mum"
  if (senses.membersOf && /^(?:mum|dad|parents?|mother|father)$/.test(words.at(-1) ?? '')) return false;
  // "your child's birth family" → not "your child's Mum" (the reader) nor "your child's family"
  if (senses.ofYourChild && !/\b(?:birth|biological)\b/.test(suggestion)) return false;
  // "parental responsibility for him" → not "the legal right to make decisions about the child for him"
  if (senses.forAfter && /\bthe child(?: safe)?$/.test(suggestion)) return false;
  // "a former care leaver" → not "a former care-experienced adult"; "had been exposed to" → not "had been experienced"
  if (senses.formerBefore) return false;
  if (senses.passiveTo && /^\p{L}+ed\b/u.test(suggestion) && !/ to$/.test(suggestion)) return false;
  // "Parents and living with a family friend or distant relative, arranged by the parents often do not know"
  if (senses.nounPlace && /, \p{Ll}+ed\b/u.test(suggestion)) return false;
  // "complex emotional and what the child did"; "presented to the meeting that decides by the social worker"
  if (senses.amongNouns && isClause(words)) return false;
  // (at a clause's end too: "each Local Authority to have a meeting that decides." says nothing decided)
  if (wantsWhatFollows(words)) return false;
  // "where I did my placement": a student's, not a child's home
  if (place.practicePlacement && placeNouns.has(words.at(-1) ?? '')) return false;
  // "placement decisions" → not "home decisions" (a household's)
  // "respite care" → not "sleepover care"
  if (place.describesNoun && words.length === 1 && first === 'home') return false;
  if (place.describesNoun && first === 'sleepover' && kindsOfCare.has(context.tokens[context.end]?.lower ?? ''))
    return false;
  // "LA policies" → not "we policies": a pronoun does not describe a noun
  if (place.describesNoun && words.length === 1 && pronounWords.has(first)) return false;
  // "parental responsibility for the children" → not "the legal right … about the child for the children"
  if (place.childAfter && /\bchild\b/.test(suggestion)) return false;
  // "the foster carers from the first placement" → not "… first children's home"; "placements have broken down
  // and he is now in a children's home" → not "foster homes"
  if (place.homeKind === 'foster' && /\bchildren['’]s homes?$/.test(suggestion)) return false;
  if (place.homeKind === 'residential' && /\bfoster\b/.test(suggestion)) return false;
  // "a 27-year-old care leaver" → "a 27-year-old care-experienced adult", not "… young person"
  if (place.adultAge && /\b(young (person|people)|child|children)\b/.test(suggestion)) return false;
  // "Local Authority [LA]", "local authorities (LAs)": a pronoun glosses no name
  if (place.bracketed && words.length === 1 && /^(we|you|i|us|me)$/.test(first)) return false;
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
  // "a care and placement order" → not "a care and court order allowing …": "care" shares the head "order"
  if (place.sharedAcrossAnd === 'head') return false;
  // "risky, promiscuous and self-destructive behaviour" → not "… and situation": a fix keeps the word they share
  if (senses.modifierSharesLast && words.at(-1) !== context.tokens[context.end - 1]?.lower) return false;
  const phrase = !isAuxiliary(first) && first !== 'not' && !first.endsWith('ly');
  // "a care order and placement order" → not "a court order placing … and placement order": the "a" they share
  // would go with the words after the suggestion's own
  if (phrase && place.sharedAcrossAnd === 'determiner' && hasPostmodifier(words)) return false;
  if (phrase && (place.describesNoun || place.possessiveAfter) && hasPostmodifier(words)) return false;
  // "mentally retarded children" → not "mentally had a learning disability children"; "hard to reach carers" →
  // not "not well served by current help carers": a verb group does not describe a noun (after a verb of its own,
  // "is reluctant to accept help" → "is not yet ready to accept help", the flagged words are no noun's modifier)
  if (place.describesNoun && !senses.verbPlace && opensVerbGroup(words)) return false;
  // "my son's birth mother is" → not "my son's parents is"
  if (place.singularVerbAfter && isPluralNoun(words[headIndex(words)] ?? '')) return false;
  // "Placement were concerned" → not "Home were concerned"
  const head = words[headIndex(words)] ?? '';
  if (phrase && place.pluralVerbAfter && !place.plural && isCountable(head)) return false;
  // "Birth parents have" → not "Mum have"; "lifestyle choices are" → not "exploitation are"
  if (phrase && place.pluralVerbAfter && place.pluralNoun && !isCountable(head) && !isPluralNoun(head)) return false;
  // "children in care" beside "child in care", for a "looked-after child"; "brothers and sisters" beside "brother
  // or sister", for one "sibling"; for "care orders" the rule's own plural ("… placing the children …")
  if ((place.singular && pluralOfOther) || (place.pluralNoun && hasPlural)) return false;
  // "child protection" beside "child protection enquiry": a modifier, which goes only before a noun
  if (!place.describesNoun && modifierOfOther) return false;
  return true;
}

/** What follows a word for an event, not a place: its start or end, its breaking down, or what it is for. */
const eventFollows =
  /^\s+(?:for adoption\b|(?:has |had |have |will |would )?(?:already |now |just |not )?(?:start|starts|started|began|begun|end|ends|ended|finished|ceased|break down|breaks down|broke down|broken down|breaking down)\b)/i;
/** "section 17(11)", "section 20 of the Children Act 1989", "Section 31 Children Act": a reference, not a service. */
const sectionReference =
  /^(?:\(\d|\s+(?:of\s+)?(?:the\s+)?(?:[A-Z][\p{L}’']*\s+(?:and\s+)?){1,4}(?:Act|Regulations)\b)/u;
/**
 * How far before and after its sentence a quotation around the flagged words is looked for: within the
 * text a finding's remembered fits are keyed by (remembered.ts, 240 characters either side).
 */
const quotationReach = 200;
/** "a 27-year-old", "aged 19": an age of 18 or more just before the flagged words. */
const adultAgeBefore = /\b(?:1[89]|[2-9]\d)[- ]years?[- ]old\s+$/i;
/** Words that say what someone judged an act to be. */
const accountWords = new Set(['consensual', 'consensually']);
/** "where I did my placement", "completing her final placement": a student's practice placement. */
const practiceBefore =
  /\b(?:did|do|does|doing|done|complete|completed|completing|finished|started|starting)\s+(?:my|her|his|their|our|a|the)\s+(?:first\s+|final\s+|second\s+|last\s+)?$/i;
/**
 * Children, or a child the sentence names apart, within a few words after the flagged ones ("for all the
 * children", "in respect of the one child", "legal carer for her grandchildren"): "the child" in a fix would be another child, or one of many
 * (in lower case: "Children's Services" and "the Children Act" are names).
 */
const childAfter =
  /^(?:\s*[\p{L}’']+){0,5}?\s+(?:(?:grand)?children|children's|children’s|grandchild|grandsons?|granddaughters?|(?:a|an|one|your|their|young|female|male)\s+child(?!\s+protection))\b/u;
/** "for each of the children": each child in turn, whom "the child" names. */
const eachChild = /\beach of (?:the |these |those |their )?children\b/i;
const placeNouns = new Set(['home', 'homes']);
/** Words for a service that "sleepover" does not describe ("sleepover care", "sleepover foster care"). */
const kindsOfCare = new Set(['care', 'foster', 'provision', 'service', 'services', 'unit', 'units', 'carer', 'carers']);
/** "Her placement with me": a carer's own, a foster home. */
const carersOwnAfter = /^\s+with (?:me|us)\b/i;
const fosterWords =
  /\bfoster(?:ing|ed| carers?| parents?| famil(?:y|ies)| mum| dad| care| placements?| homes?| houses?)\b/i;
const residentialWords = /\b(?:children['’]s homes?|residential|staff team)\b/i;

/** The kind of home its sentence names either side of a finding, when only one kind is named ("two foster placements, with two siblings in each of the placements"). */
function homeKindNear(before: string, after: string): 'foster' | 'residential' | undefined {
  const near = `${before} ${after}`;
  const foster = fosterWords.test(near);
  const residential = residentialWords.test(near);
  if (foster === residential) return undefined;
  return foster ? 'foster' : 'residential';
}
const pronounWords = new Set(['i', 'me', 'we', 'us', 'you', 'they', 'them']);

const femaleParents = new Set(['mother', 'mum', 'mom', 'mummy', 'mothers', 'mums', 'moms']);
const maleParents = new Set(['father', 'dad', 'daddy', 'fathers', 'dads']);
const parentGroups = new Set(['parents', 'family', 'families']);

/** The sex a word for a parent names ("mum" female), or undefined for any other word ("parents"). */
function parentSex(word: string): 'female' | 'male' | undefined {
  if (femaleParents.has(word)) return 'female';
  if (maleParents.has(word)) return 'male';
  return undefined;
}
