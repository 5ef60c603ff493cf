/**
 * Where a reframing fix would change what the sentence says. A victim-blaming or deficit rule's suggestion is
 * not the same words in plainer English (as a jargon gloss is) but a different account: "bad" becomes
 * "struggling", "had consented to" becomes "had been coerced into". That reads right where the writer is
 * describing in their own words, and wrong (fix-reading-20.yml) where:
 *
 * - a negation comes just before ("they're not bad kids", "these are not bad kids"): the gentler word under
 *   "not" says the opposite of what is meant ("not struggling kids");
 * - someone's account of consent or of who began it, reported after "said", "told …", "claimed" and the like
 *   with no quotation marks ("The victim told the police she had consented to the intercourse", "She told
 *   officers … no one had instigated the sex"): the fix would change what they said happened (other reported
 *   words may take a fix: "Det Sgt … said the girl's parents found out she was sexually abused by the accused");
 * - a belief or view is reported as held (a noun: "belief", "misconception", "myth", "assumption", "perception"),
 *   with the flagged words inside it (no comma, colon or semicolon between): "a warped belief that they were
 *   consenting to what happened to them", "a mistaken belief they were simply making their own choices", "There's a
 *   misconception that ‘bad’ behaviours … mean they are naughty" (fix-reading-21.yml): the fix would change the
 *   belief into what the writer knows. The writer's own ("my belief that …") keeps its fix, and so does a verb of
 *   believing, which mostly reports a suspicion the writer shares ("Police believe Kai has been running drugs");
 * - a view of the person reported as others' just before ("the victims were often perceived to be hostile", "viewed
 *   as", "regarded as", "saw them as", "accused them of"; not "seen as" or "labelled as", whose fixes read right on
 *   the samples), and a conclusion people jump to ("people often jump to the conclusion that all children who offend
 *   come from dysfunctional families", fix-reading-23.yml);
 * - the fix makes a "them" that takes in the abuser the one abused ("… that led to them having sex", "videoed
 *   the two of them having sex"; not "sell them for sex", where "them" are the girls).
 *
 * - the flagged words sit in a view the sentence gives as someone else's (reported-view.ts: "regarded by police as",
 *   "a reputation as", "The judge said I was …", "They say …", "branded a …");
 * - a label (a `labelling` or `deficit-label` rule) inside a clause reported from a named third person ("Frank Field
 *   MP … said … anti-social families", "His mother does not accept that her son was a gang member"; fixes40b), but
 *   not the process's "alleged" ("Tania Griffiths, defending, said … the alleged victim had been …": an account; fixes41).
 *
 * The finding and its card stay; only the one-click fix is withheld. Reads the sentence's own words before the
 * flagged ones (within the text remembered.ts keys fits by).
 */
import type { Token } from '@casenote/rules';
import { inNamedReport, inReportedView, namedReportAfter } from './reported-view.ts';

/** Rules whose flagged words are a label given to someone (not an account of what happened): held back inside a named person's report. */
const labelFamilies = new Set(['labelling', 'deficit-label']);
/**
 * The process's words for what is not yet found ("the alleged victim", "allegedly abused"): said by counsel, the court
 * or the police they are an account of where the case stands, not a label (the lead's answer 2 to fixes40b), so they
 * keep their fix inside a named person's report, as accounts do.
 */
const processWords = new Set(['alleged', 'allegedly']);

