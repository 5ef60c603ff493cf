import { childGroupAt } from './child-groups.ts';
import { adultTopicAt, isAdultRole } from './adult-roles.ts';
import { childRoleAt, hasModal } from './child-roles.ts';
import { genderBeside, noteGendered } from './child-gender.ts';
import { childPhraseAt, selfReferenceAt } from './child-phrases.ts';
import { type ChildIdentity, type Gender, isChildName, nameReadings, stripPossessive } from './names.ts';
import type { NoteSentence, NoteWord } from './read-note.ts';
import { speechVerbs, wishVerbs } from './voice-words.ts';
import {
  femaleOthers,
  femalePronouns,
  maleOthers,
  malePronouns,
  pluralChildPhrases,
  pluralOthers,
  secondPerson,
  theyPronouns,
} from './words.ts';

export type { ChildIdentity, Gender } from './names.ts';

/** Who the last-mentioned woman or girl, man or boy, and group was: the child, someone else, or nobody yet. */
export interface Referents {
  female: 'child' | 'other' | null;
  male: 'child' | 'other' | null;
  /** The last person or group "they" may stand for: the child, a group of children with them, or others. */
  plural?: 'child' | 'children' | 'other' | null;
  /** Who the sentence before was first about: a sentence opening "He…" or "She…" most often means them. */
  topic?: 'child' | 'other' | null;
  /** When that was someone else, a woman or a man ("Alice's mother Sharon said…": female), or null when not known. */
  topicGender?: 'female' | 'male' | null;
  /** That someone else was an adult named by their role ("the class teacher"), a woman or a man. */
  topicRole?: boolean;
  /** The child last mentioned was children in general ("children need…"), so "they" and "she" are too. */
  generic?: boolean;
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
/** Words that refer to children in general ("children need…", "a child may…", "they" after them), not the child. */
export const genericRoles = new WeakMap<WordRole[], Set<number>>();
/**
 * Pronouns read as someone else that most likely continue the child the sentence before opened on, when the child's
 * gender is not known ("She argues with her mother. In every lesson she…"): enough to say the sentence is about a
 * child (sentence-kind.ts), too weak to give the child the words it records or to rewrite it.
 */
export const likelyChildRoles = new WeakMap<WordRole[], Set<number>>();
/** Pronouns read as the child only because no one mentioned before can be meant: by default, not by an antecedent. */
export const unanchoredRoles = new WeakMap<WordRole[], Set<number>>();

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
  const words = sentence.words;
  // filled by a loop, not `map`: optimised code makes `map`'s arrays holey (a second shape to deoptimise on)
  const roles: WordRole[] = [];
  for (let index = 0; index < words.length; index += 1) roles.push('none');
  const readings = nameReadings(sentence);
  const uncertain = new Set<number>();
  const generic = new Set<number>();
  const likely = new Set<number>();
  const unanchored = new Set<number>();
  const writer = child.evidence === 'writer';
  /** Same-gender others named in this sentence, before the current word. */
  const namedHere = { female: false, male: false };
  const genderedHere = { female: false, male: false }; // women and men named here by a word of their gender
  let modal: boolean | undefined;
  const modalIn = (): boolean => {
    modal ??= hasModal(words);
    return modal;
  };
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
    // in the child's own letter the child is "I": "the kids" and "she" are others
    const phraseLength = writer ? 0 : childPhraseAt(words, index);
    // "her son", "the 15-year-old", "Child A": one child by role or age (a best reading: no rewrite)
    const role = phraseLength > 0 || writer ? null : childRoleAt(words, index, modalIn);
    const group = phraseLength > 0 || role || writer ? null : childGroupAt(words, index);
    const childLength = phraseLength || (role?.length ?? 0) || (group?.length ?? 0);
    if (childLength > 0) {
      for (let offset = 0; offset < childLength; offset += 1) {
        roles[index + offset] = 'child-phrase';
        if (group?.generic || role?.generic) generic.add(index + offset);
        if (role) uncertain.add(index + offset);
      }
      // children in general are not "she" or "he"
      // "Baby A's mother", "Child A and she…": a child named by role in passing is no antecedent for "she"
      const passing =
        role !== null &&
        ((words[index + childLength - 1] as NoteWord).text.endsWith("'s") || words[index - 1]?.lower === 'and');
      if (group?.plural) referents.plural = 'children';
      else if (!passing) setChild(referents, role && role.gender !== 'unknown' ? role.gender : child.gender);
      referents.generic = group?.generic ?? role?.generic ?? false;
      const last = stripPossessive((words[index + childLength - 1] as NoteWord).lower);
      if (pluralChildPhrases.has(last)) referents.plural = 'children';
      index += childLength - 1;
      continue;
    }
    if (isChildName(word, child) && readings[index] !== 'title-name' && readings[index] !== 'surname') {
      // "Well done, Rich!": a name set off at the end of a sentence is spoken to, not about
      const vocative = index > 0 && index === words.length - 1 && word.breakBefore && !word.text.endsWith("'s");
      roles[index] = vocative ? 'second-person' : 'child-name';
      // (a child the host names with no pronoun leaves "he" or "she" to a man or a woman named before them)
      setChild(referents, genderBeside(child, genderedHere));
      referents.generic = false;
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
      noteGendered(genderedHere, femaleOthers.has(bare), maleOthers.has(bare));
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
      let firstReference = true;
      for (let before = 0; before < index && firstReference; before += 1) firstReference = roles[before] === 'none';
      const topicIsChild = firstReference && referents.topic === 'child' && child.gender !== 'unknown';
      // "Alice's mother Sharon said she was proud of her daughter. “When she thinks…,” she said.": the speaker of a
      // quotation the sentence opens with is the woman (or man) the sentence before was about
      // ("The girl's mother … admitted her family's 'world fell apart'. But she said: “…”": an opening pronoun that
      // speaks, the sentence before about a woman, is that woman too)
      const speaksAfterOther =
        firstReference &&
        referents.topic === 'other' &&
        (referents.topicGender === (female ? 'female' : 'male') || (referents.topicRole && !referents.topicGender)) &&
        (index === 0 || (words[index - 1] as NoteWord).quoted || !(words[index - 1] as NoteWord).breakBefore) &&
        (speechVerbs.has(next?.lower ?? '') || wishVerbs.includes(next?.lower ?? ''));
      const isChild =
        !speaksAfterOther &&
        (topicIsChild ||
          possessiveOfRelation ||
          objectAfterOther ||
          referent === 'child' ||
          (referent === null && compatible && (child.names.size === 0 || child.gender !== 'unknown')));
      roles[index] = isChild && compatible && !writer ? 'child-pronoun' : 'other-pronoun';
      const byDefault = referent === null && !topicIsChild && !possessiveOfRelation && !objectAfterOther;
      if (roles[index] === 'child-pronoun' && byDefault) unanchored.add(index);
      // the child's gender unknown, an opening pronoun of the gender the last sentence opened on the child with
      // (not the speaker after a quotation: "…," she said)
      const continuesChild =
        firstReference &&
        !isChild &&
        !writer &&
        !referents.generic &&
        referents.topic === 'child' &&
        child.gender === 'unknown' &&
        referents.topicGender === (female ? 'female' : 'male') &&
        !words[index - 1]?.quoted;
      if (continuesChild) likely.add(index);
      if (roles[index] === 'child-pronoun' && referent === 'child' && referents.generic) generic.add(index);
      continue;
    }
    if (theyPronouns.has(word.lower)) {
      if (referents.plural === 'children') {
        roles[index] = 'child-pronoun';
        if (referents.generic) generic.add(index);
      } else if (child.givenPronouns === 'they' && referents.plural !== 'other') roles[index] = 'child-pronoun';
      else if (child.givenPronouns === 'they' && referents.plural === 'other') roles[index] = 'other-pronoun';
    }
  }
  // "Alice's mother Sharon…": a possessive child before the person it owns is not who the sentence is about
  let firstAt = -1;
  for (let index = 0; index < roles.length && firstAt === -1; index += 1) {
    const role = roles[index] as WordRole;
    if (role === 'none' || role === 'second-person' || role === 'self-reference') continue;
    // ("The girl's mother": the whole phrase, its determiner included)
    let end = index;
    while (role === 'child-phrase' && roles[end + 1] === 'child-phrase') end += 1;
    const owned =
      (role === 'child-name' || role === 'child-phrase') &&
      /'s$/.test((words[end] as NoteWord).lower) &&
      (roles[end + 1] === 'other-person' || isAdultRole(words, end + 1));
    if (owned) index = end;
    else firstAt = index;
  }
  const first = roles[firstAt];
  // "The class teacher rushed up to me…": an adult by role the sentence opens on is who a "she" or "he" after it means
  const adultAt = adultTopicAt(words, roles, firstAt);
  if (adultAt !== -1) {
    referents.topic = 'other';
    referents.topicGender = null;
    referents.topicRole = true;
  } else if (first !== undefined) {
    referents.topicRole = false;
    const other = (first === 'other-person' || first === 'other-pronoun') && !likely.has(firstAt);
    referents.topic = other ? 'other' : 'child';
    const lower = stripPossessive((words[firstAt] as NoteWord).lower);
    const female = femaleOthers.has(lower) || femalePronouns.has(lower);
    const male = maleOthers.has(lower) || malePronouns.has(lower);
    // the child's too when a pronoun opened on them, not as the speaker after a quotation ("…," she said)
    const childPronoun = (first === 'child-pronoun' || likely.has(firstAt)) && !words[firstAt - 1]?.quoted;
    referents.topicGender = (other || childPronoun) && female !== male ? (female ? 'female' : 'male') : null;
  }
  // remembered only when there is something to remember: a weak map entry for every sentence costs more than reading it
  if (uncertain.size > 0) uncertainRoles.set(roles, uncertain);
  if (generic.size > 0) genericRoles.set(roles, generic);
  if (likely.size > 0) likelyChildRoles.set(roles, likely);
  if (unanchored.size > 0) unanchoredRoles.set(roles, unanchored);
  return roles;
}

function setChild(referents: Referents, gender: Gender): void {
  if (gender !== 'male') referents.female = 'child';
  if (gender !== 'female') referents.male = 'child';
  if (referents.plural !== 'children') referents.plural = 'child';
}
