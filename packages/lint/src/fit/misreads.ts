/**
 * Suggestions that the flagged words' own kind, or the words just beside them, show are wrong (the fourteenth
 * reading sample, fix-reading-26.yml, with the same shapes on earlier samples), read after `suitsPlace` (place.ts)
 * with the other misfits (misfits.ts):
 *
 * - a person for a practice, or a practice for a person: "inciting child prostitution" → not "inciting child who is
 *   being sexually exploited"; "engage with young prostitutes and offer them counselling" → not "engage with sexual
 *   exploitation of a child and offer them …";
 * - "presented as homeless" (came to the council as homeless) → not "seemed homeless" nor "looked homeless";
 * - "high functioning" → not "needs a lot of support with daily life", which says the opposite;
 * - a verb's past after its adverb where the flagged verb is its "-ing" after a preposition or "denied" ("convicted of
 *   having sex with a girl" → not "convicted of sexually abused a girl"; a verb alone is fitted: "for seducing girl"
 *   → "for grooming girl");
 * - a noun where the flagged word is a verb after "began to", "started to" and the like ("began to quarrel with her" →
 *   not "began to abusive incident"), and a mass noun after a word that counts ("many violent rows" → not "many
 *   violent abuse");
 * - "the …" after a describing word that takes no article after it ("retains full PR" → not "retains full the legal
 *   right …", "with shared the legal right …");
 * - two people joined by "and" before a singular verb ("the duo was" → not "the adult and the child was");
 * - the noun alone where a describing word and "and" come before ("resistant and uncooperative parents" → not
 *   "resistant and parents");
 * - a plain name for capitals before a document's or a post's name in capitals ("This is the PLO Letter", "the PLO
 *   Court Manager", "see RAG Rating Guide"): a name keeps its words;
 * - a term the sentence asks the meaning of ("Social services are asking for an Interim Supervision Order, what does
 *   this mean?");
 * and, from the fifteenth reading sample (fix-reading-27.yml) with the same shapes on earlier samples:
 * - a verb's past after "became" ("became argumentative" → not "became disagreed strongly"), "having …" after "with"
 *   ("children with challenging behaviour" → not "children with having trouble coping");
 * - "… by others" before "by" or "of" ("placed herself at risk by talking to …" → not "was placed at risk by others by
 *   talking to …");
 * - a suggestion that repeats the words after it ("leave to remain in the UK" → not "permission to stay in the UK in
 *   the UK"), an enquiry before "investigation" ("Section 47 investigation" → not "child protection enquiry
 *   investigation"), "young people" after "teenage" or "teenaged";
 * - "abuse" for "a row" after "during", "in", "after" or "when" ("stabbed her during a row over …"): one quarrel is not
 *   a mass of abuse ("an abusive incident" is still offered);
 * - a placement that is not a child's home: a student's ("on my placement"), an EHC plan's section I ("Section I
 *   (placement)"), a scheme's ("the mandatory placement scheme"); a foster or children's home for supported living,
 *   and a children's home where the sentence speaks of family and friends or their orders (special guardianship, child
 *   arrangements);
 * and, from the eighteenth (fix-reading-30.yml): the family court's supervision order for a youth court's or an
 * Education Supervision Order.
 */
import type { Token } from '@casenote/rules';
import type { Place } from './place.ts';
import type { FitContext } from './slot.ts';

const prepositionOrDenial =
  /\b(?:of|for|after|before|by|without|about|from|in|on|denied|denies|deny|denying|admitted|admits|admit|admitting)\s+$/i;
const beganTo =
  /\b(?:begin|begins|began|begun|beginning|start|starts|started|starting|continue|continues|continued|try|tries|tried|want|wants|wanted|going)\s+to\s+$/i;
