import type { NoteSentence, NoteWord } from './read-note.ts';
import type { ChildContext } from './types.ts';
import {
  childPhrases,
  secondPerson,
  femaleOthers,
  femalePronouns,
  maleOthers,
  malePronouns,
  notNames,
  selfReferences,
  theyPronouns,
} from './words.ts';

export type Gender = 'female' | 'male' | 'unknown';

/** The child as the analysis knows them: names to look for and, when known, pronouns. */
export interface ChildIdentity {
  names: Set<string>;
  displayName: string | null;
  inferred: boolean;
  gender: Gender;
  /** Pronouns given by the host (rewrites of pronouns need them). */
  givenPronouns: 'she' | 'he' | 'they' | undefined;
}

const titles = new Set(['mr', 'mrs', 'ms', 'miss', 'dr']);
const speakerVerbs = new Set([
  'said',
  'says',
  'told',
  'tells',
  'is',
  'was',
  'has',
  'had',
  'showed',
  'shows',
  'went',
  'goes',
  'wants',
  'wanted',
  'likes',
  'liked',
  'lives',
  'drew',
  'asked',
  'explained',
  'feels',
  'felt',
  "is'nt",
  "isn't",
  "wasn't",
  'can',
  'will',
  'would',
  'did',
  'does',
]);

const stripPossessive = (word: string): string =>
  word.endsWith("'s") || word.endsWith("'S") ? word.slice(0, -2) : word;

/** Whether a word, as written, is the name of the child. Names are matched capitalised, so "summer holidays" is not Summer. */
export function isChildName(word: NoteWord, child: ChildIdentity): boolean {
  if (child.names.size === 0 || word.quoted) return false;
  const bare = stripPossessive(word.text);
  return /^\p{Lu}/u.test(bare) && child.names.has(bare.toLowerCase());
}

/** A capitalised word that looks like a person's name. */
export function isNameLike(word: NoteWord, index: number, words: NoteWord[]): boolean {
  const bare = stripPossessive(word.text);
  if (!/^\p{Lu}\p{Ll}/u.test(bare) || notNames.has(bare.toLowerCase())) return false;
  const previous = words[index - 1];
  return !(previous && titles.has(previous.lower));
}

/** Works out the child: from the context, or the most often named person in the note. */
export function identifyChild(
  sentences: NoteSentence[],
  child: ChildContext | undefined,
  household: ChildContext[],
): ChildIdentity {
  if (child) {
    const names = new Set(
      [child.name, ...(child.aliases ?? [])].map((name) => (name.split(/\s+/)[0] as string).toLowerCase()),
    );
    const gender: Gender = child.pronouns === 'she' ? 'female' : child.pronouns === 'he' ? 'male' : 'unknown';
    const identity: ChildIdentity = {
      names,
      displayName: child.name,
      inferred: false,
      gender,
      givenPronouns: child.pronouns,
    };
    if (gender === 'unknown' && child.pronouns !== 'they') identity.gender = inferGender(sentences, identity);
    return identity;
  }
  const householdNames = new Set(
    household.flatMap((member) => [member.name, ...(member.aliases ?? [])]).map((name) => name.toLowerCase()),
  );
  const counts = new Map<string, { count: number; first: number; display: string }>();
  let order = 0;
  const nonInitial = new Set<string>();
  // a name seen only at the start of a sentence counts when a verb of saying or being follows it
  const initialBeforeVerb = new Set<string>();
  // in a note written to the child, the child is "you": a name in the same sentence as "you" is
  // someone else ("Ruth made you tea")
  const besideYou = new Set<string>();
  for (const sentence of sentences) {
    if (!sentence.words.some((word) => !word.quoted && secondPerson.has(word.lower))) continue;
    sentence.words.forEach((word, index) => {
      if (!word.quoted && isNameLike(word, index, sentence.words))
        besideYou.add(stripPossessive(word.text).toLowerCase());
    });
  }
  for (const sentence of sentences) {
    sentence.words.forEach((word, index) => {
      if (word.quoted || !isNameLike(word, index, sentence.words)) return;
      if (besideYou.has(stripPossessive(word.text).toLowerCase())) return;
      const bare = stripPossessive(word.text);
      const key = bare.toLowerCase();
      if (householdNames.has(key)) return;
      if (index > 0) nonInitial.add(key);
      else if (speakerVerbs.has(sentence.words[1]?.lower ?? '') && !sentence.words[1]?.breakBefore)
        initialBeforeVerb.add(key);
      const entry = counts.get(key) ?? { count: 0, first: order, display: bare };
      entry.count += 1;
      counts.set(key, entry);
      order += 1;
    });
  }
  // a capitalised word seen only at the start of sentences may be an ordinary word: prefer names
  // seen mid-sentence or more than once, and fall back on the others
  const strong = [...counts.entries()].filter(([key, entry]) => nonInitial.has(key) || entry.count > 1);
  const weak = [...counts.entries()].filter(([key]) => initialBeforeVerb.has(key));
  const ranked = (strong.length > 0 ? strong : weak).sort((a, b) => b[1].count - a[1].count || a[1].first - b[1].first);
  const best = ranked[0];
  if (!best)
    return { names: new Set(), displayName: null, inferred: true, gender: 'unknown', givenPronouns: undefined };
  const identity: ChildIdentity = {
    names: new Set([best[0]]),
    displayName: best[1].display,
    inferred: true,
    gender: 'unknown',
    givenPronouns: undefined,
  };
  identity.gender = inferGender(sentences, identity);
  return identity;
}