/** A negation just before the flagged words, with at most an article or a word of degree between. */
const negatedBefore =
  /(?:\b(?:not|never|no|nor)|n['’]t)\s+(?:(?:a|an|the|so|that|really|very|such|all|just|at all)\s+)?$/i;

/** A verb that reports someone's words, in the past (a report, not an instruction: "Tell your social worker …"). */
const reportingVerb =
  /\b(?:said|told|stated|claimed|alleged|insisted|admitted|explained|maintained|denied|argued|accepted|asserted|suggested)\b/gi;

/** The writer's own report ("I told him he was …"): their words, which the fix may change. */
const writerBefore = /\b(?:i|we)\s+(?:\p{L}+ly\s+)?$/iu;

/** A word for a belief or view as a thing held; the flagged words after it, with no comma, colon or semicolon, are in it. */
const beliefWord =
  /\b(?:belief|beliefs|misconception|misconceptions|myth|myths|assumption|assumptions|perception|perceptions|notion|jump(?:s|ed|ing)? to (?:the )?conclusions?)\b/gi;
/** A view of the person reported as others' just before the flagged words: "the victims were often perceived to be [hostile]". */
// (also "the public saw them as bad and [uncontrollable]", "accused them of [putting themselves at risk]": the view
// or the charge is theirs, fix-reading-25.yml)
const perceivedBefore =
  /\b(?:(?:perceived|viewed|regarded)\s+(?:to be|as)|(?:saw|sees|see)\s+(?:them|him|her|us|children|young people)\s+as|accus(?:ed|es|ing)\s+(?:them|him|her|us|you)\s+of)\s+(?:(?:a|an|being)\s+)?(?:\p{L}+\s+and\s+)?$/iu;
/** The writer's own: "my belief that …", "our assumption". */
const ownBefore = /\b(?:my|our)\s+(?:\p{L}+\s+)?$/iu;

/** Two people, one of them the abuser, just before the flagged words. */
const pairBefore = /\b(?:the two of them|the pair|the couple|each other)\s+$/i;
/** "them" just before an act two do together ("led to them having sex"). */
const themBeforeMutual = /\bthem\s+$/i;
const mutualAct = /^(?:having|had|have|has)$/;
/** Flagged words that give an account of consent or of who began it. */
const consentWords = /^(?:consent|instigat|initiat)/;
const abuseWords = /\b(?:abused|exploited|raped|harmed)\b/i;

/** What the sentence shows of a reframing rule's flagged words, read once for all its suggestions. */
export interface Reframe {
  /** Under a negation, or an account of consent reported as someone's: no reframing fix. */
  withheld: boolean;
  /** A "them" that takes in the abuser comes just before: no fix that makes them abused. */
  pairBefore: boolean;
}

/** Reads the words before the flagged ones `tokens[start]` for a rule of `category` and `family` (jargon is never reframed). */
export function readReframe(
  text: string,
  tokens: readonly Token[],
  start: number,
  end: number,
  category?: string,
  family?: string,
): Reframe {
  if (category === undefined || category === 'jargon') return { withheld: false, pairBefore: false };
  const first = tokens[start] as Token;
  const sentenceStart = (tokens[0] as Token).start;
  const near = text.slice(Math.max(sentenceStart, first.start - 30), first.start);
  const after = text.slice((tokens[end - 1] as Token).end, sentenceEnd(text, tokens));
  let consent = false;
  for (let index = start; index < end && !consent; index++) consent = consentWords.test((tokens[index] as Token).lower);
  return {
    withheld:
      negatedBefore.test(near) ||
      perceivedBefore.test(near) ||
      (consent && reported(text.slice(sentenceStart, first.start))) ||
      believedBefore(text.slice(sentenceStart, first.start)) ||
      (labelFamilies.has(family ?? '') &&
        !processWords.has(first.lower) &&
        (inNamedReport(text.slice(sentenceStart, first.start)) || namedReportAfter(after))) ||
      inReportedView(text.slice(sentenceStart, first.start), after),
    pairBefore: pairBefore.test(near) || (mutualAct.test(first.lower) && themBeforeMutual.test(near)),
  };
}

/** Where the sentence the tokens come from ends (its last token, and a closing full stop or mark after it). */
function sentenceEnd(text: string, tokens: readonly Token[]): number {
  const last = tokens[tokens.length - 1] as Token;
  const close = /^\s*[.!?]?/.exec(text.slice(last.end)) as RegExpExecArray;
  return last.end + close[0].length;
}

/** Whether `before` (the sentence up to the flagged words) reports someone else's words. */
function reported(before: string): boolean {
  for (const match of before.matchAll(reportingVerb))
    if (!writerBefore.test(before.slice(Math.max(0, match.index - 20), match.index))) return true;
  return false;
}

/** Whether `before` (the sentence up to the flagged words) ends inside a belief or view it reports as held. */
function believedBefore(before: string): boolean {
  for (const match of before.matchAll(beliefWord)) {
    if (/[,;:]/.test(before.slice(match.index + match[0].length))) continue;
    if (!ownBefore.test(before.slice(Math.max(0, match.index - 20), match.index))) return true;
  }
  return false;
}

/** Whether a suggestion makes the one abused a "them" that takes in the abuser. */
export const abusesThePair = (reframe: Reframe, suggestion: string): boolean =>
  reframe.pairBefore && abuseWords.test(suggestion);
