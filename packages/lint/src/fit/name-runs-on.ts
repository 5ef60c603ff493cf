/**
 * A capitalised name that runs on into the flagged words after "for" or "of" (fixes39b: "the APPG for Looked After
 * Children and Care Leavers", "Senior Nurse for Looked After Children"): a fix there keeps the name's case or is held
 * back (the thirty-third session's ruling). fixes40, the lead's answer to fixes39b's question 1: a suggestion that keeps
 * the name's own capitals keeps its case, so where "for" or "of" stands right before the flagged words and the
 * suggestion is a short name of four words or fewer, the fix is offered in the name's Title Case ("the APPG for Children
 * in Care and Care Leavers", "the Designated Nurse for Children in Care"); where another word stands between ("Officer
 * for Previously Looked After Children", "… of Greenwich Virtual School") or the suggestion is a gloss of more words
 * ("council team that helps children in care with school"), it stays held back (beside-terms.ts).
 */
import type { Token } from '@casenote/rules';
import type { FitContext } from './slot.ts';

// "the APPG for Looked After Children", "Officer for Previously Looked After Children"; not one capitalised word opening
// the sentence ("Support for Looked After Children …" may be a sentence's capital, not a name)
const nameRunsOn =
  /(?:^|[\s(])((?:\p{Lu}[\p{L}’'-]*)(?: (?:and |& )?\p{Lu}[\p{L}’'-]*)*) (?:for|of)(?: \p{Lu}\p{Ll}[\p{L}’'-]*)? $/u;
// the name's small words, which stay small in its Title Case
const smallWord = /^(?:of|and|in|for|the|to|with|on|at|by|a|an|or)$/;

/** Whether the words before the flagged words (which start at `from`) are a capitalised name that runs on into them. */
export function nameRunsOnBefore(context: FitContext, from: number, before: string): boolean {
  const match = nameRunsOn.exec(before);
  if (!match) return false;
  const run = match[1] as string;
  const runStart = from - before.length + before.lastIndexOf(run);
  const opensSentence = /^[\s"“‘'(]*$/u.test(context.text.slice((context.tokens[0] as Token).start, runStart));
  return !opensSentence || /\s/.test(run);
}

/** Whether `suggestion` is short enough to be a name's words: four words or fewer besides its small words, no clause. */
export function couldBeName(suggestion: string): boolean {
  const words = suggestion.trim().split(/\s+/);
  if (
    !words.every((word) => /^[\p{L}’'-]+$/u.test(word)) ||
    words.some((word) => /^(?:that|who|which|where)$/i.test(word))
  )
    return false;
  return words.filter((word) => !smallWord.test(word)).length <= 4;
}

/** Whether `suggestion` can take the name's Title Case in place of flagged words straight after "for" or "of". */
export function takesNameCase(context: FitContext, from: number, before: string, suggestion: string): boolean {
  return couldBeName(suggestion) && / (?:for|of) $/.test(before) && nameRunsOnBefore(context, from, before);
}

// two or more capitalised words after: the rest of a name ("SEND Family Help Service", "LSCB Multi-Agency Serious Case")
const restOfName = /^ \p{Lu}\p{Ll}[\p{L}’'-]*(?: (?:and |of |for |& )?\p{Lu}[\p{L}’'-]*)+/u;

/**
 * (fixes40, the pooled proper-name kind) Whether the flagged words are initials that open a capitalised name of two
 * words or more after them ("the SEND Family Help Service", "the LSCB Multi-Agency Serious Case Review sub group"):
 * plain words in small letters there break the name ("the special educational needs and disabilities Family Help
 * Service"); a short suggestion takes the name's Title Case, a longer one is held back (beside-terms.ts).
 */
export function initialsOpenName(context: FitContext, from: number, to: number): boolean {
  return /^\p{Lu}{2,6}s?$/u.test(context.text.slice(from, to)) && restOfName.test(context.text.slice(to, to + 80));
}

/** `suggestion` in a name's Title Case: every word capitalised but the small words ("Children in Care"). */
export function inNameCase(suggestion: string): string {
  return suggestion
    .trim()
    .split(/\s+/)
    .map((word, at) => (at > 0 && smallWord.test(word) ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join(' ');
}
