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
 *   this mean?").
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
  return whatDoesItMean.test(text.slice(place.to, Math.min(text.length, sentenceEnd + 2)));
}
