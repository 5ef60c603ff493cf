/**
 * More suggestions the words around them turn into something else (the twenty-second reading sample,
 * fix-reading-34.yml), read with the other misfits (misfits.ts) after `turned` (turned.ts); the finding and its card
 * stay:
 *
 * - a reflexive object the flagged words share with what follows: "protect children from themselves and others" → not
 *   "keep them safe and others";
 * - a child made "former": "a former county lines drug runner" → not "a former county lines child exploited to carry
 *   drugs";
 * - a dispute beside a custody battle or a divorce (a legal fight): "a savage marital dispute or custody battle" → not
 *   "a savage abusive incident or custody battle";
 * - the flagged words' "is" or "are" shared across "or": "parents who are uncooperative or hostile to" → not "who do
 *   not agree or hostile to"; and "hostile to" made "angry to";
 * - a count of cases made a share of ways: "42 per cent of out-of-court disposals" → not "42 per cent of ways of
 *   dealing with an offence …";
 * - a denied label made a denied need: "It is not that any families are hard to reach" → not "… are not well served";
 * - a word the flagged words quote in someone's account of themselves: "she has admitted she was ‘infatuated’ with him";
 * - a word the sentence criticises: "Referring to a child victim … as a prostitute" → not "… while being sexually
 *   exploited";
 * - an account the sentence reports ("the boys said the girl agreed to have sex") turned into its opposite;
 * - a placing (an arrangement) made a place: "the purpose and goals of each placement", "the child's placement should
 *   be by means of … orders", carers "who take temporary foster care kids or emergency placements", "how the
 *   placement was going", a foster or children's home for "a permanent placement, for example adoption", placements that "were still unplanned";
 * - "we" for the council where the sentence goes on to call it "they";
 * - the Public Law Outline's 26-week timetable (a court case's) made the pre-court stage;
 * - a term in its legal sense ("not a care leaver in terms of the law") or a status one becomes ("become a care
 *   leaver") made a description.
 */
import type { Token } from '@casenote/rules';
import type { Place } from './place.ts';
import type { FitContext } from './slot.ts';

const reflexive = /\b(?:from|to|for|against)\s+(?:themselves|himself|herself|yourself|yourselves|ourselves|itself)$/i;
const childHead = /^(?:an?\s+)?(?:child|children|young\s+(?:person|people))\b/i;
const legalFight = /^\s+(?:or|and)\s+(?:an?\s+)?(?:custody|divorce|legal|court|contact|financial)\b/i;
// a suggestion that opens with its own verb ("did not agree"), where the flagged words followed "are"
const verbStart = /^(?:do|does|did|has|have|had|will|would|can|could|not)\b/i;
const sharedAfterOr = /^\s+(?:or|and)\s+([\p{Ll}-]+)\b/u;
// a verb, an auxiliary or words that open a clause of their own after "or" share nothing with the flagged words
const ownVerb =
  /^(?:is|are|was|were|be|been|do|does|did|has|have|had|will|would|can|could|may|might|should|must|not|the|a|an|their|his|her|they|he|she|it|we|you|who|that|which)$|(?:ed|ing|s)$/;
// ("appear to be [mentally handicapped] and often are …": an adverb opens a clause of its own)
const adverb = /^(?:often|sometimes|also|then|always|never|still|usually|now|later)$|ly$/;
const takesTo = /\b(?:angry|upset|cross|worried)$/i;
const quantityOf =
  /\b(?:per\s*cent|percent|%|proportion|number|numbers|rate|share|majority|minority|half|third|quarter|most|many)\s+of\s+$/i;
