import type { NoteFacts } from './note-facts.ts';
import type { Site } from './site.ts';

// a bracket right after the words holding a word of two letters or more: "Section F (Educational Provision)",
// "Section B (needs)"; not "(s)" or a bracketed letter or number
const glossAfter = /^\s*\((?=[^()]*\p{L}{2})[^()]+\)/u;
// the words alone fill a bracket: "the outcomes for your child (section E)"
const openBefore = /\(\s*$/;
const closeAfter = /^\s*\)/;

/**
 * Whether the flagged words carry a bracketed gloss (the lead's ruling, thirty-fourth session): a bracket holding words
 * right after them ("Section F (provision)") says what they name, and so do words that alone fill a bracket after
 * what they name ("the help your child will get (section F)"). Read in the sentence only.
 */
export function glossedByBracket(facts: NoteFacts, site: Site): boolean {
  const sentence = facts.sentences[site.sentence];
  const first = sentence?.words[site.first];
  const last = sentence?.words[site.last];
  if (!sentence || !first || !last) return false;
  const before = sentence.text.slice(0, first.start - sentence.from);
  const after = sentence.text.slice(last.end - sentence.from);
  if (glossAfter.test(after)) return true;
  return openBefore.test(before) && closeAfter.test(after) && /\p{L}/u.test(before.slice(0, -1));
}

/*
 * jargon42 (the lead's rulings of the thirty-sixth session): a term the writer defines in its own sentence is explained
 * as a bracket explains it, but only where the definition says what the term does or is for, not where it only names
 * a kind ("X is a court order") or names the term ("known as X"). `definedWhereUsed` (fit/quoted.ts) already reads most
 * definitions ("… is an agreement between …", "… is a payment made to …", "…, which sets out …"); read here beside it,
 * after "A"/"An" and the term (or the term alone before "means"), three more shapes:
 * - "A Referral Order is a sentence of the court for young people …": a kind, then "for", "of" or "about" what it is
 *   for or of (not "a type of …", "a kind of …", "a part of …", which name a kind only);
 * - "An emergency placement is somewhere you will move to …": a place, then where or for whom;
 * - "Allocation means your child … will be assigned …", "A section 47 assessment means they will …": what it means
 *   for the reader, said with a person as subject.
 * Narrower than jargon41b's try (not taken: it lost two sealed finds): no bare "is a/an …" after the term, no
 * "what's called …" without a clause that explains it, and never an acronym alone ("An SGO is …", "IROs are …").
 */
const opensWithIndefinite = /^\s*['‘“"]?\s*an?\s+['‘“"]?$/i;
const opensWithTerm = /^\s*['‘“"]?\s*(?:an?\s+)?['‘“"]?$/i;
// a closing mark, then at most a bracket ("(DTO)") between the term and what the sentence says of it
const asideAfterTerm = /^['’”"]?(?:\s*\([^()]{1,40}\))?/u;
const kindThenWhatFor =
  /^\s+(?:is|are)\s+an?\s+(?:[\p{L}-]+\s+){0,3}?(?!(?:type|kind|sort|form|part|lot|bit|number|range|way|example)s?\s)[\p{L}-]+\s+(?:of|for|about)\s+\p{L}/iu;
const placeThenWhere = /^\s+(?:is|are)\s+(?:somewhere|a\s+place|places)\s+(?:where|that|which|you|your|for|to)\b/iu;
const meansForSomeone = /^\s+means\s+(?:that\s+)?(?:you|your|they|their|we|he|she|the\s+court|the\s+council)\b/iu;
// an acronym alone is not explained by saying what it is (the lead's ruling, precision37: "IROs are qualified social workers")
const acronymAlone = /^[\p{Lu}\d&]{2,}s?$/u;

/** Whether the flagged words text[from, to) are a term their own sentence explains by saying what it does or is for. */
export function definedForItsReader(text: string, sentenceStart: number, from: number, to: number): boolean {
  if (acronymAlone.test(text.slice(from, to).trim())) return false;
  const before = text.slice(sentenceStart, from);
  const after = text.slice(to, to + 200);
  const rest = after.slice((asideAfterTerm.exec(after) as RegExpExecArray)[0].length);
  if (opensWithTerm.test(before) && meansForSomeone.test(rest)) return true;
  return opensWithIndefinite.test(before) && (kindThenWhatFor.test(rest) || placeThenWhere.test(rest));
}
