/**
 * Suggestions the words beside a term break, by the kinds the twenty-fifth reading sample found (fixes38,
 * fix-reading-37.yml), read with the other misfits after the words around them (around-words.ts); each kind was read
 * broken on every sample that has it, and the finding and its card stay:
 *
 * - a foster or children's home for a placement of another kind of place: "semi-independent accommodation
 *   placements", "a placement in a hostel"; any home for "accommodation placements"; and a home before "instability"
 *   ("placement instability" is moving between homes, not an unstable home);
 * - "family time" for contact that is touch or a look ("no physical contact", "his eyes avoiding any contact");
 * - "leaving care" after "entering and": the "care" the two verbs share goes ("age on entering and moving on");
 * - "moved" for a step down the verb before takes as a noun ("to enable step down to Early Help");
 * - a plural already named as an earlier item of the same list ("children's homes, foster parents, assessment
 *   centres" → not "children's homes, foster parents, children's homes", nor "…, homes");
 * - a suggestion whose last word the sentence says again straight after a preposition ("Child Looked After Reviews
 *   should normally be conducted at a meeting" → not "Review meetings … at a meeting");
 * - a deficit label that is the whole of a quotation ("the prevalence of ‘highly resistant’ families", "my ‘difficult’
 *   child", "A ‘School Refuser’"): the quotation marks hold the label up as someone's word, and the reframing inside
 *   them names a label nobody uses (every such fix on the samples was read broken; quoted.ts holds back quotations
 *   with a reporting or naming word); a victim-blaming term so held the same ("their ‘risky behaviour’", fixes38b);
 * - small letters inside a capitalised name ("Child Looked After Reviews" → not "Child in care Reviews", "Adoption
 *   Placement Report" → not "Adoption foster home Report"; the lead's ruling 3, fixes38b): a fix in a name's middle keeps
 *   the name's case or is held back; so too a name that runs on into the flagged words after "for" or "of" ("the APPG
 *   for Looked After Children" → not "the APPG for children in care", fixes39b), unless the fix can take the name's
 *   Title Case ("the APPG for Children in Care", fixes40: name-runs-on.ts, mend.ts);
 * - (fixes39, fix-reading-38.yml) "family time" or "time with your family" for contact the words just after already say
 *   is with the family ("What contact you will have with your family" → not "What family time you will have with your
 *   family"): the family said twice (not straight after: "continued family time with their birth family" read right).
 */
import type { Token } from '@casenote/rules';
import type { Place } from './place.ts';
import type { FitContext } from './slot.ts';
import { wordsAround } from './around.ts';
import { inTitleCase } from './heading.ts';
import { couldBeName, initialsOpenName, nameRunsOnBefore, takesNameCase } from './name-runs-on.ts';

// fixes38b (the lead's ruling 2, thirty-third session): a victim-blaming term held alone in quotation marks is someone's
// word as much as a deficit label is (its reframings inside such marks were read broken 8 times, right once)
const reframesLabel = (category: string | undefined): boolean =>
  category === 'deficit' || category === 'victim-blaming';
