import { isNameLike } from '../analyse/names.ts';
import type { NoteSentence, NoteWord } from '../analyse/read-note.ts';
import type { ChildContext, NoteContext } from '../analyse/types.ts';
import { caseloadAfterWriter, caseloadOwnedAfter, youngPeopleAfterWriter } from './clients.ts';
import {
  childNouns,
  inCapitals,
  inSchoolYear,
  maybeChildren,
  nounAfterAge,
  placeAfter,
  predicateChildNoun,
  schoolChildren,
} from './child-nouns.ts';
import {
  childPhrases,
  childRelations,
  femaleOthers,
  femalePronouns,
  maleOthers,
  malePronouns,
  selfReferences,
} from '../analyse/words.ts';

/**
 * A person a word of the note refers to, as far as the words tell: a child by a phrase ("the young
 * person") or age ("a 15-year-old"), someone by name, an adult by role ("Mum", "I"), or nobody known.
 */
export type Person =
  | { kind: 'child-phrase' }
  | { kind: 'name'; key: string }
  | { kind: 'aged'; age: number }
  | { kind: 'adult' }
  | { kind: 'someone' };

/** A reference to a person at a word of a sentence. */
export interface Mention {
  /** Index of the mention's last word in the sentence. */
  at: number;
  person: Person;
}

const firstPersonAdults = new Set(['i', 'me', 'my', 'we', 'us', 'our']);
const roleAdults = new Set([
  'worker',
  'teacher',
  'nurse',
  'doctor',
  'gp',
  'visitor',
  'officer',
  'police',
  'manager',
  'chair',
  'practitioner',
  'professional',
  'professionals',
  'parent',
  'parents',
  'carers',
  'foster',
  'family',
  'couple',
  'partner',
  'adult',
  'adults',
  'men',
  'women',
]);
// after a capitalised first word, these make it a person ("Sarah did not attend")
const personVerbs = new Set([
  'did',
  "didn't",
  'does',
  "doesn't",
  'was',
  'is',
  'has',
  'had',
  'said',
  'says',
  'told',
  'went',
]);
const unitWords = new Set(['minutes', 'minute', 'hours', 'hour', 'days', 'day', 'weeks', 'week', 'months', 'pm', 'am']);
const stripPossessive = (word: string): string => (word.endsWith("'s") ? word.slice(0, -2) : word);
const isNumber = (word: NoteWord | undefined): boolean => word !== undefined && /^\d{1,3}$/.test(word.text);

/**
 * An age written at `index`: "15-year-old" / "15 year old" (the number's index), returning the
 * age and how many words the phrase takes.
 */
