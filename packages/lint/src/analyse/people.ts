import { organisationJoins } from './lexicon.ts';
import { type ChildIdentity, type Gender, isChildName, nameReadings, stripPossessive } from './names.ts';
import type { NoteSentence, NoteWord } from './read-note.ts';
import {
  childPhrases,
  femaleOthers,
  femalePronouns,
  maleOthers,
  malePronouns,
  pluralChildPhrases,
  pluralOthers,
  secondPerson,
  selfReferences,
  theyPronouns,
} from './words.ts';

export type { ChildIdentity, Gender } from './names.ts';

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
export const childPhraseAt = (words: NoteWord[], index: number): number => phraseAt(words, index, childPhrases);

/** Words before "children" that make them someone else's ("her children", "the other children"). */
const notTheChildren = new Set(['other', 'her', 'his', 'my', 'our', 'own', 'their', 'your', "mum's", "dad's"]);
/** Words after "child" or "children" that make a service or a topic ("child protection", "Children's Services"). */
const childTopics = new Set(
  'protection development exploitation abuse sexual services service social act commissioner centre centres trust safeguarding care-experienced'.split(
    ' ',
  ),
);
const childDeterminers = new Set(['a', 'one', 'each', 'every', 'any', 'this', 'that', 'no']);

/** "Children must be seen", "some children told me", "a child in care": children in general, as the note's subject. */
function genericChildAt(words: NoteWord[], index: number): number {
  const word = words[index] as NoteWord;
  const bare = stripPossessive(word.lower);
  // only these words name children in general: the rest of the note is passed over at once
  if (bare !== 'children' && bare !== 'girl' && bare !== 'boy' && bare !== 'child') return 0;
  const next = words[index + 1];
  if (next && childTopics.has(next.lower)) return 0;
  const capital = (candidate: NoteWord | undefined) => candidate !== undefined && /^\p{Lu}/u.test(candidate.text);
  // "the Children in Care Council"
  if (capital(word) && (capital(next) || (next && organisationJoins.has(next.lower) && capital(words[index + 2]))))
    return 0;
  const previous = words[index - 1]?.lower ?? '';
  if (bare === 'children' || bare === 'girl' || bare === 'boy') {
    if (notTheChildren.has(previous)) return 0;
    if (bare !== 'children' && previous !== 'this') return 0;
    return 1;
  }
  if (bare === 'child' && childDeterminers.has(previous)) return 1;
  return 0;
}

const girlWords = new Set(['girl', 'daughter']);
const boyWords = new Set(['boy', 'son']);

/** The gender of a child the note names only by what they are ("the girl", "a young boy"), or unknown. */
export function phraseGender(sentences: NoteSentence[]): Gender {
  let female = 0;
  let male = 0;
  for (const sentence of sentences) {
    const words = sentence.words;
    for (let index = 0; index < words.length; index += 1) {
      const length = (words[index] as NoteWord).quoted ? 0 : childPhraseAt(words, index);
      if (length === 0) continue;
      const last = stripPossessive((words[index + length - 1] as NoteWord).lower);
      if (girlWords.has(last)) female += 1;
      if (boyWords.has(last)) male += 1;
      index += length - 1;
    }
  }
  return female > 0 && male === 0 ? 'female' : male > 0 && female === 0 ? 'male' : 'unknown';
}

/** Who the last-mentioned woman or girl, man or boy, and group was: the child, someone else, or nobody yet. */
export interface Referents {
  female: 'child' | 'other' | null;
  male: 'child' | 'other' | null;
  /** The last person or group "they" may stand for: the child, a group of children with them, or others. */
  plural?: 'child' | 'children' | 'other' | null;
  /** Who the sentence before was first about: a sentence opening "He…" or "She…" most often means them. */
  topic?: 'child' | 'other' | null;
}

/** The role of each word in a sentence: reference to the child, to someone else, or neither. */
export type WordRole =
  | 'child-name'
  | 'child-phrase'
  | 'child-pronoun'
  | 'other-pronoun'
  | 'self-reference'
  | 'second-person'
  | 'other-person'
  | 'none';

const objectHer = new Set(
  'to at in on with about for from up down out off back home a an the that this and or but if when so because again today yesterday too as into by over some any how what why where there here later now feel know see'.split(
    ' ',
  ),
);
/** Words whose role is a best reading, not a certain one: rewrites leave their sentences alone. */
export const uncertainRoles = new WeakMap<WordRole[], Set<number>>();

const objectPronouns = new Set(['him', 'himself', 'herself']);

/** Whether a pronoun is the object of its clause ("Mum hugged her", "took him to school"). */
function isObject(words: NoteWord[], index: number): boolean {
  const word = words[index] as NoteWord;
  if (objectPronouns.has(word.lower)) return true;
  if (word.lower !== 'her') return false;
  const next = words[index + 1];
  return !next || next.breakBefore || objectHer.has(next.lower) || /ly$/.test(next.lower);
}

/**
 * Reads who each word refers to, carrying the last-mentioned people across sentences so that a
 * sentence opening with "She" finds its person. An object pronoun after someone else of the same
 * gender in the same sentence is not that person ("Mum hugged her": her is not Mum).
 */