const counts = /\b(?:many|several|few|numerous|multiple|countless|two|three|four|five|six|\d+)\s+(?:\p{L}+\s+)?$/iu;
const massSuggestion = /^(?:abuse|harm|neglect|exploitation|violence)$/i;
const takesNoArticleAfter = /\b(?:full|shared|joint|sole|equal|enhanced)\s+$/i;
const twoPeople = /^(?:the|a|an)\s+[\p{L}-]+\s+and\s+(?:the|a|an)\s+[\p{L}-]+$/iu;
const describingAndBefore = /\b\p{L}+(?:ant|ent|ive|ous|ful|ic|al|ble|less|ed)\s+(?:and|or)\s+$/iu;
const documentAfter =
  /^\s+(?:\p{Lu}[\p{Ll}-]+\s+){0,2}(?:Letters?|Guides?|Tool|Toolkit|Reports?|Manager|Roles|Audit|Forms?|Template|Protocol|Procedures?|Checklist|Specialist)\b/u;
const whatDoesItMean = /,?\s*what does (?:this|that|it) mean\?/i;

/** Whether the flagged words' own kind, or the words beside them, show that `suggestion` is wrong in their place. */
export function misreads(context: FitContext, place: Place, suggestion: string): boolean {
  const { text, tokens } = context;
  const flagged = text.slice(place.from, place.to);
  const before = text.slice(Math.max(0, place.from - 40), place.from);
  const after = text.slice(place.to, place.to + 40);
  if (/\bprostitution$/i.test(flagged) && /^(?:an?\s+)?child(?:ren)?\s+who\b/i.test(suggestion)) return true;
  if (/\bprostitutes?$/i.test(flagged) && /^sexual exploitation\b/i.test(suggestion)) return true;
  if (/^present(?:ed|s|ing)?(?:\s+as)?$/i.test(flagged) && /^(?:\s+as)?\s+homeless\b/i.test(after)) return true;
  if (/^high[- ]functioning$/i.test(flagged) && /\ba lot of support\b/i.test(suggestion)) return true;
  if (/^\p{L}+ing\b/iu.test(flagged) && /^\p{L}+ly\s+\p{L}+ed\b/u.test(suggestion) && prepositionOrDenial.test(before))
    return true;
  if (!/\s/.test(flagged) && !/s$/i.test(flagged) && beganTo.test(before) && /^abus/i.test(suggestion)) return true;
  if (massSuggestion.test(suggestion) && counts.test(before)) return true;
  if (/^the\s/i.test(suggestion) && takesNoArticleAfter.test(before)) return true;
  if (twoPeople.test(suggestion) && /^\s+(?:is|was|has|does)\b/i.test(after)) return true;
  if (
    /\s/.test(flagged) &&
    suggestion.toLowerCase() === flagged.slice(flagged.lastIndexOf(' ') + 1).toLowerCase() &&
    describingAndBefore.test(before)
  )
    return true;
  if (/^\p{Lu}/u.test(flagged) && /^\p{Ll}/u.test(suggestion) && documentAfter.test(after)) return true;
  const sentenceEnd = (tokens.at(-1) as Token).end;
  if (whatDoesItMean.test(text.slice(place.to, Math.min(text.length, sentenceEnd + 2)))) return true;
  const sentence = text.slice((tokens[0] as Token).start, sentenceEnd);
  // a glossary's headword ("NEET - Young people prefer: …"): the entry is about the term itself
  if (/^\p{Lu}{2,6}s?$/u.test(flagged) && place.from === (tokens[0] as Token).start && /^\s+[-–—:]\s/u.test(after))
    return true;
  return (
    slips(flagged, before, after, suggestion) ||
    notAHome(sentence, flagged, before, after, suggestion) ||
    notTheFamilyCourts(sentence, flagged, before, suggestion) ||
    namesAnother(flagged, before, after, suggestion)
  );
}

