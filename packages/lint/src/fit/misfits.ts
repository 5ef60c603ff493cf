/**
 * Suggestions the sentence's words show are the wrong kind, read after `suitsPlace` (place.ts):
 *
 * - a threshold beside a court, an order, proceedings or significant harm is the legal test, not a level of need
 *   ("For a court to make a supervision order, the threshold criteria must be met"; senses.ts `legalTest`);
 * - a suggestion that names the reader's reviews, plan or future ("the person who chairs your reviews") where the
 *   sentence speaks to a parent of "your child", "your son" or "your daughter": the "you" is not the child;
 * - "foster carer's" after a possessive ("our Supervising Social Worker" in foster carers' own account): their own
 *   social worker, not their foster carer's (beside.ts);
 * - one parent ("Mum", "Dad") for two ("the parental responsibility remains with the birth parents");
 * - a foster home "registered with Ofsted": a placement that is registered is a home or a provider, not a foster home;
 * - any fix for capitals that are one word of a name or heading in capitals ("SALT LAKE CITY, Utah");
 * - what the words just beside the flagged words show (beside.ts);
 * - what the flagged words' own kind or the words beside them show (misreads.ts), and what the words beside show
 *   would not read in their place (misplaced.ts);
 * - the child named before made the abuser ("took the girl out … and having sex with her"; roles.ts);
 * - what the words around turn the suggestion into ("with whom he was sexually abused"; turned.ts, around.ts);
 * - a fix inside a heading or a label line that does not fit there (heading.ts);
 * - what the words around break or turn, by more kinds (around-words.ts);
 * - a suggestion with no verb for flagged words that open with one ("become looked after" → not "in care"), or with no
 *   negative for the rule's verb made negative ("unallocated" → not "given"; kept-verb.ts).
 */
import type { Token } from '@casenote/rules';
import { wrongBeside } from './beside.ts';
import { misplaced } from './misplaced.ts';
import { misreads } from './misreads.ts';
import type { Place } from './place.ts';
import { makesChildTheAbuser } from './roles.ts';
import type { FitContext } from './slot.ts';
import { turned } from './turned.ts';
import { turnedAround } from './around.ts';
import { heldInHeading } from './heading.ts';
import { brokenByWordsAround } from './around-words.ts';
import { brokenBesideTerm } from './beside-terms.ts';
import { losesItsNegative, losesItsVerb } from './kept-verb.ts';

// the child's own: "the person who chairs your reviews", "plan for your future"
const childsOwn = /\byour (?:reviews?|future|plan)\b/i;
const yourChild =
  /\byour\s+(?:child|children|child\(ren\)|son|sons|daughter|daughters|baby|babies|grandchild|grandchildren)\b/i;
const oneParent = /^(?:mum|dad|mother|father)$/i;
const capitalsWord = /^\p{Lu}{4,}$/u;

/** Whether the sentence's words show that `suggestion` is the wrong kind in the finding's place. */
export function misfits(context: FitContext, place: Place, suggestion: string): boolean {
  if (place.senses.legalTest && /\bneed\b/.test(suggestion)) return true;
  const { text, tokens, start, end } = context;
  if (childsOwn.test(suggestion)) {
    const sentence = text.slice((tokens[0] as Token).start, (tokens.at(-1) as Token).end);
    if (yourChild.test(sentence)) return true;
  }
  if (place.pluralNoun && oneParent.test(suggestion)) return true;
  if (
    /\bfoster\b/.test(suggestion) &&
    /^\s+(?:is|are|was|were)\s+registered\b/.test(text.slice(place.to, place.to + 20))
  )
    return true;
  if (wrongBeside(context, place, suggestion)) return true;
  if (misreads(context, place, suggestion) || misplaced(context, place, suggestion)) return true;
  if (makesChildTheAbuser(context, place, suggestion) || turned(context, place, suggestion)) return true;
  if (turnedAround(context, place, suggestion) || heldInHeading(context, place, suggestion)) return true;
  if (brokenByWordsAround(context, place, suggestion) || brokenBesideTerm(context, place, suggestion)) return true;
  if (losesItsVerb(context, suggestion) || losesItsNegative(context, suggestion)) return true;
  const acronym = text.slice(place.from, place.to);
  if (/^\p{Lu}{2,6}s?$/u.test(acronym)) {
    const before = start > 0 ? (tokens[start - 1] as Token) : undefined;
    const after = tokens[end];
    // joined by a space only ("SALT LAKE"; not "SENCO, LEA" nor "ADHD/ASD")
    const spaced = (left: Token, right: Token): boolean => /^ +$/.test(text.slice(left.end, right.start));
    if (before && capitalsWord.test(before.exact) && spaced(before, tokens[start] as Token)) return true;
    if (after && capitalsWord.test(after.exact) && spaced(tokens[end - 1] as Token, after)) return true;
  }
  return false;
}
