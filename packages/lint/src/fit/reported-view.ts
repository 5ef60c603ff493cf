/**
 * Someone else's view reported (fixes37; the lead's ruling, thirty-first session): a reframing rule's flagged words
 * inside a view the sentence gives as another person's are that person's word, not the writer's. Turning them
 * ("a reputation as a difficult young person" → "… a struggling young person", "The judge said I was a violent
 * out-of-control child" → "… a violent struggling child") changes what that person said or thought, so the
 * one-click fix is held back there; the finding and its card stay. Each shape is narrow, because reported words
 * often do take a fix on the samples ("Mr Woodhead said teachers were having to deal … with disruptive pupils",
 * "labelled as a troublemaker by staff", "Det Sgt … said the girl … had sex with the accused"):
 *
 * - a view held "by" someone: "regarded by police as hysterical time wasters", "viewed by staff as" (reframe.ts
 *   reads the bare "regarded as");
 * - a reputation: "a reputation as a difficult young person", "a reputation for being lazy";
 * - a label someone else gave the writer or the writer's family: "The judge said I was …", "Many told Mother … that I
 *   was …", "this made people think I was …", "they said we were bad parents" (not the writer's own "I think she's
 *   …": reframe.ts's `writerBefore`);
 * - a label given by name-calling: "branded a naughty kid", "They called my son a sex offender" (not "labelled as",
 *   whose fixes read right on the samples);
 * - what people in general say or think: "They say children are out … and they are bad", "they seem to think that
 *   most children in care will be bad";
 * - a verdict given after a colon or "that": "we got the verdict: Eddie would get more and more unmanageable";
 * - a call to "crack down on" people ("the need to crack down on disruptive children"): the speaker's stance;
 * - a sentence that ends by saying it was claimed (", teachers have claimed.", ", it was claimed yesterday.").
 */

/** Within the sentence before the flagged words: the view is held by someone named after "by". */
const heldByBefore =
  /\b(?:perceived|viewed|regarded|considered|seen)\s+by\s+(?:[\p{L}'’-]+\s+){1,4}(?:to be|as)\s+(?:(?:a|an|being|very|so)\s+)?(?:\p{L}+\s+and\s+)?$/iu;

/** A reputation just before: "a reputation as a difficult …", "a reputation for being …". */
const reputationBefore = /\breputation\s+(?:as|for being|for)\s+(?:(?:a|an|the|very|so|quite)\s+)?(?:\p{L}+\s+)?$/iu;

/** A report or a thought, with its verb: who holds it is read from the words just before the verb. */
const viewVerb =
  /\b(?:said|says|say|told|tell|tells|claimed|claims|think|thinks|thought|believed|believe|decided|called|call)\b/gi;
/** The writer (or their family, "we") as the one the label is given to, just before the flagged words. */
const writerLabelledBefore =
  /\b(?:i|we)\s+(?:was|were|am|are|['’]m|['’]re)\s+(?:(?:a|an|such|so|very|really|the|just)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
/** The writer as the one who says or thinks it: "I think", "we said", "I told her". */
const writerVerbBefore = /\b(?:i|we)\s+(?:\p{L}+ly\s+|(?:do|did|still|really|always)\s+)?$/iu;

/** A label given by calling someone a name: "branded a …", "called my son a …". */
const nameCallingBefore =
  /\b(?:branded|branding|brands|dubbed)\s+(?:(?:him|her|them|me|us|my\s+\p{L}+|his\s+\p{L}+)\s+)?(?:as\s+)?(?:(?:a|an)\s+)?(?:[\p{L}-]+\s+){0,2}$|\bcall(?:ed|s|ing)?\s+(?:him|her|them|me|us|my\s+\p{L}+|his\s+\p{L}+|her\s+\p{L}+)\s+(?:a|an)\s+(?:[\p{L}-]+\s+)?$/iu;

/** People in general as the ones who say or think it, at the sentence's (or a clause's) start. */
const peopleSayBefore =
  /(?:^|[,;:]\s*)(?:they|people|some people|many people|others)\s+(?:often\s+|still\s+|always\s+)?(?:say|think|seem\s+to\s+think|assume|believe)\b/i;

/** A verdict given just before, after a colon or "that". */
const verdictBefore = /\b(?:the|a|their|his|her)\s+verdict\s*(?::|was\s+that|that)\s+[^.;]*$/i;

/** A call to crack down on someone, with the flagged words inside it. */
const crackDownBefore = /\bcrack(?:s|ed|ing)?\s+down\s+on\b[^,;:.]*$/i;

/** The sentence ends by saying it was claimed: ", teachers have claimed.", ", it was claimed yesterday." */
const claimedAtEnd = /,\s*(?:[\p{L}'’-]+\s+){1,5}claimed(?:\s+(?:yesterday|today|last\s+\p{L}+))?\s*[.!]?\s*$/iu;

// The words each long pattern above needs, tested first: those patterns are case-insensitive with Unicode letter classes,
// costly to compile on a page's first lint and to run at every place in the words before each finding, and most
// sentences have none of their words. Each is the start of its patterns (or, for `claimedAtEnd`, its verb), with the
// same flags, so it matches wherever they do.
const viewWordBefore =
  /\b(?:perceived|viewed|regarded|considered|seen|reputation|branded|branding|brands|dubbed|call|called|calls|calling)\s/iu;
const claimedAfter = /\sclaimed/iu;
const writerIsBefore = /\b(?:i|we)\s+(?:was|were|am|are|['’]m|['’]re)\s/iu;
/** Each start-word test with the patterns it stands before, for the test that it matches wherever they do (start-word-tests.test.ts). */
export const viewStartWordTests = [
  { start: viewWordBefore, patterns: [heldByBefore, reputationBefore, nameCallingBefore] },
  { start: claimedAfter, patterns: [claimedAtEnd] },
  { start: writerIsBefore, patterns: [writerLabelledBefore] },
] as const;

/** Whether the flagged words (with `before` the sentence up to them and `after` the rest) sit in someone else's view. */
export function inReportedView(before: string, after: string): boolean {
  if (
    viewWordBefore.test(before) &&
    (heldByBefore.test(before) || reputationBefore.test(before) || nameCallingBefore.test(before))
  )
    return true;
  if (verdictBefore.test(before) || crackDownBefore.test(before)) return true;
  if (claimedAfter.test(after) && claimedAtEnd.test(after)) return true;
  if (peopleSayBefore.test(before)) return true;
  if (writerIsBefore.test(before) && writerLabelledBefore.test(before))
    for (const match of before.matchAll(viewVerb))
      if (!writerVerbBefore.test(before.slice(Math.max(0, match.index - 24), match.index))) return true;
  return false;
}