/** "NEET is a 'silly term'", "LAC is an outdated label": the words are named as words, and plain words lose that. */
const namedAsAWord =
  /^\s+(?:is|was|are|were)\s+(?:an?\s+|the\s+)?['"“‘]?\s*(?:[\p{L}-]+\s+){0,2}(?:term|terms|word|words|phrase|label|labels|acronym|abbreviation)\b/iu;
const stabilityOf = /\b(?:stability|instability)\s+of\s+(?:(?:the|their|its)\s+)?$/i;
const breakdownOf =
  /\b(?:breakdown|break-up|disruption|collapse|end)\s+of\s+(?:(?:the|a|an|this|that|their|her|his|its)\s+)?$/i;
// (not "foster placement breakdown (41 per cent)": "foster home breakdown" was read right on seed 21)
const breaksDown = /^\s+(?:(?:had|has|have)\s+)?(?:broke|breaks|break|breaking|broken)\s+down\b/i;
const sectionOfAnAct = /^\s+of\s+(?:the\s+)?[\p{L}\s,&()]{0,60}?\bAct\b/iu;

/**
 * The nineteenth reading sample (fix-reading-31.yml): an acronym joined by a hyphen to a code ("LA-A61": an
 * identifier, not the council); a foster carer's social worker for a social worker in private fostering ("a dedicated
 * private fostering social worker"); homes for placements whose stability is studied ("the stability of residential
 * placements": children staying, not the homes' own stability, as "placement breakdown" is no home breaking down);
 * "the law" for a section of an Act the sentence names ("Under section 31 of the children act 1989" → not "Under the
 * law of the children act"); exploitation "entered into" ("upon entering into prostitution" → not "upon entering into
 * sexual exploitation", which a child never enters); a present "who are being …" after "rescued" or "former"; words
 * named as words ("saying NEET is a \"silly term\"").
 */
function namesAnother(flagged: string, before: string, after: string, suggestion: string): boolean {
  if (/^\p{Lu}{2,6}$/u.test(flagged) && /^-[\p{L}\p{N}]*\p{N}/u.test(after)) return true;
  if (/\bprivate\s+$/i.test(before) && /\bfoster carer/i.test(suggestion)) return true;
  if (/^(?:residential\s+)?placements?$/i.test(flagged) && /\bhomes?$/i.test(suggestion) && stabilityOf.test(before))
    return true;
  // "the breakdown of the foster placement" → not "of the foster home" nor "of the foster family": a placement that
  // breaks down is a child's stay ending, not a home or family breaking up (fix-reading-32.yml; seeds 14, 15, 22)
  if (/\bplacements?$/i.test(flagged) && /\b(?:homes?|famil(?:y|ies))$/i.test(suggestion)) {
    if (breakdownOf.test(before) || breaksDown.test(after)) return true;
  }
  if (suggestion === 'the law' && sectionOfAnAct.test(after)) return true;
  if (/\b(?:rescued|former)\s+$/i.test(before) && /\bwho (?:is|are) being\b/i.test(suggestion)) return true;
  if (namedAsAWord.test(after)) return true;
  return (
    /^sexual exploitation\b/i.test(suggestion) && /\b(?:enter|enters|entered|entering)\s+(?:into\s+)?$/i.test(before)
  );
}

const crimeWords =
  /\b(?:offend\w*|offences?|burglar\w*|charges|charged|convicted|convictions?|sentenc\w*|youth court|criminal)\b/i;

/**
 * The family court's supervision order offered for another one: a youth court's sentence ("to help a young person …
 * stop offending", "burglary charges committed while he was subject to a supervision order") or an Education
 * Supervision Order (fix-reading-30.yml).
 */
function notTheFamilyCourts(sentence: string, flagged: string, before: string, suggestion: string): boolean {
  if (!/^supervision orders?$/i.test(flagged) || !/\bcouncil\b/i.test(suggestion)) return false;
  return /\beducation\s+$/i.test(before) || crimeWords.test(sentence);
}

const became = /\b(?:became|become|becomes|becoming)\s+$/i;
const enquiryNouns = /^\s+(?:investigations?|enquiry|enquiries|inquiry|inquiries)\b/i;
const smallWords = new Set('a an the of to in on for and or with by at as is are was were be'.split(' '));
const wordsIn = (words: string): string[] => words.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? [];

/** A suggestion the words just beside it show is a slip of grammar or a repeat. */
function slips(flagged: string, before: string, after: string, suggestion: string): boolean {
  if (became.test(before) && /^\p{L}+ed\b/u.test(suggestion) && !/ed$/i.test(flagged)) return true;
  if (/^having\b/i.test(suggestion) && /\bwith\s+$/i.test(before)) return true;
  if (/\bby others$/i.test(suggestion) && /^\s+(?:by|of)\b/i.test(after)) return true;
  if (/\b(?:enquiry|investigation)$/i.test(suggestion) && enquiryNouns.test(after)) return true;
  if (/^young\b/i.test(suggestion) && /\b(?:teenage|teenaged|teen|young)\s+$/i.test(before)) return true;
  // "permission to stay [in the UK] in the UK": the suggestion's last words are the words after it
  const own = wordsIn(suggestion);
  const following = wordsIn(after);
  for (let length = 2; length <= Math.min(4, own.length - 1); length++) {
    const tail = own.slice(-length);
    if (tail.every((word, at) => word === following[at]) && tail.some((word) => !smallWords.has(word))) return true;
  }
  // "during a row over …" → not "during abuse over …": one quarrel is no mass of abuse
  if (suggestion === 'abuse' && quarrelTime.test(before)) return true;
  return false;
}

const quarrelTime = /\b(?:during|in|after|when|before|following|amid|amidst|into)\s+an?\s+$/i;

const placedArrive = /^\s+(?:arrives?|arrived|arriving|when they arrive|who arrive)\b/i;
const studentOn = /\bon\s+(?:my|his|her|their|your|our|a|an)\s+$/i;
const ehcpSection = /\b(?:Section\s+)?I\s*\(\s*$/;
const familyAndFriends =
  /\b(?:special guardian(?:ship)?|child arrangements? orders?|family and friends|kinship|connected persons?)\b/i;

/** A home offered for a placement the words beside it show is not a child's home. */
function notAHome(sentence: string, flagged: string, before: string, after: string, suggestion: string): boolean {
  if (!/^placements?$/i.test(flagged) || !/\bhomes?$/i.test(suggestion)) return false;
  if (studentOn.test(before) || ehcpSection.test(before) || /^\s+schemes?\b/i.test(after)) return true;
  // the children placed with a carer ("we read it with new placements", "When your new placement arrives";
  // fix-reading-31.yml): no home arrives, nor is read to
  if (/\bnew\s+$/i.test(before) && (/\b(?:with|show|meet|welcome)\s+new\s+$/i.test(before) || placedArrive.test(after)))
    return true;
  if (/\b(?:foster|children's)\b/i.test(suggestion) && /\bsupported living\s+$/i.test(before)) return true;
  return /^children's\b/i.test(suggestion) && familyAndFriends.test(sentence);
}

/** "mentally", "socially": a word that says in what way, and goes with the describing word after it. */
const domainBefore =
  /\b(?:mentally|socially|emotionally|physically|intellectually|developmentally|educationally|behaviourally|psychologically)\s+$/i;
const postWordBefore = /\b(?:deputy|assistant|acting|interim)\s+$/i;
const degreeBefore =
  /\b(?:very|so|too|extremely|quite|really|rather|fairly|highly|overly|increasingly|particularly)\s+$/i;

/**
 * Whether a fit's words, as they would stand, are a slip the words before them show (the eighteenth reading sample,
 * fix-reading-30.yml, with the same shapes on earlier samples): a verb group fitted as "being …" after "as" ("used as
 * drug runners" → not "used as being a child exploited to carry drugs"); a degree word left before a noun when the describing word it
 * went with is taken away ("some very difficult behaviours" → not "some very behaviour"); "the …" after a post's word
 * ("(deputy DSL)" → not "(deputy the Designated Safeguarding Lead)"); a verb group after "become" ("had become
 * infatuated with" → not "had become had been groomed to feel attached to"); one person's "families" ("from your
 * birth parents" → not "from your families"; "their families" reads right); a finite verb after an "-ly" word ("mentally
 * retarded" → not "mentally had a learning disability"); any fix after "socially" ("socially distressed behaviour"); a passive "be sexually abused by" after "to" ("agreed to be sexually abused by"; "lured … to be exploited by drug
 * dealers" was read right); "abusive …" after "verbal", "minor", "drunken"; any fix after "finding it"; an adult after "eligible" or "relevant" (fix-reading-32.yml).
 */
export function slipsBefore(
  context: FitContext,
  suggestion: string,
  fitted: { from: number; to: number; text: string },
): boolean {
  const { text } = context;
  const before = text.slice(Math.max(0, fitted.from - 24), fitted.from);
  // a verb group fitted as "being …" ("is a child exploited to carry drugs"); a suggestion that is "being …" itself
  // ("being exploited" for "complicit": "seen as being exploited") is the rule's own
  if (/^being\b/i.test(fitted.text) && !/^being\b/i.test(suggestion) && /\bas\s+$/i.test(before)) return true;
  if (/^the\b/i.test(fitted.text) && postWordBefore.test(before)) return true;
  if (/^(?:has|had|have|was|were|is|are|been|being)\b/i.test(fitted.text) && became.test(before)) return true;
  if (/^families$/i.test(fitted.text) && /\b(?:your|his|her|my)\s+$/i.test(before)) return true;
  // "Clearly mentally retarded" → not "Clearly mentally had a learning disability": a finite verb after the "-ly" word
  // that went with the describing word it replaces (fix-reading-32.yml)
  if (/^(?:has|had|have|was|were|is|are)\b/i.test(fitted.text) && domainBefore.test(before)) return true;
  // "agreed to have sex with him" → not "agreed to be sexually abused by him", "sneaked out to …": the passive after "to"
  // makes the abuse what the child wanted, agreed to or went out for (every such fix on the reading samples, seeds 13-32)
  const abusedBy = /^(?:to\s+)?be\s+sexually\s+abused\s+by$/i.exec(fitted.text);
  if (abusedBy && (/^to\b/i.test(fitted.text) || /\bto\s+$/i.test(before))) return true;
  // "a drunken row" → not "a drunken abusive incident": the fix brings its own describing word (seeds 13-32: every one
  // after "verbal", "minor" or "drunken" read broken; after "violent" readers split, seed 26 read "many violent abusive
  // incidents" right)
  if (/^abusive\b/i.test(fitted.text) && /\b(?:verbal|minor|drunken)\s+$/i.test(before)) return true;
  // "finding it difficult to look after you" → not "finding it struggling you": the difficulty is the adults'
  if (/\b(?:find|finds|found|finding)\s+it\s+$/i.test(before)) return true;
  // "an Eligible care leaver" → not "an Eligible care-experienced adult": eligible and relevant young people are 16 or 17
  if (
    /\badults?$/i.test(fitted.text) &&
    /\b(?:eligible|relevant)\s+$/i.test(before) &&
    !/\bformer\s+\S+\s+$/i.test(before)
  )
    return true;
  // "socially unacceptable behaviour" → not "socially distressed behaviour": "socially" goes with a verdict on conduct
  if (/\bsocially\s+$/i.test(before)) return true;
  if (!degreeBefore.test(before)) return false;
  const flagged = wordsIn(text.slice(fitted.from, fitted.to));
  const first = wordsIn(fitted.text)[0];
  const same = (word: string): boolean => word === first || word === `${first}s` || `${word}s` === first;
  return first !== undefined && flagged.findIndex(same) > 0;
}

/**
 * Whether a fit keeps its "my" ("my plan", "my review") in a sentence where no one speaks in the first person: the
 * words are the child's own, and read broken in a professional's, a parent's or a court's sentence ("The local
 * authority filed my plans", "his most recent my review"; every such fix on the reading samples, seeds 13-27).
 */
export function speaksForNoOne(context: FitContext, fitted: string): boolean {
  if (!/^my\b/i.test(fitted)) return false;
  const { text, tokens } = context;
  const sentence = text.slice((tokens[0] as Token).start, (tokens.at(-1) as Token).end);
  return !/\b(?:I|I'm|I’m|I've|I’ve|me|my|My|mine|myself)\b/.test(sentence);
}