const denialBefore = /\b(?:not|never|no|n[’']t)\s+(?:that\s+)?(?:[\p{L}'’-]+\s+){0,4}$/iu;
// someone's account of themselves ("has admitted that she was ‘infatuated’ with"; not a prosecutor's "volatile")
const ownAccount = /\b(?:admit(?:s|ted)?|confess(?:es|ed)?|concede[sd]?)\b/i;
const quotedWord = /['‘"“][\p{L}-]+['’"”]/u;
const criticisedAs =
  /\b(?:refer(?:s|red|ring)?\s+to|describ(?:e|es|ed|ing)|label(?:s|led|ling)?|regard(?:s|ed|ing)?|treat(?:s|ed|ing)?|view(?:s|ed|ing)?|portray(?:s|ed|ing)?|brand(?:s|ed|ing)?)\s+(?:[\p{L}\p{N}'’-]+\s+){0,8}$/iu;
const reported = /\b(?:said|says|claimed|claims|told|tells|insisted|insists|maintained|alleged|argued|admitted)\b/i;
const arrangementBefore =
  /\b(?:purposes?|goals?|aims?|objectives?)\s+(?:and\s+[\p{L}-]+\s+)?of\s+(?:each|every|the|this|that|a|an|their|his|her)\s+$/iu;
const arrangementAfter =
  /^(?:\s+(?:should|would|will|must|is|was|could)\s+be\s+(?:by\s+means\s+of|made\s+under|under)\b|(?:\s+[\p{L}\p{N},'’-]+){0,14}\s+(?:were|was)\s+(?:still\s+)?['"‘“]?unplanned\b)/iu;
// "but soon disengaged": an event, not a state (not "but soon had not taken up the help offered")
const afterAdverb = /\b(?:soon|then|later|quickly|eventually|gradually|subsequently)\s+$/i;
const pluralBetween = /\b(?:your|the|their|his|her|our)\s+(?:[\p{L}-]+\s+)?[\p{L}-]+s\b/iu;
// carers who take placements take children: "who take temporary foster care kids or emergency placements"
const takenBefore =
  /\b(?:take|takes|took|taking|accept|accepts|accepted|accepting)\s+(?:(?!to\b|into\b|from\b|at\b|in\b)[\p{L}-]+\s+){0,5}$/iu;
// "how the placement was going" (how it works out, not a house); a kind of home where the sentence names the kinds
const howGoing = /\bhow\s+(?:the|his|her|their|your|this)\s+$/i;
const kindsNamed = /^\s*,?\s+(?:for\s+example|such\s+as|e\.g\.)\s+(?:adoption|fostering|long[ -]term)\b/i;
const legalSense =
  /^\s+(?:in\s+terms\s+of\s+the\s+(?:law|act|legislation)|(?:as\s+)?defined\s+(?:by|in)\s+(?:law|the\s+act|section)|in\s+law\b|under\s+the\s+(?:law|act)\b|for\s+the\s+purposes\s+of\s+(?:the\s+act|section))/i;
const theyLater = /\b(?:they|them|their)\b/i;

/**
 * The flagged words and the words around them in their sentence: up to 80 characters before (from the sentence's start)
 * and the rest of the sentence after. One home for what the around-checks read.
 */
export function wordsAround(context: FitContext, place: Place): { flagged: string; before: string; after: string } {
  const { text, tokens } = context;
  const sentenceStart = (tokens[0] as Token).start;
  return {
    flagged: text.slice(place.from, place.to),
    before: text.slice(Math.max(sentenceStart, place.from - 80), place.from),
    after: text.slice(place.to, (tokens.at(-1) as Token).end),
  };
}

/** Whether the words around the finding turn `suggestion` into something the writer did not say. */
export function turnedAround(context: FitContext, place: Place, suggestion: string): boolean {
  const { flagged, before, after } = wordsAround(context, place);
  if (reflexive.test(flagged) && /^\s+(?:and|or)\s/i.test(after) && !reflexive.test(suggestion)) return true;
  if (/\b(?:former|ex-)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(before) && childHead.test(suggestion)) return true;
  if (/\babus/i.test(suggestion) && legalFight.test(after)) return true;
  if (/\b(?:is|are|was|were|be|been)\s+$/i.test(before) && verbStart.test(suggestion)) {
    const next = sharedAfterOr.exec(after)?.[1];
    if (next !== undefined && !ownVerb.test(next) && !adverb.test(next)) return true;
  }
  if (/\bhostile$/i.test(flagged) && /^\s+to\s/i.test(after) && takesTo.test(suggestion)) return true;
  if (/^ways?\b/i.test(suggestion) && quantityOf.test(before)) return true;
  if (/^not\b/i.test(suggestion) && denialBefore.test(before)) return true;
  if (quotedWord.test(before.slice(-1) + flagged) && ownAccount.test(before)) return true;
  if (/^(?:during|after|following)\s/i.test(flagged) && !/^(?:during|after|following)\s/i.test(suggestion)) return true;
  if (/^disengaged$/i.test(flagged) && afterAdverb.test(before) && /^(?:had|has)\s+not\b/i.test(suggestion))
    return true;
  if (/^as\s/i.test(flagged) && criticisedAs.test(before)) return true;
  if (/\bpressured\b/i.test(suggestion) && reported.test(before)) return true;
  if (
    /placements?$/i.test(flagged) &&
    /\bhomes?\b/i.test(suggestion) &&
    (arrangementBefore.test(before) ||
      arrangementAfter.test(after) ||
      takenBefore.test(before) ||
      (howGoing.test(before) && /^\s+(?:is|was|were|are|has\s+been|had\s+been)\s+going\b/i.test(after)) ||
      (kindsNamed.test(after) && /\b(?:foster|children['’]s)\s+homes?\b/i.test(suggestion)))
  )
    return true;
  if (/^we$/i.test(suggestion)) {
    // "they" for the council after it ("If [the Local Authority] are involved … because they are worried"); not after
    // other people named between ("… your parents are still responsible for you but they …")
    const later = theyLater.exec(after);
    if (later !== null && !pluralBetween.test(after.slice(0, later.index))) return true;
  }
  // a term the sentence uses in its legal sense ("Mr B was not a care leaver in terms of the law"), or a status one
  // becomes ("When you reach 16 and become a care leaver"): a care-experienced person is not a legal status
  if (context.category === 'jargon' && legalSense.test(after)) return true;
  if (/^care-experienced\b/i.test(suggestion) && /\bbecom(?:e|es|ing)\s+an?\s+$/i.test(before)) return true;
  if (/^PLO$/.test(flagged) && /^pre-court\b/i.test(suggestion) && /\b\d+-week\s+$/i.test(before)) return true;
  return false;
}