export function yearOldAt(words: readonly NoteWord[], index: number): { age: number; length: number } | undefined {
  const word = words[index];
  if (!isNumber(word)) return undefined;
  const next = words[index + 1];
  const after = words[index + 2];
  // "15-year-old", and the possessive "the 14-year-old's reign"
  if (next && /^years?$/.test(next.lower) && /^old(?:['’]s)?$/.test(after?.lower ?? ''))
    return { age: Number(word?.text), length: 3 };
  return undefined;
}

/**
 * An age stated just after a name (`index` is the name): "Jade (15)", "Jade, 15,", "Jade, aged 15",
 * "Jade, who is 15", "Jade is 15".
 */
export function ageAfterName(words: readonly NoteWord[], index: number): number | undefined {
  let cursor = index + 1;
  const first = words[cursor];
  if (!first) return undefined;
  if (first.lower === 'aged') cursor += 1;
  else if (first.lower === 'who' && words[cursor + 1]?.lower === 'is') cursor += 2;
  else if (first.lower === 'is' && !first.breakBefore) cursor += 1;
  else if (first.lower === 'now' && first.breakBefore) cursor += 1;
  else if (!first.breakBefore) return undefined;
  const number = words[cursor];
  if (!isNumber(number)) return undefined;
  const next = words[cursor + 1];
  if (next && !next.breakBefore && unitWords.has(next.lower)) return undefined;
  if (next && !next.breakBefore && !/^years?$/.test(next.lower) && cursor === index + 1) return undefined;
  const age = Number(number?.text);
  return age > 0 && age < 120 ? age : undefined;
}

// words that present the name after them as a child of someone, or as the child: "my daughter Katie", "the child, Katie"
const presentingAsChild = new Set([...childRelations, 'child', 'baby']);
// "her adult son Tom", "their grown-up daughter Amy" (before the relation); "Katie, now an adult,", "Tom, now grown up"
// (just after the name, after a comma or bracket)
const adultWords = new Set(['adult', 'grown', 'grown-up']);
const adultLeadIns = new Set(['now', 'an', 'a', 'all']);

/**
 * How the note presents the name at `index`, from the words around it: as a child ("my daughter
 * Katie", "her son Tom", "the child, Katie", "the young person, Jade", "baby Alfie", "Katie is a
 * 12-year-old girl", "Katie, a 9-year-old", "Shane is a Year 11 pupil", "Mia, a schoolgirl"), as an adult ("her adult son Tom", "her daughter Amy, now
 * an adult", "Tom, a 24-year-old") or not at all. An age the note states after the name is read
 * elsewhere (`ageAfterName`); this adds the relation before it and an age written as "a 12-year-old".
 */
export function presentedAt(words: readonly NoteWord[], index: number): 'child' | 'adult' | undefined {
  // an age as a phrase after the name: "Katie, a 12-year-old", "Katie is a 12-year-old girl", "Katie, who is a 12-year-old"
  let cursor = index + 1;
  if (words[cursor]?.lower === 'who' && words[cursor + 1]?.lower === 'is') cursor += 2;
  else if (words[cursor]?.lower === 'is') cursor += 1;
  else if (!words[cursor]?.breakBefore) cursor = -1;
  if (cursor > 0 && /^an?$/.test(words[cursor]?.lower ?? '')) {
    const aged = yearOldAt(words, cursor + 1);
    if (aged) return aged.age < 18 ? 'child' : 'adult';
    // "Shane is a Year 11 pupil", "Mia, a schoolgirl,": a school child by what they are
    const after = words[cursor + 1];
    if (after && schoolChildren.has(after.lower)) return 'child';
    if (inSchoolYear(words, cursor + 1) && /^(?:pupil|student|boy|girl)$/.test(words[cursor + 3]?.lower ?? ''))
      return 'child';
    // "Katie, a pupil at Hill School": a pupil of a school ("a piano pupil" is not read)
    if (after?.lower === 'pupil' && /^(?:at|in)$/.test(words[cursor + 2]?.lower ?? '')) return 'child';
  }
  // "Tom is in Year 8", "Tom, in Year 8,": a school year
  if (cursor > 0 && words[cursor]?.lower === 'in' && inSchoolYear(words, cursor + 1)) return 'child';
  // the relation just before the name, written in lower case ("the Child Protection Plan" is a title)
  const before = words[index - 1];
  const relation =
    before !== undefined &&
    before.text === before.lower &&
    (presentingAsChild.has(before.lower) ||
      (before.lower === 'person' && words[index - 2]?.lower === 'young' && !before.breakBefore));
  if (!relation) return undefined;
  const start = before.lower === 'person' ? index - 2 : index - 1;
  if (adultWords.has(words[start - 1]?.lower ?? '')) return 'adult';
  let next = index + 1;
  if (!words[next]?.breakBefore) return 'child';
  while (adultLeadIns.has(words[next]?.lower ?? '')) next += 1;
  return adultWords.has(words[next]?.lower ?? '') ? 'adult' : 'child';
}

/** Names (lower case) of the host's child and household, with their ages when given. */
export interface KnownPeople {
  child: Set<string>;
  household: Set<string>;
  ages: Map<string, number>;
  genders: Map<string, 'female' | 'male'>;
}

export function knownPeople(context: NoteContext | undefined): KnownPeople {
  const known: KnownPeople = { child: new Set(), household: new Set(), ages: new Map(), genders: new Map() };
  const add = (target: Set<string>, member: ChildContext): void => {
    for (const name of [member.name, ...(member.aliases ?? [])]) {
      const key = (name.trim().split(/\s+/)[0] ?? '').toLowerCase();
      if (!key) continue;
      target.add(key);
      if (member.age !== undefined) known.ages.set(key, member.age);
      if (member.pronouns === 'she') known.genders.set(key, 'female');
      if (member.pronouns === 'he') known.genders.set(key, 'male');
    }
  };
  if (context?.child) add(known.child, context.child);
  for (const member of context?.household ?? []) add(known.household, member);
  return known;
}

// For the conditions only: a school child named by what they are ("The pupil was sent out. He's also rude.", 42a), whom a
// later "he" or "she" may be. Not in the analysis's childPhrases: a pupil is not the child the note is written for.
const schoolChildPhrases: string[][] = [
  ['the', 'pupil'],
  ['this', 'pupil'],
  ['the', 'schoolboy'],
  ['the', 'schoolgirl'],
  ['this', 'schoolboy'],
  ['this', 'schoolgirl'],
  ['the', 'kid'],
  ['this', 'kid'],
  // a parenting page's reader's own child ("Your teen may be considered out of control if…", 44a)
  ['your', 'teen'],
  ['your', 'teenager'],
  ['your', 'kid'],
];
const conditionChildPhrases = [...childPhrases, ...schoolChildPhrases];

const phraseStarts = new Set(
  [...selfReferences, ...conditionChildPhrases].map((phrase) => (phrase[0] as string).toLowerCase()),
);

function phraseLength(words: readonly NoteWord[], index: number, phrases: readonly string[][]): number {
  // most words start no phrase
  if (!phraseStarts.has((words[index] as NoteWord).lower)) return 0;
  for (const phrase of phrases) {
    const matches = phrase.every((part, offset) => {
      const word = words[index + offset];
      if (!word || (offset > 0 && word.breakBefore)) return false;
      return part.length > 1 && part === part.toUpperCase() ? word.text === part : word.lower === part;
    });
    if (matches) return phrase.length;
  }
  return 0;
}

/** Tracks who "she", "he" and "they" last referred to, across sentences. */
export interface Antecedents {
  female: Person | undefined;
  male: Person | undefined;
}

/**
 * The people a sentence mentions, in order, with pronouns resolved to the last person of a
 * compatible gender (names of unknown gender stand for either).
 */
export function sentenceMentions(
  sentence: NoteSentence,
  known: KnownPeople,
  antecedents: Antecedents,
  midSentenceNames: ReadonlySet<string>,
): Mention[] {
  const words = sentence.words;
  const mentions: Mention[] = [];
  const mention = (at: number, person: Person, gender?: 'female' | 'male'): void => {
    mentions.push({ at, person });
    if (gender !== 'male') antecedents.female = person;
    if (gender !== 'female') antecedents.male = person;
  };
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index] as NoteWord;
    const self = phraseLength(words, index, selfReferences);
    if (self > 0) {
      mentions.push({ at: index + self - 1, person: { kind: 'adult' } });
      index += self - 1;
      continue;
    }
    const child = phraseLength(words, index, conditionChildPhrases);
    if (child > 0) {
      // "my son, 24,": the stated age wins over the phrase
      const stated = ageAfterName(words, index + child - 1);
      mention(index + child - 1, stated === undefined ? { kind: 'child-phrase' } : { kind: 'aged', age: stated });
      index += child - 1;
      continue;
    }
    const aged = yearOldAt(words, index);
    if (aged) {
      // "a 13-year-old Kentucky girl": the place is no person; the age is the girl's
      const past = nounAfterAge(words, index + aged.length);
      const noun = words[past ?? index + aged.length];
      const gender =
        noun && femaleOthers.has(noun.lower) ? 'female' : noun && maleOthers.has(noun.lower) ? 'male' : undefined;
      // "her 19-year-old boyfriend": the age belongs to the noun after it
      const withNoun =
        noun !== undefined &&
        !noun.breakBefore &&
        (gender !== undefined || roleAdults.has(noun.lower) || maybeChildren.has(noun.lower));
      const end = past ?? index + aged.length - (withNoun ? 0 : 1);
      mention(end, { kind: 'aged', age: aged.age }, gender);
      index = end;
      continue;
    }
    const bare = stripPossessive(word.lower);
    // "one of my young people": a child on the writer's caseload, not the writer
    const young = youngPeopleAfterWriter(words, index);
    if (young !== undefined) {
      const stated = ageAfterName(words, young);
      mention(young, stated === undefined ? { kind: 'child-phrase' } : { kind: 'aged', age: stated });
      index = young;
      continue;
    }
    // "One of my clients", "a client of mine": someone on the writer's caseload, not the writer
    const client = caseloadAfterWriter(words, index) ?? caseloadOwnedAfter(words, index);
    if (client !== undefined) {
      // "my client, 34,": the stated age tells who
      const stated = ageAfterName(words, client);
      mention(client, stated === undefined ? { kind: 'someone' } : { kind: 'aged', age: stated });
      index = client;
      continue;
    }
    if (firstPersonAdults.has(word.lower)) {
      mentions.push({ at: index, person: { kind: 'adult' } });
      continue;
    }
    // an age said of a person noun or of a word in capitals: "Girl, 13, convicted", "CRACK DEALER, 13"
    if ((childNouns.has(bare) || inCapitals(word)) && !word.quoted) {
      const age = ageAfterName(words, index);
      if (age !== undefined) {
        mention(
          index,
          { kind: 'aged', age },
          femaleOthers.has(bare) ? 'female' : maleOthers.has(bare) ? 'male' : undefined,
        );
        continue;
      }
    }
    if (maybeChildren.has(bare)) {
      mention(
        index,
        { kind: 'someone' },
        femaleOthers.has(bare) ? 'female' : maleOthers.has(bare) ? 'male' : undefined,
      );
      continue;
    }
    if (femaleOthers.has(bare)) {
      mention(index, { kind: 'adult' }, 'female');
      continue;
    }
    if (maleOthers.has(bare)) {
      mention(index, { kind: 'adult' }, 'male');
      continue;
    }
    if (roleAdults.has(bare)) {
      mentions.push({ at: index, person: { kind: 'adult' } });
      continue;
    }
    const key = stripPossessive(word.text).toLowerCase();
    const isKnown = known.child.has(key) || known.household.has(key);
    // a capitalised first word may be an ordinary word ("School said…"): a name if seen mid-sentence too
    if (
      isKnown ||
      (!word.quoted &&
        isNameLike(sentence, index) &&
        (index > 0 ||
          midSentenceNames.has(key) ||
          personVerbs.has(words[1]?.lower ?? '') ||
          predicateChildNoun(words, index) !== undefined))
    ) {
      // "Shane is a Year 11 pupil": the pupil is Shane, no new person for a later "he"; "Tom, a former pupil, now 19"
      const noun = predicateChildNoun(words, index);
      const stated = noun === undefined ? undefined : ageAfterName(words, noun);
      mention(
        index,
        stated === undefined ? { kind: 'name', key } : { kind: 'aged', age: stated },
        known.genders.get(key),
      );
      index = noun === undefined ? index : placeAfter(words, noun);
      continue;
    }
    if (femalePronouns.has(word.lower) && antecedents.female) {
      mentions.push({ at: index, person: antecedents.female });
      continue;
    }
    if (malePronouns.has(word.lower) && antecedents.male) mentions.push({ at: index, person: antecedents.male });
  }
  return mentions;
}
