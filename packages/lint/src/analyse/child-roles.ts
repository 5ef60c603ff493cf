import { stripPossessive } from './names.ts';
import type { NoteWord } from './read-note.ts';

// word lists read in loops, made once (an array written in a loop is a new array each time it runs)
const youngLittle = ['young', 'little'];

/**
 * One child named by age or by their place in the family rather than by name: "the 15-year-old",
 * "an 11 year old", "her son", "a son", "her new baby", "the eldest", "the younger one", "Child A".
 * Court reports, judgments, diaries and press reports name children this way.
 */
export interface ChildRole {
  length: number;
  /** Any child ("A baby should never be shaken"), not one particular child. */
  generic: boolean;
  /** The child's gender when the words say it ("her son", "a 16-year-old girl"). */
  gender: 'female' | 'male' | 'unknown';
}

const numberWords = new Map(
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen'
    .split(' ')
    .map((word, index) => [word, index + 1]),
);
/** Words after "N year old" that make the person an adult ("a sixteen year old mother") or someone else. */
const notTheChild = new Set(
  'mother mum father dad parent woman man adult lodger partner boyfriend girlfriend brother sister cousin friend sibling half-brother half-sister stepbrother stepsister'.split(
    ' ',
  ),
);
/** Nouns for one child that a determiner makes particular ("her son", "a baby", "the youth"). */
const childNouns = new Set('son daughter baby infant boy girl toddler youth youngster teenager newborn'.split(' '));
const girlNouns = new Set(['daughter', 'girl']);
const boyNouns = new Set(['son', 'boy']);
const familyNouns = new Set(['son', 'daughter']);
/** Words that may stand between the determiner and the noun ("her new baby", "a little boy", "the eldest"). */
const describing = new Set(
  'new newborn new-born little young baby teenage only unborn eldest oldest youngest younger older middle first second third first-born firstborn'.split(
    ' ',
  ),
);
/** Describing words that name the child on their own or before "one": "the eldest", "the younger one". */
const orderWords = new Set(['eldest', 'oldest', 'youngest', 'younger', 'older', 'middle']);
/** Order words that stand alone for a child: "the eldest was…" (not "the middle", "the older"). */
const aloneOrderWords = new Set(['eldest', 'oldest', 'youngest']);
/** Words after "youth" that make a service, a role or an order ("youth rehabilitation order"). */
const youthCompounds = new Set(
  'advocate advocates rehabilitation council parliament panel provision mayor leader leaders organisation organisations'.split(
    ' ',
  ),
);
/** Words after "the eldest" that show it stands alone: "the eldest was taken", "the youngest, aged 3". */
const afterAlone = new Set(
  'is was has had will would can could did does said says told wanted wants lives lived went goes attends attended and who of then also remains remained'.split(
    ' ',
  ),
);
/** Nouns after a child word that make a compound about something else: "a youth worker", "the baby brother". */
const compoundHeads = new Set(
  'worker workers club clubs service services team centre court courts justice offending offender offenders group groups unit officer officers work seat monitor clothes food milk shower sitter steps brother sister cousin band scouts guides protection development abuse exploitation benefit minder minding'.split(
    ' ',
  ),
);
const determiners = new Set('a an the her his their my our one this that'.split(' '));
/** Words in a sentence that make "a baby" any baby: guidance, not a record. */
const modals = new Set(['should', 'must', 'may', 'might', 'can', 'could', 'will', 'would', "can't", 'cannot']);
/** A child's cipher after "Child" or "Baby": "Child A", "Baby J", "Child C1", a number ("Child 4's book", "Child 1"). */
const cipher = /^(?:[A-Z][0-9]?|[1-9][0-9]?)$/;

/** The age in "15", "fifteen" (1–17), or 0. */
function childAge(word: NoteWord | undefined): number {
  if (!word) return 0;
  // most words start with a letter: no number, known without the expression
  const first = word.lower.charCodeAt(0);
  const numeral = first >= 48 && first <= 57 && /^\d{1,2}$/.test(word.lower);
  const digits = numeral ? Number(word.lower) : (numberWords.get(word.lower) ?? 0);
  return digits >= 1 && digits <= 17 ? digits : 0;
}

const joined = (words: NoteWord[], index: number): boolean => {
  const word = words[index];
  return word !== undefined && !word.breakBefore && !word.quoted;
};

const genderOf = (noun: string | undefined): ChildRole['gender'] =>
  noun && girlNouns.has(noun) ? 'female' : noun && boyNouns.has(noun) ? 'male' : 'unknown';

/** An age phrase: its length in words (0 when there is none) and the child noun after it, if any. */
interface AgePhrase {
  length: number;
  noun: string | undefined;
}

/** No age phrase: one object for every word that opens none (read, never changed). */
const noAgePhrase: AgePhrase = { length: 0, noun: undefined };

