import { feelingNotName, feelingOnly } from './feeling-names.ts';
import {
  eventHeads,
  namedThings,
  grammar,
  isNotName,
  organisationHeads,
  organisationJoins,
  metBeforeInto,
  placePrefixes,
  places,
  babyTalk,
  possessives,
  dayNames,
} from './lexicon.ts';
import { headsBeforeOf, spelledByAcronym } from './organisation-names.ts';
import { stripPossessive } from './possessive.ts';
import type { NameReading, NoteSentence, NoteWord } from './read-note.ts';
import { femaleOthers, maleOthers } from './words.ts';

export type Gender = 'female' | 'male' | 'unknown';

/** The child as the analysis knows them: names to look for and, when known, pronouns. */
export interface ChildIdentity {
  names: Set<string>;
  /** The name messages may use: null when the engine is not sure who the child is. */
  displayName: string | null;
  inferred: boolean;
  gender: Gender;
  /** Pronouns given by the host (rewrites of pronouns need them). */
  givenPronouns: 'she' | 'he' | 'they' | undefined;
  /** How the child was found: the host's context, a greeting or vocative, or how often they are named. */
  /** (`'writer'`: the child wrote the note, so "I" is the child and "she" or "the kids" are others.) */
  evidence: 'context' | 'vocative' | 'mentions' | 'none' | 'writer';
}

export type { NameReading } from './read-note.ts';
export { stripPossessive } from './possessive.ts';

