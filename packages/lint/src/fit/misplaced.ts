/**
 * Suggestions the words beside the flagged words show would not read in their place, from the sixteenth reading
 * sample (fix-reading-28.yml) and the fix test's failures on the corpora (fixes.test.ts), read after `suitsPlace`
 * (place.ts) with the other misfits (misfits.ts):
 *
 * - a verb group after a describing adverb, an article or a preposition with a noun after it ("mentally retarded
 *   adults" → not "mentally had a learning disability adults"; "of mentally-ill parents" → not "of having a mental
 *   health condition parents");
 * - a phrase that opens with a preposition after an article ("a reputation as a difficult young person" → not "as an
 *   in need of more support");
 * - "need" before "to" ("thresholds to children's social care" → not "levels of need to children's social care");
 * - a one-word suggestion the words just beside already say ("hostile, angry if …" → not "angry, angry if …"), and a
 *   suggestion whose last word comes again in the next three ("sent the safeguarding letter to the court" → not "the
 *   first safety report for the court to the court");
 * - drawn or exploited "into" a person ("will not have been involved with the adult" → not "drawn by adults into the
 *   adult");
 * - a term in a list of the names something goes by ("might also be referred to as a child protection enquiry, a
 *   child protection investigation, or a S47 enquiry") or of terms named as terms ("terms like Section 47
 *   Investigation, Child in Need, or Child Protection Plan", "terms such as disguised compliance");
 * - a possessive phrase that would describe the noun after it ("the wardship application" → not "the High Court's
 *   protection application"), and a phrase with a verb's "-ing" in it ("the SGO assessment" → not "the court order
 *   making a relative or friend the child's long-term carer assessment");
 * - a describing word after "There is" ("There is resistance to change" → not "There is unsure about …");
 * - a room for the people who offer it ("supported lodgings hosts" → not "rooms in a family's home with support");
 * - a plain name for one of two names joined by a slash ("My Plan/Pathway Plan");
 * - a person for a practice where the flagged words are people ("the image of rent boys" → not "the image of sexual
 *   exploitation of a child");
 * - a person's state before a word for conduct (fixes41: "youth crime and unruly behaviour" → not "… struggling
 *   behaviour" nor "… upset behaviour"): the person struggles or is upset, their behaviour is not (an "upset and
 *   angry attitude" for a "hostile attitude" was read right twice, so attitudes keep their fix);
 * - a verb's "-ing" phrase for a noun phrase of behaviour (fixes41: "the girls' challenging behaviour" → not "the
 *   girls' having trouble coping"; "displaying having trouble coping", "continuing having trouble coping", "learning
 *   disability and having trouble coping": read broken on every sample where it was offered).
 */
import type { Token } from '@casenote/rules';
import type { Place } from './place.ts';
import type { FitContext } from './slot.ts';

const verbGroup = /^(?:had|has|have|having|is|are|was|were)\b/i;
const opensNounPhrase = /\b(?:a|an|the|his|her|their|its|our|my|your|of|for|with|from|about|\p{L}{3,}ly)\s+$/iu;
const functionWord =
  /^(?:and|or|but|to|in|on|at|of|for|with|from|by|as|who|that|which|is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|do|does|did|not|because|when|if|so|than|then)$/i;
const personAfter =
  /^\s+(?:(?:the|an?|this|that)\s+(?:adult|adults|man|men|woman|women|person|perpetrator|offender|male|boyfriend|girlfriend)|him|her|them|me|us)\b/i;
// (fixes41: "heard terms like Section 47 Investigation, Child in Need, or Child Protection Plan", "terms such as
// disguised compliance": a list's items with no article, or the first term straight after "terms such as"; "words",
// "phrases", "labels", "jargon" as well as "terms")
const namedInList =
  /\b(?:known as|called|referred to as|(?:terms?|words?|phrases?|labels?|expressions?|jargon) (?:such as|like))\s+(?:(?:an?|the)\s+)?(?:[^,.;:!?]{1,40}(?:,\s*(?:(?:an?|the)\s+)?[^,.;:!?]{1,40})*,\s*(?:(?:or|and)\s+)?(?:(?:an?|the)\s+)?)?$/i;