/** "15 year old", "four-year-old" at `index`, with the child noun after it: its length, or 0. */
function agePhrase(words: NoteWord[], index: number): AgePhrase {
  if (childAge(words[index]) === 0) return noAgePhrase;
  if (!joined(words, index + 1) || !joined(words, index + 2)) return noAgePhrase;
  // "a 15-year-old", not "she is 15 years old" (that describes whoever the sentence is about)
  if (words[index + 1]?.lower !== 'year' || stripPossessive(words[index + 2]?.lower ?? '') !== 'old')
    return noAgePhrase;
  const next = words[index + 3];
  const noun = next && joined(words, index + 3) ? stripPossessive(next.lower) : undefined;
  if (noun && notTheChild.has(noun)) return noAgePhrase;
  if (noun && childNouns.has(noun)) return { length: 4, noun };
  return { length: 3, noun: undefined };
}

/**
 * One child named by age, role or cipher at `index`, or null. Runs only on the words that can open
 * such a phrase (a determiner, a number, "Child" or "Baby"); the caller has already tried the fixed
 * child phrases ("the child", "the boy").
 */
export function childRoleAt(words: NoteWord[], index: number, sentenceHasModal: () => boolean): ChildRole | null {
  const word = words[index] as NoteWord;
  // "Client states that the T-Rexes are…", "…service Client interviewed for first time…": a record's bare "Client"
  // before its verb is the person the record is about (a role, never a name the messages could use); "the Client" of
  // a contract, and "Client Services", are not
  if (word.text === 'Client' && joined(words, index + 1) && /^\p{Ll}/u.test((words[index + 1] as NoteWord).text)) {
    const before = words[index - 1];
    if (!before || word.breakBefore || !determiners.has(before.lower))
      return { length: 1, generic: false, gender: 'unknown' };
  }
  // "Child A", "Baby J"
  if ((word.text === 'Child' || word.text === 'Baby') && joined(words, index + 1)) {
    const next = words[index + 1] as NoteWord;
    if (cipher.test(stripPossessive(next.text))) return { length: 2, generic: false, gender: 'unknown' };
  }
  const age = agePhrase(words, index);
  if (age.length > 0) return { length: age.length, generic: false, gender: genderOf(age.noun) };
  if (!determiners.has(word.lower)) return null;
  let at = index + 1;
  // "my then nine year old son", "an 11 year old": an age after the determiner
  if (words[at]?.lower === 'then' && joined(words, at)) at += 1;
  const aged = joined(words, at) ? agePhrase(words, at) : noAgePhrase;
  if (aged.length > 0) return { length: at - index + aged.length, generic: false, gender: genderOf(aged.noun) };
  let described = 0;
  while (joined(words, at) && describing.has(words[at]?.lower ?? '') && described < 3) {
    at += 1;
    described += 1;
  }
  const last = words[at - 1]?.lower ?? '';
  // "the eldest", "the younger one": the order in the family names the child
  if (word.lower === 'the' && described > 0 && orderWords.has(last)) {
    if (words[at]?.lower === 'one' && joined(words, at))
      return { length: at - index + 1, generic: false, gender: 'unknown' };
    const alone = !joined(words, at) || afterAlone.has(words[at]?.lower ?? '');
    if (alone && aloneOrderWords.has(last)) return { length: at - index, generic: false, gender: 'unknown' };
  }
  if (!joined(words, at)) return null;
  const noun = stripPossessive((words[at] as NoteWord).lower);
  if (joined(words, at + 1) && compoundHeads.has(words[at + 1]?.lower ?? '')) return null;
  // "married with a daughter": someone's family, not the child a record is about
  if ((word.lower === 'a' || word.lower === 'an') && words[index - 1]?.lower === 'with') return null;
  // "the first born child", "her youngest child": a child by birth order ("a young child" is any child)
  const orderedChild = noun === 'child' && described > 0 && !youngLittle.includes(last);
  // "the youth was…", not "a youth advocate", "a youth rehabilitation order"
  if (noun === 'youth' && joined(words, at + 1) && youthCompounds.has(words[at + 1]?.lower ?? '')) return null;
  if (!childNouns.has(noun) && !orderedChild) return null;
  // "her son", "their daughter": someone's own child, whose words are often reported by the parent (a son or
  // daughter counts only as "a son", "gave birth to a son")
  if (familyNouns.has(noun) && word.lower !== 'a') return null;
  // "a baby should never be shaken": any baby, in guidance
  const generic = (word.lower === 'a' || word.lower === 'an') && sentenceHasModal();
  return { length: at - index + 1, generic, gender: genderOf(noun) };
}

/** Whether a sentence has a modal verb outside quotation marks ("should", "may", "can"). */
export const hasModal = (words: NoteWord[]): boolean => words.some((word) => !word.quoted && modals.has(word.lower));
