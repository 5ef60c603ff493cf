import { isNotName } from './lexicon.ts';
import { stripPossessive } from './possessive.ts';
import type { NoteSentence, NoteWord } from './read-note.ts';

// bodies whose names go on with "of" ("HM Inspectorate of Prisons", "Court of Appeal", "Department for ..." aside);
// places and groups ("Home of", "Class of", "Children of") are not among them
const bodiesBeforeOf = /* @__PURE__ */ new Set(
  'council service trust partnership board authority department commission committee association inspectorate institute university court agency society foundation office ministry'.split(
    ' ',
  ),
);

/** Whether a capitalised word naming a body stands right before "of" in the run `[start, last]` ("Inspectorate of"). */
export function headsBeforeOf(
  words: readonly NoteWord[],
  capitalised: readonly boolean[],
  start: number,
  last: number,
): boolean {
  for (let index = start; index < last; index += 1)
    if (
      capitalised[index] &&
      (words[index + 1] as NoteWord).lower === 'of' &&
      bodiesBeforeOf.has(stripPossessive((words[index] as NoteWord).lower))
    )
      return true;
  return false;
}

/** Small words a thing's name may hold that its acronym leaves out ("Signs of Safety (SoS)", "Team Around the Family"). */
const acronymJoins = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'to', '&']);
/** Capitals in brackets straight after a run of words: "(PLO)", "(TAF)". */
const bracketedAcronym = /^\s*\((\p{Lu}[\p{Lu}\p{Ll}&]*\p{Lu})\)/u;

/**
 * "The Public Law Outline (PLO)", "Team Around the Family (TAF)": a run of capitalised words whose initials its own
 * acronym, in brackets straight after it, spells is the name of a thing (a process, a team, a plan), not a person, when
 * an ordinary word is among them: a person's initials after their name ("Jade Smith (JS)", "Mary Jane Smith (MJS)")
 * keep the name a name.
 */
export function spelledByAcronym(
  sentence: NoteSentence,
  capitalised: readonly boolean[],
  inOrganisation: boolean[],
): void {
  const words = sentence.words;
  for (let end = 1; end < words.length; end += 1) {
    if (!capitalised[end]) continue;
    const after = sentence.text.slice((words[end] as NoteWord).end - sentence.from);
    // most capitalised words have no bracket after them: the expression is asked only where one opens
    if (!after.trimStart().startsWith('(')) continue;
    const acronym = bracketedAcronym.exec(after)?.[1];
    if (!acronym) continue;
    const letters = acronym.replace(/[^\p{Lu}]/gu, '');
    // back from the run's last word, collecting initials until they spell the acronym
    let initials = '';
    let start = end;
    let count = 0;
    let ordinary = false;
    for (let index = end; index >= 0; index -= 1) {
      const word = words[index] as NoteWord;
      if (index < end && (words[index + 1] as NoteWord).breakBefore) break;
      if (!capitalised[index]) {
        if (acronymJoins.has(word.lower)) continue;
        break;
      }
      const parts = word.text.split('-').filter((part) => part.length > 0);
      initials = parts.map((part) => (part[0] as string).toUpperCase()).join('') + initials;
      count += 1;
      if (isNotName(stripPossessive(word.lower))) ordinary = true;
      start = index;
      if (initials.length >= letters.length) break;
    }
    if (initials !== letters || count < 2 || !ordinary) continue;
    for (let index = start; index <= end; index += 1) inOrganisation[index] = true;
  }
}