/** Votes on the child's gender from the first he/she after their name in each sentence. */
function inferGender(sentences: NoteSentence[], child: ChildIdentity): Gender {
  let female = 0;
  let male = 0;
  for (const sentence of sentences) {
    let seenChild = false;
    for (const word of sentence.words) {
      if (word.quoted) continue;
      if (isChildName(word, child)) {
        seenChild = true;
        continue;
      }
      if (!seenChild) continue;
      if (femaleOthers.has(word.lower) || maleOthers.has(word.lower)) break;
      if (femalePronouns.has(word.lower)) {
        female += 1;
        break;
      }
      if (malePronouns.has(word.lower)) {
        male += 1;
        break;
      }
    }
  }
  if (female > male) return 'female';
  if (male > female) return 'male';
  return 'unknown';
}

/** Length of a multi-word phrase starting at `index`, or 0. Case-insensitive except for acronyms. */
const firstWords = new Set([...selfReferences, ...childPhrases].map((phrase) => (phrase[0] as string).toLowerCase()));

export function phraseAt(words: NoteWord[], index: number, phrases: string[][]): number {
  // most words start no phrase: check the first word before trying each phrase
  if (!firstWords.has((words[index] as NoteWord).lower)) return 0;
  for (const phrase of phrases) {
    const matches = phrase.every((part, offset) => {
      const word = words[index + offset];
      if (!word || word.quoted || (offset > 0 && word.breakBefore)) return false;
      return part === part.toUpperCase() && part.length > 1 ? word.text === part : word.lower === part;
    });
    if (matches) return phrase.length;
  }
  return 0;
}

export const selfReferenceAt = (words: NoteWord[], index: number): number => phraseAt(words, index, selfReferences);
export const childPhraseAt = (words: NoteWord[], index: number): number => phraseAt(words, index, childPhrases);

/** Who the last-mentioned woman or girl, and man or boy, was: the child, someone else, or nobody yet. */
export interface Referents {
  female: 'child' | 'other' | null;
  male: 'child' | 'other' | null;
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

/**
 * Reads who each word refers to, carrying the last-mentioned people across sentences so that a
 * sentence opening with "She" finds its person.
 */
export function resolveRoles(sentence: NoteSentence, child: ChildIdentity, referents: Referents): WordRole[] {
  const roles: WordRole[] = sentence.words.map(() => 'none');
  const words = sentence.words;
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index] as NoteWord;
    if (word.quoted) continue;
    const selfLength = selfReferenceAt(words, index);
    if (selfLength > 0) {
      for (let offset = 0; offset < selfLength; offset += 1) roles[index + offset] = 'self-reference';
      index += selfLength - 1;
      continue;
    }
    const childLength = childPhraseAt(words, index);
    if (childLength > 0) {
      for (let offset = 0; offset < childLength; offset += 1) roles[index + offset] = 'child-phrase';
      setChild(referents, child.gender);
      index += childLength - 1;
      continue;
    }
    if (isChildName(word, child)) {
      // "Well done, Rich!": a name set off at the end of a sentence is spoken to, not about
      const vocative = index > 0 && index === words.length - 1 && word.breakBefore && !word.text.endsWith("'s");
      roles[index] = vocative ? 'second-person' : 'child-name';
      setChild(referents, child.gender);
      continue;
    }
    if (word.lower === 'you' || word.lower.startsWith('you')) {
      if (
        ['you', 'your', 'yours', 'yourself', 'yourselves', "you're", "you've", "you'd", "you'll"].includes(word.lower)
      )
        roles[index] = 'second-person';
      continue;
    }
    if (femaleOthers.has(word.lower) || femaleOthers.has(stripPossessive(word.lower))) {
      roles[index] = 'other-person';
      referents.female = 'other';
      continue;
    }
    if (maleOthers.has(word.lower) || maleOthers.has(stripPossessive(word.lower))) {
      roles[index] = 'other-person';
      referents.male = 'other';
      continue;
    }
    if (isNameLike(word, index, words)) {
      roles[index] = 'other-person';
      // a name of unknown gender could be the antecedent of either pronoun
      referents.female = 'other';
      referents.male = 'other';
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
      const isChild =
        possessiveOfRelation ||
        referent === 'child' ||
        (referent === null && compatible && (child.names.size === 0 || child.gender !== 'unknown'));
      roles[index] = isChild && compatible ? 'child-pronoun' : 'other-pronoun';
      continue;
    }
    if (theyPronouns.has(word.lower) && child.givenPronouns === 'they') {
      roles[index] = referents.female === 'child' || referents.male === 'child' ? 'child-pronoun' : 'other-pronoun';
    }
  }
  return roles;
}

function setChild(referents: Referents, gender: Gender): void {
  if (gender !== 'male') referents.female = 'child';
  if (gender !== 'female') referents.male = 'child';
}
