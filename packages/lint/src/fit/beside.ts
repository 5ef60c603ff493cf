/**
 * Suggestions the words just beside the flagged words show are the wrong kind (the twelfth reading sample,
 * fix-reading-24.yml), read after `suitsPlace` (place.ts) with the other misfits (misfits.ts):
 *
 * - "family time" where someone is "in (regular) contact with" someone: the idiom for keeping in touch, not a visit
 *   ("practitioners … who are in regular contact with a child");
 * - a verb that needs an object where the flagged verb has none ("the problem might never need to escalate to the
 *   MASH" → not "need to raise to the MASH");
 * - a suggestion that ends in "without saying where" or in a phrase with "with" before the same word in the sentence
 *   ("leaving without saying where from home", "ask for time with your family with your siblings");
 * - two describing words joined by "and" just after "and" ("violent and busy and unpredictable"), and "busy" before a word
 *   for a past ("a busy and unpredictable background", "childhoods");
 * - a foster home or a children's home for an adoption placement, for a placement in a sentence about adoption and not
 *   fostering ("adopters and children needing a placement"), or for a family placement ("evaluate the family
 *   placement"), where "home" is wrong too;
 * - a home for a person or an assessment ("assessed … as Regulation 24 carers" → not "as homes with a relative");
 * - custody for a child remanded to care, and care for one remanded to custody;
 * - (fix-reading-25.yml) a phrase of three or more words after a word of degree ("the 120,000 most families facing
 *   several difficulties", "less busy and unpredictable and confusing"); two describing words joined by "and" as one
 *   item of a list with commas ("resistant, upset and angry, non-compliant … parents"); "sexual abuse" after "a" or
 *   "an" and the words describing it ("having a 15 month long sexual abuse of a schoolgirl"); a suggestion that
 *   opens with "child" after "his", "her" or "their" where the flagged words did not ("sleeping with his child");
 * - the foster carer's social worker after a possessive ("my", "your", "their", "the carers'"): the carer's own
 *   social worker, whom the plain "social worker" names there (and only there);
 * - "in care" for a looked-after term after "previously" or "formerly" (fixes40b; the lead's answer 3 to fixes40):
 *   "previously looked-after children" is the law's name for children who left care through adoption, a special
 *   guardianship order or a child arrangements order, not children still in care ("previously children in care"), and
 *   no short wording keeps that meaning, so the fix is held back.
 */
import type { Token } from '@casenote/rules';
import type { Place } from './place.ts';
import type { FitContext } from './slot.ts';

const inContact = /\bin\s+(?:(?:regular|frequent|close|direct|daily|weekly|constant|good|some|little|no|more)\s+)?$/i;
const needsObject = /^(?:raise|raised|raising|raises|pass on|passed on|passing on|passes on)$/i;
const noObjectAfter = /^\s*(?:to|into|beyond|further|quickly|rapidly|$|[.,;:)])/i;
const busyPast = /^\s+(?:backgrounds?|childhoods?|pasts?|upbringings?)\b/i;
const adoptionWords = /\badopt(?:ion|ions|er|ers|ive|ed)\b/i;
const homeOfAKind = /^(?:foster homes?|children's homes?)$/i;
const homeSuggestion = /^homes?\b/i;
const personOrAssessment = /\b(?:carers?|persons?|people|assessments?|hosts?)$/i;
const degreeBefore = /\b(?:most|more|less|least|very|too)\s+$/i;
const articleBefore = /\ban?\s+(?:[\p{L}\d-]+\s+){0,3}$/iu;
const possessivePronounBefore = /\b(?:his|her|their)\s+$/i;
const possessiveBefore = /(?:\b(?:my|your|our|their|his|her)|\p{L}['’]s|\p{L}s['’])\s+$/iu;

/** Whether the words beside the flagged words show that `suggestion` is the wrong kind in their place. */
export function wrongBeside(context: FitContext, place: Place, suggestion: string): boolean {
  const { text, tokens } = context;
  const flagged = text.slice(place.from, place.to);
  const before = text.slice(Math.max(0, place.from - 40), place.from);
  const after = text.slice(place.to, place.to + 40);
  const nextWord = /^\s+([\p{L}'’-]+)/u.exec(after)?.[1]?.toLowerCase();
  if (/^family time$/i.test(suggestion) && /^contact$/i.test(flagged) && inContact.test(before) && nextWord === 'with')
    return true;
  if (needsObject.test(suggestion) && /^escalat/i.test(flagged) && noObjectAfter.test(after)) return true;
  if (/without saying where$/i.test(suggestion) && nextWord === 'from') return true;
  if (/\bwith\b/i.test(suggestion) && nextWord === 'with') return true;
  // (two describing words only: "speech and language therapist", "brothers and sisters" read right after "and")
  if (/^[a-z]+ and [a-z]*[^s\W]$/.test(suggestion) && /\band\s+$/i.test(before)) return true;
  if (/^busy\b/i.test(suggestion) && busyPast.test(after)) return true;
  if (degreeBefore.test(before) && /^\S+\s+\S+\s+\S+/.test(suggestion)) return true;
  if (/^[a-z]+ and [a-z]+$/.test(suggestion) && /,\s+$/.test(before) && /^,/.test(after)) return true;
  if (/^sexual abuse of\b/i.test(suggestion) && !/^an?\b/i.test(flagged) && articleBefore.test(before)) return true;
  if (/^child\b/i.test(suggestion) && !/\bchild/i.test(flagged) && possessivePronounBefore.test(before)) return true;
  if (homeOfAKind.test(suggestion) && /^placements?$/i.test(flagged)) {
    const sentence = text.slice((tokens[0] as Token).start, (tokens.at(-1) as Token).end);
    // (a sentence that also speaks of fostering may mean a foster home: "long-term placements … fostering for adoption")
    if (/\b(?:adoption|family)\s+$/i.test(before)) return true;
    if (adoptionWords.test(sentence) && !/\bfoster/i.test(sentence)) return true;
  }
  if (/^homes?$/i.test(suggestion) && /^placements?$/i.test(flagged) && /\b(?:family|adoption)\s+$/i.test(before))
    return true;
  if (homeSuggestion.test(suggestion) && personOrAssessment.test(flagged)) return true;
  if (/\bcustody\b/i.test(suggestion) && /\b(?:care|local authority)\b/i.test(flagged)) return true;
  if (/\bin care\b/i.test(suggestion) && /\bcustody\b/i.test(flagged)) return true;
  if (
    /\bin care\b/i.test(suggestion) &&
    /^looked[\s-]+after\b/i.test(flagged) &&
    /\b(?:previously|formerly)\s+$/i.test(before)
  )
    return true;
  if (/^supervising social workers?$|^fostering social workers?$|^SSWs?$/i.test(flagged)) {
    const owned = possessiveBefore.test(before);
    if (/foster carer's/.test(suggestion)) return owned;
    if (/^social workers?$/i.test(suggestion)) return !owned;
  }
  return false;
}