const wholeQuotationBefore = /(?:^|[^\p{L}\p{N}])[‘“'"]$/u;
const wholeQuotationAfter = /^[’”'"](?![\p{L}\p{N}])/u;
const otherKindOfPlace = /\b(?:accommodation|lodgings|semi-independent|supported\s+housing)\s+$/i;
const inAnotherPlace = /^\s+in\s+(?:an?|the)\s+(?:hostel|bed\s+and\s+breakfast|B&B|bedsit|flat)\b/i;
const withTheFamilyAfter =
  /^(?:\s+[\p{L}’'-]+){1,4}\s+with\s+(?:your|their|his|her|the|my|our)\s+(?:birth\s+)?family\b/iu;
const touchOrLook = /\b(?:physical|bodily|skin|eye)\s+$|\beyes\b[^.;,]{0,30}$/i;
const sharedCare = /\b(?:entering|enter|entered|coming\s+into|come\s+into|came\s+into)\s+and\s+$/i;
const takesANoun =
  /\b(?:enable|enables|enabled|enabling|imply|implies|implied|facilitate|facilitates|allow|allows)\s+$/i;

// a name's middle: Title Case words (small words between), with a capitalised word just before them and one just after,
// "of" or "for" between ("The [Designated Nurse] for Looked After Children"), and "and" before; not "and" after, which as
// often joins two names ("Children in care and Children in Need", "Children in care and Care Leavers Councils", read right),
// nor "in the" ("for Children in care in the Local Area")
// (one side only is as often a heading's or a list's capitals, where readers read small letters right: "for Children in
// care", "Raising a struggling Child")
const titleCase =
  /^\p{Lu}\p{Ll}[\p{L}’'-]*(?:\s+(?:(?:of|and|in|for|the|to|with|on|at|by)\s+)*\p{Lu}\p{Ll}[\p{L}’'-]*)*$/u;
const nameGoesOn = /^(?: (?:of|for|&))* \p{Lu}\p{Ll}/u;
const nameBefore = /(?:^|[\s(])\p{Lu}\p{Ll}[\p{L}’'-]*(?: (?:and|of|for|&))* $/u;
const smallWord = /^(?:of|and|in|for|the|to|with|on|at|by|a|an|or)$/;

/** Whether `suggestion` puts small letters in the middle of a capitalised name (the first word takes a sentence's capital). */
function lowersName(context: FitContext, place: Place, suggestion: string, before: string, after: string): boolean {
  // (initials opening a name: a short suggestion takes the name's Title Case in mend.ts, a longer one is held back)
  if (initialsOpenName(context, place.from, place.to))
    return smallLettersIn(suggestion) && !couldBeName(suggestion) && !sentenceInTitleCase(context);
  if (!titleCase.test(context.text.slice(place.from, place.to))) return false;
  const inside = nameGoesOn.test(after) && nameBefore.test(before);
  // (a short suggestion straight after "for" or "of" is offered in the name's Title Case instead: mend.ts, fixes40)
  if (
    !inside &&
    (!nameRunsOnBefore(context, place.from, before) || takesNameCase(context, place.from, before, suggestion))
  )
    return false;
  // (a headline or heading in title case is heading.ts's: "Siblings Work to Reunite Mentally disabled Family Members" was
  // read right)
  if (sentenceInTitleCase(context)) return false;
  const opens = place.from === (context.tokens[0] as Token).start;
  return suggestion
    .split(/\s+/)
    .some((word, at) => !(opens && at === 0) && /^\p{Ll}/u.test(word) && !smallWord.test(word));
}

const smallLettersIn = (suggestion: string): boolean =>
  suggestion.split(/\s+/).some((word) => /^\p{Ll}/u.test(word) && !smallWord.test(word));
const sentenceInTitleCase = (context: FitContext): boolean =>
  inTitleCase(context.text.slice((context.tokens[0] as Token).start, (context.tokens.at(-1) as Token).end));

/** Whether the words beside the finding break `suggestion` in one of the kinds above. */
export function brokenBesideTerm(context: FitContext, place: Place, suggestion: string): boolean {
  const { flagged, before, after } = wordsAround(context, place);
  // (the text itself after: a closing mark at the sentence's end lies past its last word)
  const closing = context.text.slice(place.to, place.to + 2);
  if (reframesLabel(context.category) && wholeQuotationBefore.test(before) && wholeQuotationAfter.test(closing))
    return true;
  if (lowersName(context, place, suggestion, before, after)) return true;
  if (/^placements?$/i.test(flagged) && /\bhomes?$/i.test(suggestion)) {
    if (/\baccommodation\s+$/i.test(before) || /^\s+instability\b/i.test(after)) return true;
    if (/\b(?:foster|children's|children’s)\b/i.test(suggestion))
      if (otherKindOfPlace.test(before) || inAnotherPlace.test(after)) return true;
  }
  if (/^contact$/i.test(flagged) && /\bfamily\s+time\b/i.test(suggestion) && touchOrLook.test(before)) return true;
  if (/^contact$/i.test(flagged) && /\bfamily\b/i.test(suggestion) && withTheFamilyAfter.test(after)) return true;
  if (/^leaving\s+care$/i.test(flagged) && !/\bcare\b/i.test(suggestion) && sharedCare.test(before)) return true;
  if (/^step\s+down$/i.test(flagged) && /^moved\b/i.test(suggestion) && takesANoun.test(before)) return true;
  // (read on the suggestion's last word: a plural is made after this reading)
  const stem = (suggestion.split(/\s+/).at(-1)?.toLowerCase() ?? '').replace(/s$/, '');
  if (!/^\p{Ll}{4,}$/u.test(stem)) return false;
  if (/s$/i.test(flagged) && earlierListItem(stem).test(before)) return true;
  return new RegExp(String.raw`^(?:\s+[\p{L}’'-]+){0,4}\s+(?:at|in)\s+(?:an?|the)\s+${stem}s?\b`, 'iu').test(after);
}

// an earlier item of the same list ending in the same plural: "… children's homes, foster parents, "
const earlierListItem = (stem: string): RegExp =>
  new RegExp(String.raw`\b${stem}s\s*,\s*(?:[^,.;:()]{1,40},\s*)*$`, 'iu');
