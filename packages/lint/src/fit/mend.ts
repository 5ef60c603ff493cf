/**
 * Fits mended where a suggestion's words meet the sentence's (fixes38, the twenty-fifth reading sample,
 * fix-reading-37.yml), so the fix reads right rather than going:
 *
 * - "has been selling sex" → "has been sexually exploited", not "has been being sexually exploited" (a progressive
 *   suggestion after the auxiliary "been" the fit kept);
 * - "from its child protection register" → "from its list of children at risk of harm", not "its council's list": a
 *   possessive before already says whose, so the council's possessive goes ("your children's home" stays);
 * - (fixes39, fix-reading-38.yml) a condition one has, not one one is having: "the man was suffering from paranoid
 *   schizophrenia" → "the man had paranoid schizophrenia", not "was having"; "parents are suffering with mental
 *   illness" → "parents have mental illness". Where the form of "be" stands outside the words replaced ("was clearly
 *   suffering from") it cannot be changed, and the fix is held back (undefined);
 * - (fixes40, the lead's answer to fixes39b) flagged words in Title Case that a capitalised name runs on into after "for"
 *   or "of": a short suggestion takes the name's Title Case ("the Designated Nurse for Children in Care", not "… for
 *   children in care"; name-runs-on.ts);
 * - (fixes40, fix-reading-39.yml) a condition's degree said just before the flagged words takes no article from the
 *   suggestion ("the mother's mild mental retardation" → "the mother's mild learning disability", not "mild a learning
 *   disability"; "born with profound a learning disability"), and a degree word just before takes no second one
 *   ("quite hysterical" → "quite distressed", not "quite very distressed"; "really very" and "so very" stay).
 */
import type { Token } from '@casenote/rules';
import type { Fitted } from './fit-suggestion.ts';
import type { FitContext } from './slot.ts';
import { couldBeName, initialsOpenName, inNameCase, takesNameCase } from './name-runs-on.ts';
import { degreeWords } from './word-classes.ts';

const beenBeing = /\bbeen being\s+(?=\p{Ll}+ly\s|\p{Ll}+(?:ed|en)\b)/u;
const possessiveBefore = /\b(?:its|their|his|your|my|our)\s+$/i;
// the body a suggestion names as owner ("council's list"); not "children's home" nor "school's safeguarding lead",
// where "your children's home" and "your school's …" read right
const ownPossessive = /^(?:council|court|local\s+authority)['’]s\s+(?=\p{L})/iu;
// "have" for a condition the flagged "suffer" named (any rule's: "suffers from", "suffering from schizophrenia") is a
// state: it takes no progressive
const progressiveHave = /^(am|is|are|was|were|(?:has|have|had) been)(\s+(?:\p{Ll}+ly\s+)?)having\b/iu;
const simpleHave: Record<string, string> = {
  am: 'have',
  is: 'has',
  are: 'have',
  was: 'had',
  were: 'had',
  'has been': 'has had',
  'have been': 'have had',
  'had been': 'had had',
};
// flagged words in a name's Title Case: "Looked After Children"
const titleCaseWords =
  /^\p{Lu}\p{Ll}[\p{L}’'-]*(?:\s+(?:(?:of|and|in|for|the|to|with|on|at|by)\s+)*\p{Lu}\p{Ll}[\p{L}’'-]*)*$/u;
// how much of a condition, just before the flagged words: "mild", "profound"
const conditionDegreeBefore = /\b(?:mild|moderate|severe|profound|significant|serious|slight)\s+$/i;
const wordBefore = /([\p{L}]+)\s+$/u;
const beJustBefore = /\b(?:am|is|are|was|were|been|being)\s+(?:\p{Ll}+ly\s+)?$/iu;

/** The fit with its words mended where they meet the sentence's, the fit itself, or undefined where none reads right. */
export function mended(context: FitContext, fit: Fitted): Fitted | undefined {
  let text = fit.text.replace(beenBeing, 'been ');
  const sentenceStart = (context.tokens[0] as Token).start;
  if (possessiveBefore.test(context.text.slice(sentenceStart, fit.from))) text = text.replace(ownPossessive, '');
  const flagged = context.text.slice(
    (context.tokens[context.start] as Token).start,
    (context.tokens[context.end - 1] as Token).end,
  );
  if (/\bsuffer(?:s|ed|ing)?\b/i.test(flagged)) {
    if (/^having\b/i.test(text) && beJustBefore.test(context.text.slice(sentenceStart, fit.from))) return undefined;
    text = text.replace(progressiveHave, (_, be: string, between: string) => {
      const simple = simpleHave[be.toLowerCase().replace(/\s+/g, ' ')] as string;
      // "is currently suffering from" → "currently has"
      const words = between.trim() === '' ? simple : `${between.trim()} ${simple}`;
      return /^\p{Lu}/u.test(be) ? words.charAt(0).toUpperCase() + words.slice(1) : words;
    });
  }
  const justBefore = context.text.slice(Math.max(sentenceStart, fit.from - 30), fit.from);
  if (conditionDegreeBefore.test(justBefore)) text = text.replace(/^an?\s+(?=\p{L})/u, '');
  const degree = wordBefore.exec(justBefore)?.[1]?.toLowerCase();
  if (degree !== undefined && degreeWords.has(degree) && !/^(?:really|so)$/.test(degree))
    text = text.replace(/^very\s+(?=\p{L})/u, '');
  const flaggedFrom = (context.tokens[context.start] as Token).start;
  const flaggedTo = (context.tokens[context.end - 1] as Token).end;
  const before = context.text.slice(Math.max(sentenceStart, flaggedFrom - 80), flaggedFrom);
  if (fit.from === flaggedFrom && titleCaseWords.test(flagged) && takesNameCase(context, flaggedFrom, before, text))
    text = inNameCase(text);
  // (initials opening a name: "the SEND Family Help Service" → "the Special Educational Needs and Disabilities …")
  if (
    fit.from === flaggedFrom &&
    fit.to === flaggedTo &&
    initialsOpenName(context, flaggedFrom, flaggedTo) &&
    couldBeName(text)
  )
    text = inNameCase(text);
  return text === fit.text ? fit : { ...fit, text };
}
