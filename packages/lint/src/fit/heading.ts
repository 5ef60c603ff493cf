/**
 * A fix inside a heading or a label line (the lead's ruling of the twenty-ninth session): held back where it cannot
 * fit there. The finding and its card stay. Only where the note's layout says so (the lead's ruling of the thirtieth
 * session): the words stand on a line of their own (a line break or the text's edge on both sides; a host's heading
 * node reaches the engine as such a line), or a label opens a line; the same words in running text ("… at the
 * Section 47 Enquiry Meeting …" mid-paragraph) are not a heading.
 *
 * - A label line: the flagged words stand in a short label (three words or fewer, no brackets) that opens the line
 *   before a colon ("Care plan: …"): plain words would rename the section, so no fix is offered there. (A short line
 *   with no full stop, "Section 47 enquiry", was measured as a label and not kept: "You keep parental responsibility",
 *   "Staff from Virtual School" and "Difficult parents" lost fixes that read right.)
 * - A heading in title case (no full stop; most words that carry meaning capitalised: "4.14 Working with Uncooperative
 *   Families", "Troubled Stepkids"): a suggestion longer than the flagged words is held back where a capitalised word
 *   follows them, whose slot it would take ("Working with not agreeing Families"). A word for a word stays ("Mentally
 *   disabled Family Members", "Struggling Teenager Legal Options" read right, seeds 21 and 29).
 */
import { wordSet } from '../word-set.ts';
import type { Place } from './place.ts';
import type { FitContext } from './slot.ts';

const smallWords = wordSet('a an the and or of to in on for with at by from as is are be but not your our their its');
const wordPattern = /\p{L}[\p{L}'’-]*/gu;
const endsSentence = /[.!?;]["”’)\]]*$/;

/** Whether the line is a heading in title case: no full stop, 14 words or fewer, most words that carry meaning capitalised. */
export function isTitleCaseHeading(line: string): boolean {
  const trimmed = line.trim();
  // (a full stop inside is running text: "We met. Working with Uncooperative Families")
  if (endsSentence.test(trimmed) || /[.!?;]\s+\S/.test(trimmed.replace(/^\d+(?:\.\d+)*\.?\s+/, ''))) return false;
  const words = trimmed.match(wordPattern) ?? [];
  if (words.length === 0 || words.length > 14) return false;
  return mostlyCapitalised(words);
}

/** Whether most of the words that carry meaning are capitalised (a headline's or a heading's title case). */
function mostlyCapitalised(words: readonly string[]): boolean {
  const content = words.filter((word) => !smallWords.has(word.toLowerCase()));
  if (content.length < 2) return false;
  return content.filter((word) => /^\p{Lu}/u.test(word)).length / content.length >= 0.6;
}

/** Whether a sentence is written in title case, full stop or not ("Girls as Young As 11 Are … in New York."). */
export function inTitleCase(sentence: string): boolean {
  const words = sentence.match(wordPattern) ?? [];
  return words.length <= 20 && mostlyCapitalised(words);
}

/** Whether `text[from, to)` stands in a label line: before a colon that closes a label of three words or fewer. */
export function inLabel(line: string, lineStart: number, to: number): boolean {
  const label = /^\s*([^:.,;!?()]+):/.exec(line);
  return label !== null && (label[1]?.match(wordPattern) ?? []).length <= 3 && to <= lineStart + label[0].length;
}

/** Whether `suggestion` is held back because the finding stands in a heading or a label line it does not fit. */
export function heldInHeading(context: FitContext, place: Place, suggestion: string): boolean {
  const { text } = context;
  // the line the flagged words stand on, from line break to line break (a sentence alone in a text is its line)
  const lineStart = text.lastIndexOf('\n', place.from - 1) + 1;
  const nextBreak = text.indexOf('\n', place.to);
  const line = text.slice(lineStart, nextBreak < 0 ? text.length : nextBreak).trimEnd();
  const flagged = text.slice(place.from, place.to);
  if (inLabel(line, lineStart, place.to)) return true;
  if (!isTitleCaseHeading(line)) return false;
  const longer = (suggestion.match(wordPattern) ?? []).length > (flagged.match(wordPattern) ?? []).length;
  // ("a Schizophrenic Mother" → "a mentally unwell Mother": a describing word with its adverb fits the slot)
  const describing = /^\p{L}+ly\s+\p{L}+$/u.test(suggestion);
  return longer && !describing && /^[\s'‘’"“”-]*\p{Lu}/u.test(text.slice(place.to, place.to + 3));
}
