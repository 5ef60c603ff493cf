/**
 * Senses of the flagged words that the sentence shows a suggestion cannot take, read from the words
 * either side of them (never beyond 80 characters, so within the text remembered.ts keys fits by):
 *
 * - a placement that is an event or an offer, not where a child lives: "during her placement", "within
 *   10 days of the child's first placement", "the placement should go ahead", "the placement took place",
 *   "to take the placement", "get her first foster placement", "before your first placement" (a carer's),
 *   "the placement of 4 children with family members", "to make a private fostering placement", "an especially
 *   challenging placement", "the placement that meant it was almost ended" (an act, an arrangement, work that ends),
 *   a carer's "break between placements";
 *   no "home" or "family" in its place ("during her foster home", "the home should go ahead");
 * - words of a name: "the Corporate Parenting Panel", "the Young Offender Team", "the Care Leavers' Council",
 *   "a Permanence Plan", "the Adoption Matching Panel" keep their words ("the council Panel");
 * - "your child's birth family": the reader is the child's parent, so no plain "Mum", "parents" or "family";
 * - "members of his birth family": no word for one parent or for the parents after "members of" ("members of his Mum");
 * - "parental responsibility for him": a suggestion that names "the child" leaves the person after "for"
 *   hanging ("the legal right to make decisions about the child for him");
 * - a suggestion that is a clause ("what the child did") in a noun's place among other nouns ("complex
 *   emotional and behavioural problems", "unspecified behaviour issues and"), and one that ends in "decides"
 *   anywhere ("presented to the meeting that decides by the social worker": the words after it read as what is
 *   decided; "to have a meeting that decides.": nothing is);
 * - a suggestion with a clause after a comma of its own ("living with a family friend or distant relative,
 *   arranged by the parents") in a noun's place: the words after its comma run on into the sentence ("in relation to living with
 *   …, arranged by the parents, outlining the responsibilities");
 * - "a former care leaver" ("a former care-experienced adult" says the past twice and unsays it) and "had been
 *   exposed to" ("had been experienced": a passive made active);
 * - describing words and "and" before a modifier and its noun ("risky, promiscuous and self-destructive
 *   behaviour"): they share the noun, so a fix keeps it; and a noun's modifier ("mentally retarded children"), where
 *   a verb group ("had a learning disability") cannot stand.
 */
import type { Token } from '@casenote/rules';
import { continuesNounPhrase, looksDescribing } from './noun-number.ts';
import { isAuxiliary } from './word-classes.ts';

/** What the words either side of a finding show about its sense. */
export interface Senses {
  /** The flagged words name a placement as an event, an offer or a carer's, not a child's home. */
  notAHome: boolean;
  /** The flagged words are a name's own words: capitalised, before a capitalised word for a body or a plan. */
  inName: boolean;
  /** "members of" comes just before ("living with members of his birth family"). */
  membersOf: boolean;
  /** "for" follows ("parental responsibility for him"). */
  forAfter: boolean;
  /** The flagged words stand among nouns: a describing word, "and", "or" or "as" before them, or "and" or "or" after. */
  amongNouns: boolean;
  /** "former" or "ex-" comes just before ("a former care leaver"): a fix that already says the past doubles it. */
  formerBefore: boolean;
  /** A participle and "to" after a form of "be" ("had been exposed to"): a fix opening with a verb's past ("experienced",
   * "lived with") needs its own "to" to keep the passive. */
  passiveTo: boolean;
  /** "your child's birth family": the one addressed (or the writers, "our") are the child's parents, so the family
   * meant is the birth one; no fix without "birth" ("your child's Mum" would be the reader). */
  ofYourChild: boolean;
  /** A preposition, "and", "or", a determiner or a form of "be" just before, or a comma just after: a noun's place. */
  nounPlace: boolean;
  /** A describing word and "and", "or" or a comma come just before flagged words that are a modifier and a noun
   * ("risky, promiscuous and [self-destructive behaviour]", "emotionally and [behaviourally disturbed]",
   * "child-in-need and [child protection plans]"): the words before share the flagged words' last one. */
  modifierSharesLast: boolean;
  /** An auxiliary just before the flagged words ("is reluctant to"), "not" opening them, or "to" or a preposition
   * ending them or just after them ("reluctant to", "… with"): a verb group's place, not a noun's modifier. */
  verbPlace: boolean;
  /** A threshold beside a court, an order, proceedings, significant harm or a section of the Act ("For a court to
   * make a supervision order, the threshold criteria must be met"): the legal test, not a level of need. */
  legalTest: boolean;
}

