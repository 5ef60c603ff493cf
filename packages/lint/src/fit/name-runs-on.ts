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

/** Whether `suggestion` can take the name's Title Case in place of flagged words straight after "for" or "of". */
export function takesNameCase(context: FitContext, from: number, before: string, suggestion: string): boolean {
  const words = suggestion.trim().split(/\s+/);
  if (words.length > 4 || !words.every((word) => /^[\p{L}’'-]+$/u.test(word))) return false;
  return / (?:for|of) $/.test(before) && nameRunsOnBefore(context, from, before);
}

/** `suggestion` in a name's Title Case: every word capitalised but the small words ("Children in Care"). */
export function inNameCase(suggestion: string): string {
  return suggestion
    .trim()
    .split(/\s+/)
    .map((word, at) => (at > 0 && smallWord.test(word) ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join(' ');
}
