import { childrensServices } from './child-groups.ts';
import { childRoleAt } from './child-roles.ts';
import { organisationJoins } from './lexicon.ts';
import { type Gender, stripPossessive } from './names.ts';
import type { NoteSentence, NoteWord } from './read-note.ts';
import { childPhrases, selfReferences } from './words.ts';

// Phrases from the word lists found in a sentence: the writer ("I", "the social worker"), the child by a phrase
// ("the child", "your son"), and the gender a note gives a child it names only by such phrases.
/** A phrase of a list, with which of its words are acronyms (matched letter for letter). */
interface IndexedPhrase {
  phrase: string[];
  acronym: boolean[];
}

/** Each list's phrases by their first word, lower case, in the list's order (the first match wins). */
const byFirstWord = new WeakMap<string[][], Map<string, IndexedPhrase[]>>();
function phrasesStartingWith(phrases: string[][], lower: string): IndexedPhrase[] | undefined {
  let index = byFirstWord.get(phrases);
  if (!index) {
    index = new Map();
    for (const phrase of phrases) {
      const first = (phrase[0] as string).toLowerCase();
      const acronym = phrase.map((part) => part === part.toUpperCase() && part.length > 1);
      index.set(first, [...(index.get(first) ?? []), { phrase, acronym }]);
    }
    byFirstWord.set(phrases, index);
  }
  return index.get(lower);
}

/** Whether `part` of a phrase matches `word` ("the child's" may end a phrase as "the child"). */
function partMatches(
  part: string,
  acronym: boolean,
  word: NoteWord | undefined,
  offset: number,
  last: boolean,
): boolean {
  if (!word || word.quoted || (offset > 0 && word.breakBefore)) return false;
  if (acronym) return word.text === part;
  // the last word may be possessive: "the child's", "your son's"
  return word.lower === part || (last && stripPossessive(word.lower) === part);
}

/** Length of a multi-word phrase starting at `index`, or 0. Case-insensitive except for acronyms. */
export function phraseAt(words: NoteWord[], index: number, phrases: string[][]): number {
  // most words start no phrase: only the phrases starting with this word are tried
  const candidates = phrasesStartingWith(phrases, (words[index] as NoteWord).lower);
  if (!candidates) return 0;
  for (const { phrase, acronym } of candidates) {
    let matches = true;
    for (let offset = 0; offset < phrase.length && matches; offset += 1)
      matches = partMatches(
        phrase[offset] as string,
        acronym[offset] as boolean,
        words[index + offset],
        offset,
        offset === phrase.length - 1,
      );
    if (!matches) continue;
    // "the Child Protection conference", "the Children in Care Council": part of a name
    const last = words[index + phrase.length - 1] as NoteWord;
    const after = words[index + phrase.length];
    const capital = (word: NoteWord | undefined) => word !== undefined && /^\p{Lu}/u.test(word.text);
    if (capital(last) && last.text !== last.text.toUpperCase() && after && !after.breakBefore) {
      if (capital(after) || (organisationJoins.has(after.lower) && capital(words[index + phrase.length + 1]))) continue;
    }
    return phrase.length;
  }
  return 0;
}

export const selfReferenceAt = (words: NoteWord[], index: number): number => phraseAt(words, index, selfReferences);
export const childPhraseAt = (words: NoteWord[], index: number): number => {
  const length = phraseAt(words, index, childPhrases);
  if (length === 0) return 0;
  const last = words[index + length - 1] as NoteWord;
  const next = words[index + length];
  if (last.lower === "children's" && next && !next.breakBefore && childrensServices.has(next.lower)) return 0;
  return length;
};

const girlWords = new Set(['girl', 'daughter', 'niece', 'granddaughter']);
const boyWords = new Set(['boy', 'son', 'nephew', 'grandson']);

/** The gender of a child the note names only by what they are ("the girl", "a young boy"), or unknown. */
export function phraseGender(sentences: NoteSentence[]): Gender {
  let female = 0;
  let male = 0;
  for (const sentence of sentences) {
    const words = sentence.words;
    for (let index = 0; index < words.length; index += 1) {
      const word = words[index] as NoteWord;
      const role = word.quoted ? null : childRoleAt(words, index, () => false);
      if (role && role.gender !== 'unknown') {
        if (role.gender === 'female') female += 1;
        else male += 1;
        index += role.length - 1;
        continue;
      }
      const length = word.quoted ? 0 : childPhraseAt(words, index);
      if (length === 0) continue;
      const last = stripPossessive((words[index + length - 1] as NoteWord).lower);
      if (girlWords.has(last)) female += 1;
      if (boyWords.has(last)) male += 1;
      index += length - 1;
    }
  }
  return female > 0 && male === 0 ? 'female' : male > 0 && female === 0 ? 'male' : 'unknown';
}
