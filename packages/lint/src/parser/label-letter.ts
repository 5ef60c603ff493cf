/**
 * The linter's one departure from parse-english's sentences: a full stop after a lone capital that
 * labels a part of a document ("in Section F.", "Sections E and F.", "in Part B.") ends the sentence.
 * parse-english keeps a stop after any single letter in the word, as initials need ("J. Smith",
 * "Mr A. Jones", "A.B."), so "Section F." was one word and a rule for "Section F" did not reach it
 * where the letter closed its sentence. A letter is a label only after a word that names a labelled
 * part, perhaps over other letters joined by "and", "or", "to" or commas; initials follow no such
 * word, and keep their stop. Both readers use it: the tree's (./paragraph-steps.ts) and the direct
 * one (./read-direct.ts).
 */

// words naming a lettered part of a document ("Section F", "Part B", "Appendix C") or a lettered form ("a Form F", the
// fostering assessment, jargon41); a class or plan's letter ("Class A", "Plan B") is left to parse-english
const labelNouns = new Set(
  'section sections part parts appendix appendices annex annexes annexe schedule schedules paragraph chapter form forms'.split(
    ' ',
  ),
);
const joining = new Set(['and', 'or', 'to', '&', ',']);
const loneCapital = /^\p{Lu}$/u;

/**
 * Whether a full stop after `word` ends the sentence because the word is a lone capital labelling a
 * part of a document.
 *
 * @param word The word before the full stop.
 * @param before The words and marks before it, nearest first, without white space (read lazily: a
 *   function of the distance back, undefined past the sentence's start).
 */
export function stopEndsAfterLabelLetter(word: string, before: (distance: number) => string | undefined): boolean {
  if (!loneCapital.test(word)) return false;
  for (let distance = 1; ; distance++) {
    const previous = before(distance);
    if (previous === undefined) return false;
    const lower = previous.toLowerCase();
    if (labelNouns.has(lower)) return true;
    if (!loneCapital.test(previous) && !joining.has(lower)) return false;
  }
}
