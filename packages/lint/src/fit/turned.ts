/**
 * Suggestions the words around them turn into something else (the twenty-first reading sample, fix-reading-33.yml),
 * read after `suitsPlace` (place.ts) with the other misfits (misfits.ts); the finding and its card stay:
 *
 * - the abuser made the abused: "the girl with whom he was having sex" → not "with whom he was sexually abused";
 * - the child made the abuser: "a worldly 15-year-old … seduces her teacher" → not "grooms her teacher";
 * - a person put before a noun: "Troubled Stepkids" → not "a child who is struggling Stepkids";
 * - a view the sentence reports as wrong, turned the other way: "police dismissed the girls as complicit in their own
 *   abuse" → not "dismissed the girls as being exploited";
 * - "moved" for a service "stepped up" or "down" only where a child, a family or their case, plan or support is what
 *   was (a subject condition, the lead's ruling of the twenty-eighth session): not "patrols … have been moved";
 * - exploitation a child turns to: "resort to prostitution" → not "resort to sexual exploitation" (as "entering into",
 *   misreads.ts);
 * - the words after said again: "selling herself for sex" → not "being sexually exploited for sex"; a verb's "with" left
 *   behind ("disengaged with the work" → not "had not taken up the help offered with the work");
 * - "in care" where the sentence says "not in care" ("is a looked-after child but is not in care");
 * - a child called a placement ("he was a foster placement that we adopted") made a home or a family;
 * - words after "or" or "and" that shared the flagged words: a preposition ("a risk to yourself or to others" → not
 *   "at risk of harm or to others") or a describing word ("an EHC assessment or plan" → not "an assessment for extra
 *   help at school or plan");
 * - a form's or a document's own quoted name said again ("our 'Your Views' review consultation documents" → not
 *   "review forms to share your views").
 */
import type { Token } from '@casenote/rules';
import type { Place } from './place.ts';
import type { FitContext } from './slot.ts';