export function resolveRoles(sentence: NoteSentence, child: ChildIdentity, referents: Referents): WordRole[] {
  const roles: WordRole[] = sentence.words.map(() => 'none');
  const words = sentence.words;
  const readings = nameReadings(sentence);
  const uncertain = new Set<number>();
  uncertainRoles.set(roles, uncertain);
  /** Same-gender others named in this sentence, before the current word. */
  const namedHere = { female: false, male: false };
  const markOther = (female: boolean, male: boolean) => {
    if (female) {
      referents.female = 'other';
      namedHere.female = true;
    }
    if (male) {
      referents.male = 'other';
      namedHere.male = true;
    }
  };
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index] as NoteWord;
    if (word.quoted) continue;
    const selfLength = selfReferenceAt(words, index);
    if (selfLength > 0) {
      for (let offset = 0; offset < selfLength; offset += 1) roles[index + offset] = 'self-reference';
      index += selfLength - 1;
      continue;
    }
    const childLength = childPhraseAt(words, index) || genericChildAt(words, index);
    if (childLength > 0) {
      for (let offset = 0; offset < childLength; offset += 1) roles[index + offset] = 'child-phrase';
      setChild(referents, child.gender);
      const last = stripPossessive((words[index + childLength - 1] as NoteWord).lower);
      if (pluralChildPhrases.has(last)) referents.plural = 'children';
      index += childLength - 1;
      continue;
    }
    if (isChildName(word, child) && readings[index] !== 'title-name' && readings[index] !== 'surname') {
      // "Well done, Rich!": a name set off at the end of a sentence is spoken to, not about
      const vocative = index > 0 && index === words.length - 1 && word.breakBefore && !word.text.endsWith("'s");
      roles[index] = vocative ? 'second-person' : 'child-name';
      setChild(referents, child.gender);
      // "B and C", "Jade and her brother": a group with the child in it
      if (words[index + 1]?.lower === 'and' || words[index - 1]?.lower === 'and') referents.plural = 'children';
      continue;
    }
    if (secondPerson.has(word.lower)) {
      roles[index] = 'second-person';
      continue;
    }
    const bare = stripPossessive(word.lower);
    if (femaleOthers.has(bare) || maleOthers.has(bare)) {
      roles[index] = 'other-person';
      markOther(femaleOthers.has(bare), maleOthers.has(bare));
      if (words[index + 1]?.lower === 'and' || words[index - 1]?.lower === 'and') referents.plural = 'other';
      continue;
    }
    if (pluralOthers.has(bare)) {
      referents.plural = 'other';
      continue;
    }
    if (readings[index] === 'name' || readings[index] === 'title-name') {
      roles[index] = 'other-person';
      // a name of unknown gender could be the antecedent of either pronoun
      if (readings[index] === 'name') markOther(true, true);
      if (words[index + 1]?.lower === 'and' || words[index - 1]?.lower === 'and') referents.plural = 'other';
      continue;
    }
    if (readings[index] === 'surname') {
      roles[index] = roles[index - 1] === 'child-name' ? 'child-name' : 'other-person';
      continue;
    }
    if (femalePronouns.has(word.lower) || malePronouns.has(word.lower)) {
      const female = femalePronouns.has(word.lower);
      const referent = female ? referents.female : referents.male;
      const compatible = child.gender === 'unknown' || child.gender === (female ? 'female' : 'male');
      const next = words[index + 1];
      // "her nan", "his brother": the family is the child's, whoever was mentioned last
      const possessiveOfRelation =
        (word.lower === 'her' || word.lower === 'his') &&
        next !== undefined &&
        (femaleOthers.has(next.lower) || maleOthers.has(next.lower)) &&
        child.names.size > 0;
      // "Mum hugged her": the object is not the woman just named, so it is the child when the
      // child was mentioned before (or is the one the note is about)
      const objectAfterOther =
        referent === 'other' &&
        (female ? namedHere.female : namedHere.male) &&
        isObject(words, index) &&
        child.names.size > 0 &&
        compatible;
      if (objectAfterOther) uncertain.add(index);
      // "Peter lives with Lady and Nana. He is seven": an opening pronoun is who the last sentence was about
      // ("While living at home she…": the first person the sentence names counts as its opening)
      const firstReference = roles.slice(0, index).every((role) => role === 'none');
      const topicIsChild = firstReference && referents.topic === 'child' && child.gender !== 'unknown';
      const isChild =
        topicIsChild ||
        possessiveOfRelation ||
        objectAfterOther ||
        referent === 'child' ||
        (referent === null && compatible && (child.names.size === 0 || child.gender !== 'unknown'));
      roles[index] = isChild && compatible ? 'child-pronoun' : 'other-pronoun';
      continue;
    }
    if (theyPronouns.has(word.lower)) {
      if (referents.plural === 'children') roles[index] = 'child-pronoun';
      else if (child.givenPronouns === 'they' && referents.plural !== 'other') roles[index] = 'child-pronoun';
      else if (child.givenPronouns === 'they' && referents.plural === 'other') roles[index] = 'other-pronoun';
    }
  }
  const first = roles.find((role) => role !== 'none' && role !== 'second-person' && role !== 'self-reference');
  referents.topic =
    first === undefined ? referents.topic : first === 'other-person' || first === 'other-pronoun' ? 'other' : 'child';
  return roles;
}

function setChild(referents: Referents, gender: Gender): void {
  if (gender !== 'male') referents.female = 'child';
  if (gender !== 'female') referents.male = 'child';
  if (referents.plural !== 'children') referents.plural = 'child';
}