// "Mrs. White", "Dr. Patel": the tokeniser keeps an abbreviation's full stop on the word
export const titles = new Set([
  ...['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'justice', 'judge', 'lord', 'dame', 'sir'],
  ...['mr.', 'mrs.', 'ms.', 'mx.', 'dr.'],
]);
/** Words for a person that may stand before their name ("Mum Sarah", "Foster Carer Ruth", "Baby Connor"). */
const personWords = /* @__PURE__ */ new Set([
  ...femaleOthers,
  ...maleOthers,
  ...'carer carers worker teacher nurse officer manager friend cousin partner sibling mentor advocate chair baby little big auntie aunty aunt nanny nannie'.split(
    ' ',
  ),
]);
/** The letters of a church school's name ("St Barnabas CE Primary", "St Sebastian's CofE Primary School"). */
const churchSchools = new Set(['CE', 'RC', 'CofE', 'VA', 'VC']);
/** Prepositions before which a capitalised word is a place ("in Portsmouth", "at Tesco"). */
const placePrepositions = new Set(['in', 'at', 'near', 'around', 'outside', 'inside', 'towards', 'into']);

const verbForm = /^\p{Lu}\p{Ll}{3,}(?:ed|ing)$/u;
const ingForm = /^\p{Lu}\p{Ll}{2,}ing$/u;
/** Names that end like a verb form. */
const edNames = new Set('mohammed muhammed mohamed ahmed alfred jared mildred winifred manfred sterling'.split(' '));
/** Names that end like an -ing form. */
const ingNames = new Set(
  'sterling irving channing manning fleming browning harding golding redding darling ewing'.split(' '),
);
const capitalisedWord = /^\p{Lu}\p{Ll}/u;
/** Articles (as written, lower case: "The" opening a sentence is read on its own). */
const articles = new Set(['the', 'a', 'an']);
/** `capitalisedWord`'s answer, the commonest (a lower-case letter or a digit first: no) known without the expression. */
export function isCapitalised(text: string): boolean {
  const first = text.charCodeAt(0);
  return !((first >= 97 && first <= 122) || (first >= 48 && first <= 57)) && capitalisedWord.test(text);
}
/** Words that end a street's name ("Wessex Drive"): a capitalised word after one and a comma is a town. */
const streetWords = new Set(
  'street road lane drive avenue close way crescent grove gardens terrace place square'.split(' '),
);

/** Whether a word stands inside a placeholder's brackets ("[Child's Name]", "<Child's name>"). */
export function inPlaceholder(sentence: NoteSentence, word: NoteWord): boolean {
  const before = sentence.text.slice(0, word.start - sentence.from);
  const open = Math.max(before.lastIndexOf('['), before.lastIndexOf('<'));
  if (open === -1) return false;
  const closed = Math.max(before.lastIndexOf(']'), before.lastIndexOf('>'));
  return closed < open;
}

/** Nouns a toy's or a pet's name follows ("her favourite toy Eeyore", "our dog Sooty"): never a person named after them. */
const petsAndToys = new Set('toy toys teddy doll dog cat puppy kitten pet pony horse rabbit hamster'.split(' '));

/**
 * Reads each word of a sentence as a name or not. A name is capitalised with lower-case letters
 * after the first (not an acronym), is in none of the lexicon's lists, is not part of an
 * organisation's name ("Children in Care Council") and is not a place after "in" or "at".
 */
export function nameReadings(sentence: NoteSentence): NameReading[] {
  // read once for each sentence (by who the child is, then by whom each word refers to)
  const cached = sentence.nameReadings;
  if (cached) return cached;
  const words = sentence.words;
  // filled by a loop, not `map`: optimised code makes `map`'s arrays holey (a second shape to deoptimise on)
  const capitalised: boolean[] = [];
  const result: NameReading[] = [];
  for (const word of words) {
    capitalised.push(isCapitalised(word.text));
    result.push('not-name');
  }
  // runs of capitalised words (joined by "in", "of", ...) ending in an organisation word
  const inOrganisation = new Array<boolean>(words.length).fill(false);
  for (let start = 0; start < words.length; start += 1) {
    if (!capitalised[start]) continue;
    let end = start;
    let last = start;
    while (end + 1 < words.length && !(words[end + 1] as NoteWord).breakBefore) {
      const next = words[end + 1] as NoteWord;
      if (capitalised[end + 1]) last = end + 1;
      // ("St Barnabas CE Primary", "Our Lady RC School": a church school's letters go on with its name)
      else if (!organisationJoins.has(next.lower) && !churchSchools.has(next.text)) break;
      end += 1;
    }
    const head = stripPossessive((words[last] as NoteWord).lower);
    // "Core Groups", "Family Hubs": plural heads too; "HM Inspectorate of Prisons", "Court of Appeal": an
    // organisation word before "of" heads the name whatever follows
    if (
      last > start &&
      (organisationHeads.has(head) ||
        (head.endsWith('s') && organisationHeads.has(head.slice(0, -1))) ||
        headsBeforeOf(words, capitalised, start, last))
    )
      for (let index = start; index <= last; index += 1) inOrganisation[index] = true;
    else if (last > start && eventHeads.has(head)) {
      // "Viability Meeting", "Family Group Conference"; in "Jade's Care Plan" Jade is still a person
      let owner = start - 1;
      for (let index = start; index < last; index += 1) if (/'s$/i.test((words[index] as NoteWord).text)) owner = index;
      for (let index = owner + 1; index <= last; index += 1) inOrganisation[index] = true;
    }
    start = last;
  }
  // "what children told The Big Ambition", "a story in The Secret Garden": a capitalised "The" inside a sentence opens
  // a title, and the capitalised words after it are the title's, not a person's (a name takes no article)
  for (let index = 1; index + 1 < words.length; index += 1) {
    if ((words[index] as NoteWord).text !== 'The' || (words[index] as NoteWord).breakBefore) continue;
    for (
      let next = index + 1;
      next < words.length && capitalised[next] && !(words[next] as NoteWord).breakBefore;
      next += 1
    )
      inOrganisation[next] = true;
  }
  // a run of three or more capitalised words, two of them ordinary words, is a title or a place
  // ("Little Red Riding Hood", "Community Mental Health Team"), not a person
  for (let start = 0; start < words.length; start += 1) {
    if (!capitalised[start]) continue;
    let end = start;
    while (end + 1 < words.length && capitalised[end + 1] && !(words[end + 1] as NoteWord).breakBefore) end += 1;
    if (end - start >= 2) {
      let ordinary = 0;
      for (let index = start; index <= end; index += 1)
        if (
          isNotName(stripPossessive((words[index] as NoteWord).lower)) &&
          !titles.has((words[index] as NoteWord).lower)
        )
          ordinary += 1;
      if (ordinary >= 2) for (let index = start; index <= end; index += 1) inOrganisation[index] = true;
    }
    start = end;
  }
  // "National Voice", "Link Worker": a run ending in an ordinary word names a thing or a role, not a
  // person (a surname is not "Voice"); "Jade's Mum" is still Jade
  for (let start = 0; start < words.length; start += 1) {
    if (!capitalised[start]) continue;
    let end = start;
    while (end + 1 < words.length && capitalised[end + 1] && !(words[end + 1] as NoteWord).breakBefore) end += 1;
    const last = words[end] as NoteWord;
    if (end > start && isNotName(stripPossessive(last.lower)) && !titles.has(last.lower))
      for (let index = start; index < end && !/'s$/i.test((words[index] as NoteWord).text); index += 1)
        inOrganisation[index] = true;
    start = end;
  }
  spelledByAcronym(sentence, capitalised, inOrganisation);
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index] as NoteWord;
    const bare = stripPossessive(word.text);
    if (!capitalised[index] || inOrganisation[index] || isNotName(bare.toLowerCase())) continue;
    // "when Panic is around", "Anger makes him shout": a feeling (not "Hope told me…"); "bad Panic Attacks": the word
    // after a feeling is part of its phrase
    if (feelingNotName(sentence, index)) continue;
    if (index > 0 && !word.breakBefore && capitalised[index - 1] && feelingOnly(sentence, index - 1)) continue;
    // "the Federation", "the Los Angeles Times": a name does not take an article
    const article = words[index - 1];
    if (article && !word.breakBefore && articles.has(article.text)) continue;
    // "Fostered throughout her life…", "Having met…": a verb form opening a sentence is not a name, nor
    // one ending in -ing anywhere ("Fostering People", "Caring Hearts")
    // (after a heading's colon too: "DATA: Stated several times that…")
    if (
      (((index === 0 || /:\s*$/.test(gapAfter(sentence, index - 1))) && verbForm.test(bare)) || ingForm.test(bare)) &&
      !edNames.has(bare.toLowerCase()) &&
      !ingNames.has(bare.toLowerCase())
    )
      continue;
    // "Dear [Recipients Name]", "<Child's name>": a placeholder, not a person
    if (inPlaceholder(sentence, word)) continue;
    // "she said MaMa", "DaDa!" (a baby's doubled syllable), "me (her Mama)": a word for a parent, not a name
    if (babyTalk.test(bare) || (bare === 'Mama' && possessives.has(words[index - 1]?.lower ?? ''))) continue;
    const previous = words[index - 1];
    const next = words[index + 1];
    // "Lord Doherty, Lord Armstrong": a title before a name is the title, not a name of its own
    if (titles.has(word.lower) && next && !next.breakBefore && capitalised[index + 1]) continue;
    // "the Run or Dye event": a capitalised word straight before a lower-case "event" or "award" is that thing's name
    if (next && !next.breakBefore && next.text === next.lower && namedThings.has(next.lower)) continue;
    // "her favourite toy Eeyore", "my dog Daisy": a toy's or a pet's name, not a person's
    if (previous && !word.breakBefore && petsAndToys.has(previous.text)) continue;
    // "Stage 2", "Section 17", "Year 6", "Responder #1": a capitalised word before a number labels a step, a part or a rank
    if (next && /^\d/.test(next.text) && (!next.breakBefore || /^\s*#$/.test(gapAfter(sentence, index)))) continue;
    // "of Wessex Drive, Ince,": the word after a street's name and a comma is its town
    if (previous && word.breakBefore && capitalised[index - 1] && streetWords.has(previous.lower)) continue;
    // "Christmas Day", "Boxing Day", "Mother's Day": a day's name, not a person's
    if (word.lower === 'day' && previous && !word.breakBefore && capitalised[index - 1] && dayNames.has(previous.lower))
      continue;
    // "Manchester United", "Bradford City", "New York", "North Tyneside": part of a place's or a club's name
    if (
      previous &&
      !word.breakBefore &&
      capitalised[index - 1] &&
      (places.has(stripPossessive(previous.lower)) || placePrefixes.has(previous.lower))
    )
      continue;
    // "Judge Frederick C. Wright": a surname after a name and an initial
    const initial = words[index - 2];
    if (
      previous &&
      initial &&
      /^\p{Lu}$/u.test(previous.text) &&
      result[index - 2] !== 'not-name' &&
      /^\.\s+$/.test(sentence.text.slice(previous.end - sentence.from, word.start - sentence.from))
    ) {
      result[index] = 'surname';
      continue;
    }
    // "the Family Division", "Bright Spots": a capitalised ordinary word inside a sentence, then this word, is a
    // name of a thing ("Yesterday Jade…" opens the sentence; "Foster Carer Ruth", "Mum Sarah" name a person; a
    // function word is no part of a thing's name: "those Born Before Computers" may be a run of names)
    if (
      previous &&
      index > 1 &&
      !word.breakBefore &&
      capitalised[index - 1] &&
      !previous.breakBefore &&
      isNotName(stripPossessive(previous.lower)) &&
      !grammar.has(previous.lower) &&
      !titles.has(previous.lower) &&
      !personWords.has(previous.lower)
    )
      continue;
    if (previous && !word.breakBefore && titles.has(previous.lower)) result[index] = 'title-name';
    // ("we moved into Lisburn": a place; not "bumped into Jade", a person met)
    else if (previous && !word.breakBefore && placePrepositions.has(previous.lower) && bare === word.text) {
      if (!metBeforeInto.has(words[index - 2]?.lower ?? '')) continue;
      result[index] = 'name';
    } else if (previous && !word.breakBefore && result[index - 1] !== 'not-name') result[index] = 'surname';
    else result[index] = 'name';
  }
  sentence.nameReadings = result;
  return result;
}

/** A capitalised word that looks like a person's first name (not a surname after a title or a first name). */
export function isNameLike(sentence: NoteSentence, index: number): boolean {
  return nameReadings(sentence)[index] === 'name';
}

/** Whether a word, as written, is the name of the child. Names are matched capitalised, so "summer holidays" is not Summer. */
export function isChildName(word: NoteWord, child: ChildIdentity): boolean {
  if (child.names.size === 0 || word.quoted) return false;
  // most words start with a lower-case letter or a digit: not a name, known without a regular expression
  const first = word.text.charCodeAt(0);
  if ((first >= 97 && first <= 122) || (first >= 48 && first <= 57)) return false;
  // "a boy, Z. The judge ordered that Z…": an initial before a full stop is read with it (most words end in no full stop)
  const possessed = stripPossessive(word.text);
  const bare = possessed.endsWith('.') ? possessed.replace(/^(\p{Lu})\.$/u, '$1') : possessed;
  return /^\p{Lu}/u.test(bare) && child.names.has(bare.toLowerCase());
}

/** The text between two words of a sentence. */
export const gapAfter = (sentence: NoteSentence, index: number): string => {
  const word = sentence.words[index];
  const next = sentence.words[index + 1];
  if (!word) return '';
  return sentence.text.slice(word.end - sentence.from, (next?.start ?? sentence.to) - sentence.from);
};