const withWhom = /\bwith\s+whom\s+(?:[\p{L}'’-]+\s+){1,3}$/iu;
// a child as the one doing it: "a 15-year-old lesbian seduces", "the girl who seduced" (not "the girl he seduced")
const childDoing =
  /\b(?:\d{1,2}-year-old|girl|boy|pupil|schoolgirl|schoolboy|teenager|teen)s?(?:\s+(?!(?:he|she|they|who|that|was|were|is|are|had|has|been)\b)\p{Ll}[\p{L}-]*)?(?:\s+(?:who|that))?\s+$/iu;
const dismissedAs =
  /\b(?:dismiss(?:ed|es|ing)?|wr(?:ote|itten|ites|iting)\s+off|brush(?:ed|es|ing)?\s+off)\s+(?:[\p{L}'’-]+\s+){0,3}as\s+$/iu;
const turnTo = /\b(?:resort|resorts|resorted|resorting|turn|turns|turned|turning)\s+to\s+$/i;
const beVerb = /^(?:am|is|are|was|were|be|been|being)\b/i;
// who or what a service steps up or down: a child or a family (a name or a pronoun), or their case, plan or support
const servicesSubject =
  /\b(?:case|cases|plan|plans|process|family|families|child|children|young\s+person|young\s+people|referral|referrals|support|involvement|work|intervention|he|she|they|we|I|you|it|\p{Lu}\p{Ll}+)\s+(?:(?:has|have|had|will|would|may|might|can|could|should|must|then|later|now|subsequently|since)\s+)*(?:(?:was|were|is|are|be|been|being)\s+)+$/u;
const notInCare = /\bnot\s+(?:been\s+|be\s+)?['"‘“]?in\s+care\b/i;
const personWasA =
  /\b(?:he|she|I|you|they|we)\s+(?:was|were|is|are|am)\s+(?:a|an|our|my|their|your)\s+(?:(?:first|new|long-term|short-term|emergency)\s+)?$/i;
const prepositions = new Set(['to', 'with', 'for', 'from', 'of', 'by', 'about', 'on', 'at']);
const serviceNoun = /^(?:plans?|assessments?|reviews?|orders?|meetings?|reports?|conferences?)$/i;
const quotedNameBefore = /['‘“"]([^'’”"]{2,40})['’”"]\s+(?:[\p{L}-]+\s+){0,2}$/u;
const notANoun = /^\s+(?:and|or|but|who|that|which|is|are|was|were|in|on|at|of|to|for|with|by|as)\b/i;
const wordsOf = (words: string): string[] => words.toLowerCase().match(/[\p{L}'’-]+/gu) ?? [];

/** Whether the words around the finding turn `suggestion` into something the writer did not say. */
export function turned(context: FitContext, place: Place, suggestion: string): boolean {
  const { text, tokens } = context;
  const flagged = text.slice(place.from, place.to);
  const before = text.slice(Math.max(0, place.from - 60), place.from);
  const after = text.slice(place.to, place.to + 60);
  if (/\babused\b/i.test(suggestion) && withWhom.test(before)) return true;
  if (/^seduc/i.test(flagged) && /^groom/i.test(suggestion) && childDoing.test(before)) return true;
  if (context.category !== 'jargon' && /^being\b/i.test(suggestion) && dismissedAs.test(before)) return true;
  if (/^sexual exploitation\b/i.test(suggestion) && turnTo.test(before)) return true;
  // the lead's ruling (twenty-eighth session): "moved" only where a child, a family or their case, plan or support was
  // stepped up or down ("patrols by officers have been stepped up" → not "have been moved")
  if (/^(?:<be>\s+)?stepped\s+(?:up|down)$/i.test(flagged.replace(beVerb, '<be>')) && !servicesSubject.test(before))
    return true;
  if (/\bsexual(?:ly)?\b/i.test(suggestion) && /^\s+for\s+sex\b/i.test(after)) return true;
  // "disengaged with the work" → not "had not taken up the help offered with the work"
  if (/engag\w*$/i.test(flagged) && /^\s+(?:with|in)\b/i.test(after) && /\b(?:offered|up)$/i.test(suggestion))
    return true;
  // a person put before the noun a describing word went with ("Troubled Stepkids" → not "a child who is struggling Stepkids")
  if (
    !/\s/.test(flagged) &&
    /^an?\s+\S+\s+who\b/i.test(suggestion) &&
    /^\s+\p{L}/u.test(after) &&
    !notANoun.test(after)
  )
    return true;
  const sentence = text.slice((tokens[0] as Token).start, (tokens.at(-1) as Token).end);
  if (/\b(?:in|into)\s+care\b/i.test(suggestion) && notInCare.test(sentence)) return true;
  if (/placements?$/i.test(flagged) && /\b(?:homes?|famil(?:y|ies))$/i.test(suggestion) && personWasA.test(before))
    return true;
  return shared(flagged, after, suggestion) || namedAgain(before, suggestion);
}

/** Words after "or" or "and" that shared a preposition or a describing word of the flagged words. */
function shared(flagged: string, after: string, suggestion: string): boolean {
  const next = /^\s+(?:or|and)\s+([\p{L}-]+)\b/iu.exec(after);
  if (next === null) return false;
  const word = (next[1] as string).toLowerCase();
  const own = wordsOf(flagged);
  if (prepositions.has(word)) return own.includes(word) && !wordsOf(suggestion).includes(word);
  // "an EHC assessment or plan": a bare service noun, one, after the flagged words' own ("their care plans and reviews"
  // shares nothing: a plural stands on its own)
  return own.length > 1 && serviceNoun.test(own.at(-1) as string) && serviceNoun.test(word) && !word.endsWith('s');
}

/** A quoted name just before the flagged words that holds a word of the suggestion ("'Your Views' … your views"). */
function namedAgain(before: string, suggestion: string): boolean {
  const name = quotedNameBefore.exec(before);
  if (name === null) return false;
  const own = new Set(wordsOf(name[1] as string).filter((word) => word.length >= 4));
  return wordsOf(suggestion).some((word) => own.has(word));
}
