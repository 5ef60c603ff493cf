import { gapAfter } from './names.ts';
import type { NoteSentence, NoteWord } from './read-note.ts';
import { secondPerson } from './words.ts';
import { wordSet } from '../word-set.ts';

// Who the reader is by what they are called: an adult's role or kinship in a greeting or after "as", as
// opposed to the child's own role ("a young carer").

/** Roles after "as a" / "dear" that mean another adult is addressed. */
export const adultRoles = wordSet(
  'foster carer carers parent parents worker social health youth professional professionals practitioner practitioners manager teacher colleague colleagues nurse doctor sir madam team all everyone mum mom mommy mam mama dad mother father grandparent grandma grandad granddad grandpa grandmother grandfather nan nana nanna nanny gran granny papa uncle aunt auntie aunty guardian gal iro chair panel judge magistrate',
);
/** Groups a greeting may speak to ("Dear Adoptive Family", "Dear Birth Parents"). */
export const groupWords = wordSet('family families parents carers friends');
/** Whether the word at `index` is an adult's role: "carer", but not the child's own role in "a young carer". */
export function roleOfAnAdult(words: NoteWord[], index: number): boolean {
  const word = words[index]?.lower ?? '';
  if (!adultRoles.has(word)) return false;
  return !(words[index - 1]?.lower === 'young' && (word === 'carer' || word === 'carers'));
}

/** Salutations before a reader's name or role ("Dear …", "Hi …", "Hello …"). */
const greetingWords = wordSet('dear hi hello');

/**
 * Whether a greeting names its reader by a role that heads a few capitalised words before the comma or colon:
 * "Dear Adoption Social Worker,", "Dear Kinship Carer,", "Hello Foster Carers:" (not "Dear Jade and Mum,", to two
 * people, and not a name: "Dear Jade," is left to the name model).
 */
function greetsRole(sentence: NoteSentence): boolean {
  const words = sentence.words;
  for (let index = 1; index < Math.min(words.length, 6); index += 1) {
    const word = words[index] as NoteWord;
    if (word.quoted || !/^\p{Lu}/u.test(word.text) || word.lower === 'and') return false;
    const gap = gapAfter(sentence, index);
    if (/^\s*[,:]/.test(gap)) return index >= 2 && (roleOfAnAdult(words, index) || groupWords.has(word.lower));
    if (/\S/.test(gap) && !/^-$/.test(gap.trim())) return false;
  }
  return false;
}

/** Kin words that open a letter to a parent or grandparent ("Mum, it's me."). */
const kinReaders = wordSet('mum mom mommy mummy mam mama dad daddy mother father nan nana gran granny grandma grandad');
/** Words that may open a salutation with "to": "To my…", "To the…", "To all…". */
const toDeterminers = wordSet('my our the all every dear');
/** After a kin word and its comma, words that speak to that person ("Mum, it's me", "Dad, I…"). */
const kinVocativeOpeners = wordSet("i i'm i've it's it this we thank thanks please");

/**
 * Whether a sentence opens by naming its reader as an adult: "To my foster son's former foster parent,",
 * "To the birth mother of my son,", "To my foster parents:" (a salutation with "to" whose words before the comma
 * or colon hold an adult's role or kinship), or a parent called by a kin word ("Mum, it's me.", not "Mum, Dad and I…" or "Mum, however, said…").
 */
export function greetsAdultByRole(sentence: NoteSentence): boolean {
  const words = sentence.words;
  const first = words[0];
  if (!first || first.quoted) return false;
  if (greetingWords.has(first.lower) && greetsRole(sentence)) return true;
  if (first.lower === 'to' && toDeterminers.has(words[1]?.lower ?? '')) {
    let role = false;
    for (let index = 2; index < Math.min(words.length - 1, 9); index += 1) {
      role ||= roleOfAnAdult(words, index) || groupWords.has(words[index]?.lower ?? '');
      if (/^\s*[,:]/.test(gapAfter(sentence, index))) return role;
      if (/[.!?;]/.test(gapAfter(sentence, index))) return false;
    }
    return false;
  }
  const next = words[1];
  if (!kinReaders.has(first.lower) || !/^\p{Lu}/u.test(first.text) || !next || next.quoted) return false;
  if (!/^\s*[,!]/.test(gapAfter(sentence, 0))) return false;
  return kinVocativeOpeners.has(next.lower) || (secondPerson.has(next.lower) && next.lower !== 'your');
}

/** Words that may follow a list of kin, so that a kin word between commas is one of a list ("Mum, Dad and I"). */
const listJoins = wordSet('and or');

/**
 * Whether a sentence calls its reader by a kin word set off by commas in its middle: "And now, Dad, I get a chance to
 * say I'm so very proud of you." (a grown child writing to a parent). Not a list ("Yesterday, Mum, Dad and I went…"),
 * nor a sign-off's closing kin word ("Love you, Mum"), which a parent writing to the child signs with.
 */
export function callsKinMidSentence(sentence: NoteSentence): boolean {
  const words = sentence.words;
  for (let index = 1; index < words.length - 1; index += 1) {
    const word = words[index] as NoteWord;
    if (word.quoted || !kinReaders.has(word.lower) || !/^\p{Lu}/u.test(word.text)) continue;
    if (!/^\s*,\s*$/.test(gapAfter(sentence, index - 1)) || !/^\s*,\s*$/.test(gapAfter(sentence, index))) continue;
    const before = words[index - 1] as NoteWord;
    const after = words[index + 1] as NoteWord;
    if (kinReaders.has(before.lower) || kinReaders.has(after.lower) || listJoins.has(after.lower)) continue;
    // the words after are said to that person: "Dad, I…", not another name ("Mum, Jade, …")
    if (after.lower === 'i' || /^\p{Ll}/u.test(after.text)) {
      // "Yesterday, Mum, Dad and I": a list runs on past the next comma
      const rest = words.slice(index + 1, index + 4);
      if (rest.some((next) => kinReaders.has(next.lower))) continue;
      return true;
    }
  }
  return false;
}
