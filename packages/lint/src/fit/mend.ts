/**
 * Fits mended where a suggestion's words meet the sentence's (fixes38, the twenty-fifth reading sample,
 * fix-reading-37.yml), so the fix reads right rather than going:
 *
 * - "has been selling sex" → "has been sexually exploited", not "has been being sexually exploited" (a progressive
 *   suggestion after the auxiliary "been" the fit kept);
 * - "from its child protection register" → "from its list of children at risk of harm", not "its council's list": a
 *   possessive before already says whose, so the council's possessive goes ("your children's home" stays).
 */
import type { Token } from '@casenote/rules';
import type { Fitted } from './fit-suggestion.ts';
import type { FitContext } from './slot.ts';

const beenBeing = /\bbeen being\s+(?=\p{Ll}+ly\s|\p{Ll}+(?:ed|en)\b)/u;
const possessiveBefore = /\b(?:its|their|his|your|my|our)\s+$/i;
// the body a suggestion names as owner ("council's list"); not "children's home" nor "school's safeguarding lead",
// where "your children's home" and "your school's …" read right
const ownPossessive = /^(?:council|court|local\s+authority)['’]s\s+(?=\p{L})/iu;

/** The fit with its words mended where they meet the sentence's, or the fit itself. */
export function mended(context: FitContext, fit: Fitted): Fitted {
  let text = fit.text.replace(beenBeing, 'been ');
  const sentenceStart = (context.tokens[0] as Token).start;
  if (possessiveBefore.test(context.text.slice(sentenceStart, fit.from))) text = text.replace(ownPossessive, '');
  return text === fit.text ? fit : { ...fit, text };
}