/** Words for time or a stage before the flagged words: an event, not a place. */
const eventBefore =
  /\b(?:during|throughout|prior to|(?:the )?(?:end|start|beginning|length|duration|date|day|time) of|(?:days|weeks|months|hours) of)\s+(?:(?:the|a|an|this|that|her|his|their|its|our|your|my|[\p{L}]+['’]s)\s+)?(?:[\p{L}'’-]+\s+){0,2}$/iu;
/** A carer's break or gap between placings ("a break between placements"): not between homes. */
const breakBetween = /\b(?:break|breaks|gap|gaps|rest)\s+between\s+$/i;
/** A placement someone gets, takes or turns down, or a carer's first or next one ("before your first placement"). */
const offerBefore =
  /\b(?:(?:get|gets|getting|got|receive|receives|received|receiving|take|takes|took|taking|accept|accepts|accepted|accepting|refuse|refuses|refused|refusing|turn down|turned down)\s+(?:the|a|an|her|his|their|our|your|my|this|that)\s+(?:first\s+|next\s+|new\s+)?(?:foster\s+)?|\b(?:our|your)\s+(?:first|next)\s+(?:foster\s+)?)$/iu;
/** What an event does, after the flagged words: it goes ahead, takes place, is made, has a date. */
const eventAfter =
  /^\s+(?:(?:should|will|would|could|can|may|might|must|did|does|to|not)\s+)*(?:go ahead|goes ahead|went ahead|proceed|proceeds|proceeded|take place|takes place|took place|taken place|date\b|being made|was made|is made|be made|arrives|arrived|starting|ending|was \S+ (?:days|weeks|months) long)/i;
/** The placing of children, after the flagged words ("the placement of 4 children with family members"): an act. */
const placingOf =
  /^\s+of\s+(?:(?:the|a|an|her|his|their|these|those|both|all|\d+|two|three|four|five|six)\s+)?(?:[\p{L}-]+\s+)?(?:child|children|siblings?|bab(?:y|ies)|young people|boys?|girls?)\b/iu;
/** A placement someone makes or arranges ("to make a private fostering placement"), or one judged as work ("an especially challenging placement"). */
const madeOrJudgedBefore =
  /(?:\b(?:make|makes|made|making|arrange|arranges|arranged|arranging)\s+(?:a|an|the|this|that|her|his|their|your)\s+(?:[\p{L}-]+\s+){0,2}|\b(?:challenging|demanding|difficult|successful|unsuccessful|failed|failing)\s+)$/iu;
/** A placement that ends, a few words on ("concerns over the placement that meant it was almost ended"). */
const endsAfter = /^[^.;:!?]{0,45}\b(?:ended|disrupted|broke down|broken down)\b/i;
/** Capitalised words for a body, a plan or a role that a name ends in. */
const nameEnds = new Set(
  'Panel Board Council Forum Committee Team Service Services Group Partnership Network Strategy Hub Project Unit Plan Plans Policy Lead Manager Officer Award Pledge Charter Guidance Toolkit Conference Week Proforma Form Head Heads Offer'.split(
    ' ',
  ),
);
/** Words after which a noun phrase stands ("in relation to", "Parents and", "incidents of", "This is"). */
const nounBefore = /\b(?:of|to|in|into|for|with|about|from|by|and|or|the|a|an|is|was|are|were|be|being)\s+$/i;
/** Small words inside a name ("Edge of Care Panel"). */
const nameLinks = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'at', 'to']);
/** "your child's", "our children's", "your child(ren)'s" just before. */
const yourChildBefore =
  /\b(?:your|our)\s+(?:child|children|child\(ren\)|son|sons|daughter|daughters|kids?|grandchild|grandchildren)['’]s?\s+$/i;
const membersBefore = /\bmembers? of\s+(?:(?:the|his|her|their|your|my|our|a|its)\s+)?$/i;
/** Words of the courts and the Act's tests, within 80 characters of a threshold. */
const courtWords =
  /\b(?:courts?|judges?|magistrates?|orders?|proceedings|significant harm|section 31|section 47|s\.?\s?31|s\.?\s?47|offences?|sentenced?)\b/i;

/** Reads the senses of the flagged words `tokens[start, end)` of `text`. */
export function readSenses(text: string, tokens: readonly Token[], start: number, end: number): Senses {
  const first = tokens[start] as Token;
  const last = tokens[end - 1] as Token;
  const before = text.slice(Math.max(0, first.start - 80), first.start);
  const after = text.slice(last.end, last.end + 40);
  const placement = /placements?$/i.test(last.lower);
  return {
    notAHome:
      placement &&
      (eventBefore.test(before) ||
        breakBetween.test(before) ||
        offerBefore.test(before) ||
        madeOrJudgedBefore.test(before) ||
        eventAfter.test(after) ||
        placingOf.test(after) ||
        endsAfter.test(text.slice(last.end, last.end + 50))),
    inName: inName(text, tokens, start, end),
    membersOf: membersBefore.test(before),
    forAfter: /^\s+for\b/i.test(after),
    amongNouns: amongNouns(tokens, start, end),
    formerBefore: /\b(?:former|ex-)\s*$/i.test(before),
    nounPlace: nounBefore.test(before) || /^\s*,/.test(after),
    ofYourChild:
      (first.lower === 'birth' || first.lower === 'biological') &&
      /^(?:family|families|parents|relatives)$/.test(last.lower) &&
      yourChildBefore.test(before),
    modifierSharesLast:
      end - start > 1 &&
      sharesLast(
        text.slice(Math.max(0, first.start - 30), first.start),
        first,
        !(tokens[end]?.breakBefore ?? true) && continuesNounPhrase((tokens[end] as Token).lower),
      ),
    verbPlace:
      // ("NEET - Young people prefer …": a heading's dash, not a noun the flagged words describe)
      /^\s*[-–—:]/.test(text.slice(last.end, last.end + 3)) ||
      (start > 0 && isAuxiliary((tokens[start - 1] as Token).lower)) ||
      first.lower === 'not' ||
      endsInPreposition.test(last.lower) ||
      (!(tokens[end]?.breakBefore ?? true) && endsInPreposition.test((tokens[end] as Token).lower)),
    // a threshold document: a document, not a level ("reflected in a lengthy threshold document", fix-reading-33.yml)
    legalTest:
      /^thresholds?$/.test(first.lower) &&
      (courtWords.test(`${before} ${text.slice(last.end, last.end + 80)}`) ||
        /^documents?$/.test(tokens[start + 1]?.lower ?? '')),
    passiveTo:
      end - start > 1 &&
      last.lower === 'to' &&
      /ed$/.test(first.lower) &&
      /\b(?:been|being|be|is|are|was|were)\s+$/i.test(before),
  };
}

/** "complex emotional and [behavioural problems]", "unspecified [behaviour issues] and", "treated as [behavioural problems] or". */
function amongNouns(tokens: readonly Token[], start: number, end: number): boolean {
  const previous = start > 0 && !(tokens[start] as Token).breakBefore ? (tokens[start - 1] as Token) : undefined;
  const next = tokens[end] && !(tokens[end] as Token).breakBefore ? (tokens[end] as Token) : undefined;
  if (next && (next.lower === 'and' || next.lower === 'or')) return true;
  if (!previous) return false;
  return joiningWords.has(previous.lower) || (looksDescribing(previous.lower) && !/ing$/.test(previous.lower));
}

/** "and", "or", "as" before the flagged words (a set: read for every finding). */
const joiningWords: ReadonlySet<string> = new Set(['and', 'or', 'as']);

const endsInPreposition = /^(?:to|with|of|for|in|at|on|by|from|about|into)$/;
/** A describing word (or a hyphened one, or an adverb) and "and", "or" or a comma: "promiscuous and ", "emotionally and ". */
const modifierAndBefore = /(?:\b(\p{L}+(?:ive|ous|al|ful|ic|ly))|\p{L}+-[\p{L}-]+),?\s+(?:and|or)\s+$/u;
/** What `modifierAndBefore` ends with. */
const andOrBefore = /\s(?:and|or)\s+$/;
/** Adverbs in "-ly" ("emotionally"); not "early", "family", "only". */
const adverbLy = (word: string): boolean =>
  /ly$/.test(word) && !/^(?:early|family|only|daily|elderly|likely)$/.test(word);

/**
 * "risky, promiscuous and [self-destructive behaviour]", "emotionally and [behaviourally disturbed]": a describing
 * word of the same kind as the flagged words' first (an adverb beside an adverb) before "and" or "or". ("Self-harming
 * and [generally disruptive]" shares nothing; "protective and [early help] services" shares "services".)
 */
function sharesLast(before: string, first: Token, nounAfter: boolean): boolean {
  // (most places have no "and" or "or" just before: the long test, slow to fail, is for the few that do)
  if (!andOrBefore.test(before)) return false;
  const match = modifierAndBefore.exec(before);
  if (!match) return false;
  const adverb = adverbLy((match[1] ?? '').toLowerCase());
  if (adverb !== adverbLy(first.lower)) return false;
  // (describing words share the noun after the flagged words, if one follows: "protective and early help services")
  return adverb || !nounAfter;
}
/** Words that open a verb group, not a describing phrase ("had a learning disability", "not well served …"). */
const verbGroupOpeners = new Set(['had', 'having', 'has', 'have', 'not']);

/**
 * A suggestion that is a verb group ("had a learning disability", "not well served by current help"), which cannot
 * describe a noun after it ("mentally had a learning disability children"); one that ends in a preposition ("not
 * being brought to") takes the noun as its object.
 */
export const opensVerbGroup = (words: readonly string[]): boolean =>
  words.length > 1 && verbGroupOpeners.has(words[0] ?? '') && !endsInPreposition.test(words.at(-1) ?? '');

/** A suggestion that is a clause ("what the child did", "what was happening at home"; not "when asked", which goes beside a verb). */
export const isClause = (words: readonly string[]): boolean => /^(?:what|how|where|why)$/.test(words[0] ?? '');

/** A suggestion that ends in a verb wanting what follows it ("meeting that decides", "senior manager who"). */
export const wantsWhatFollows = (words: readonly string[]): boolean =>
  /^(?:decides?|who|that|which)$/.test(words.at(-1) ?? '');

/** "the Corporate Parenting Panel", "the Care Leavers' Council": capitalised flagged words (not an acronym) before a name's last word. */
function inName(text: string, tokens: readonly Token[], start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const exact = (tokens[index] as Token).exact;
    // every word capitalised but the small words that join a name's words ("Edge of Care"), and not all in
    // capitals ("SEN Team" is an acronym's expansion, read as a name)
    if (!/^\p{Lu}\p{Ll}/u.test(exact) && !(index > start && nameLinks.has(exact))) return false;
  }
  // "the Adoption Matching Panel": a capitalised word before them inside the sentence
  const previous = start > 1 && !(tokens[start] as Token).breakBefore ? (tokens[start - 1] as Token) : undefined;
  if (previous && /^\p{Lu}\p{Ll}/u.test(previous.exact) && nameEnds.has((tokens[end - 1] as Token).exact)) return true;
  const last = tokens[end - 1] as Token;
  const next = /^(?:['’]s?)?\s+(\p{Lu}[\p{L}-]*)/u.exec(text.slice(last.end, last.end + 30));
  return next !== null && nameEnds.has(next[1] as string);
}

/**
 * Whether a suggestion names a home or a family (what a placement as an event cannot be): its last word, or its
 * first noun before a clause ("home where a parent and baby live with a foster carer who helps them").
 */
export const namesAHome = (words: readonly string[]): boolean =>
  words
    .slice(0, 3)
    .some(
      (word, at) =>
        /^(?:home|homes|family|families)$/.test(word) &&
        (at === words.length - 1 || /^(?:where|who|that|with|for)$/.test(words[at + 1] ?? '')),
    );