/** What a verb's "-ing" takes as its object ("making a relative …", "placing the child …"); not "safeguarding hub". */
const opensObject = /^(?:a|an|the|their|his|her|them|him|it|your|our|its)$/;
/** "need" before "to" and a noun ("levels of need to children's social care"); not "the level of need to place them". */
const needToNoun = /^\s+to\s+(?:the|a|an|this|that|these|those|his|her|their|its|our|your|\p{L}+['’]s)\s/iu;

/** A word for someone's conduct after the flagged words, another describing word joined by "and" or "or" at most between. */
const conductAfter = /^\s+(?:(?:and|or)\s+[\p{L}-]+\s+)?(?:behaviou?rs?|conduct)\b/iu;
/** Suggestions that say how a person is, not what their conduct is like. */
const personStates = /^(?:struggling|upset)$/i;

/** Last words that need an object ("dependent on", "wearing"). */
const needsObject = /\b(?:dependent on|wearing)$/i;
/** What follows a word that needs an object when none is there: the sentence's end, a mark, a joining word or verb. */
const noObjectAfter =
  /^(?:\s*(?:$|[.,;:!?)\]–—-])|\s+(?:and|or|but|by|are|is|was|were|to|for|from|at|in|on|of|as|who|which|that|must|will|would|can|could|should|may|might)\b)/i;

/** Whether the words beside the flagged words show that `suggestion` would not read in their place. */
export function misplaced(context: FitContext, place: Place, suggestion: string): boolean {
  const { text, tokens } = context;
  const flagged = text.slice(place.from, place.to);
  const sentenceStart = (tokens[0] as Token).start;
  const before = text.slice(Math.max(sentenceStart, place.from - 40), place.from);
  const after = text.slice(place.to, place.to + 40);
  const nextWord = /^\s+(\p{L}[\p{L}-]*)/u.exec(after)?.[1] ?? '';
  // (a verb group with its own object: "to have depression" takes the noun after it)
  if (
    verbGroup.test(suggestion) &&
    /\s/.test(suggestion) &&
    opensNounPhrase.test(before) &&
    nextWord !== '' &&
    !functionWord.test(nextWord)
  )
    return true;
  // (an article in the flagged words goes with them: "presenting as a risk of injury" → "presenting as at risk of harm")
  if (/\b(?:a|an|the)\s+$/i.test(before) && /^(?:in|of|with|at|on|under|without)\s/i.test(suggestion)) return true;
  if (/\bneed$/i.test(suggestion) && needToNoun.test(after)) return true;
  const own = suggestion.toLowerCase().match(/[\p{L}'’-]+/gu) ?? [];
  const last = own.at(-1) ?? '';
  // the same word within three words either side ("hostile, angry if" → not "angry, angry if")
  const following = after.toLowerCase().match(/[\p{L}'’-]+/gu) ?? [];
  const preceding = (before.toLowerCase().match(/[\p{L}'’-]+/gu) ?? []).slice(-3);
  if (own.length === 1 && last.length > 3 && [...preceding, ...following.slice(0, 3)].includes(last)) return true;
  // (fix-reading-29.yml) a longer suggestion's first word said just before "and" or "or" ("Teachers and SENCOs" → not
  // "Teachers and teachers who organise extra help at school")
  const first = own[0] ?? '';
  const joined = /([\p{L}'’-]+)\s+(?:and|or)\s+$/iu.exec(before)?.[1]?.toLowerCase();
  if (own.length > 1 && first.length > 3 && (joined === first || joined === `${first}s`)) return true;
  // "the first safety report for the court" + "to the court"
  if (own.length > 2 && own.at(-2) === 'the' && following[1] === 'the' && following[2] === last) return true;
  if (/\binto$/i.test(suggestion) && personAfter.test(after)) return true;
  if (namedInList.test(text.slice(sentenceStart, place.from))) return true;
  if (place.describesNoun && /\b(?:court|council|authority|police|state)['’]s\s/i.test(suggestion)) return true;
  if (place.describesNoun && own.slice(1).some((word, at) => /ing$/.test(word) && opensObject.test(own[at + 2] ?? '')))
    return true;
  if (
    /\bthere\s+(?:is|was|are|were)\s+$/i.test(before) &&
    /^(?:unsure|not|reluctant|wary|worried|afraid)\b/i.test(suggestion)
  )
    return true;
  if (/\b(?:hosts?|providers?)$/i.test(flagged) && /^(?:an?\s+)?rooms?\b/i.test(suggestion)) return true;
  if (/^\p{Lu}\p{Ll}/u.test(flagged) && /\p{Lu}\p{Ll}+\s*\/\s*$/u.test(before) && /^\p{Ll}/u.test(suggestion))
    return true;
  if (needsObject.test(suggestion) && noObjectAfter.test(after)) return true;
  if (personStates.test(suggestion) && conductAfter.test(after)) return true;
  // (not where the flagged words open with "have": "He had challenging behaviour" → "He had trouble coping")
  if (/^having\s/i.test(suggestion) && /\bbehaviou?rs?$/i.test(flagged) && !/^ha(?:s|ve|d|ving)\b/i.test(flagged))
    return true;
  return /\brent\s+boys?$/i.test(flagged) && /^sexual exploitation\b/i.test(suggestion);
}
