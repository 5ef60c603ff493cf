import type { NoteWord } from '../analyse/read-note.ts';
import { femaleOthers, femalePronouns, maleOthers, malePronouns } from '../analyse/words.ts';
import { yearOldAt } from './mentions.ts';
import { wordSet } from '../word-set.ts';
import type { NoteFacts } from './note-facts.ts';
import type { Outcome, Site } from './site.ts';

// Who a sentence describes around the flagged words: an adult by age, description or role, a child by age or a word for a child.

const adultWords = new Set(['man', 'men', 'woman', 'women', 'adult', 'adults', 'male']);
const linkingWords = new Set(['is', 'was', 'were', 'are', 'am', 'be']);
const ageFollowers = new Set(['and', 'or', 'but', 'when', 'at', 'then', 'while', 'because', 'until']);
const decades = new Set(['twenties', 'thirties', 'forties', 'fifties', 'sixties', '20s', '30s', '40s', '50s', '60s']);
const isNumber = (word: NoteWord | undefined): boolean => word !== undefined && /^\d{1,3}$/.test(word.text);
const personWords = (word: NoteWord): boolean =>
  femalePronouns.has(word.lower) ||
  malePronouns.has(word.lower) ||
  femaleOthers.has(word.lower) ||
  maleOthers.has(word.lower);

/** An age in years (>= 18 met, under 18 unmet) for the words at `index`, or undefined. */
export function statedAgeAt(words: readonly NoteWord[], index: number): number | undefined {
  const aged = yearOldAt(words, index);
  if (aged) return aged.age;
  const word = words[index];
  if (!isNumber(word) || !word) return undefined;
  const previous = words[index - 1];
  const next = words[index + 1];
  // "aged 15", "is 15", "was just 15", "were only 14", "pretending to be 14", "when you're 14", "I'm 15"
  const linking = (lower: string | undefined): boolean =>
    lower !== undefined && (linkingWords.has(lower) || /^\p{L}+['’](?:re|m)$/u.test(lower));
  const hedged = (previous?.lower === 'just' || previous?.lower === 'only') && linking(words[index - 2]?.lower);
  const introduced = word.breakBefore || previous?.lower === 'aged' || linking(previous?.lower) || hedged;
  // "was 15 at the time", "to be 14 and …", but not "15 minutes" or "were 15 children"
  const followedByUnit = next && !next.breakBefore && !/^years?$/.test(next.lower) && !ageFollowers.has(next.lower);
  return introduced && !followedByUnit ? Number(word.text) : undefined;
}

/**
 * Whether an adult is described next to the flagged words: "her 19-year-old boyfriend", "her
 * boyfriend Kyle, aged 19", "a relationship with a man in his twenties". A stated age under 18 is
 * known not to be an adult.
 */
export function adultDescribed(facts: NoteFacts, site: Site): Outcome {
  const words = (facts.sentences[site.sentence]?.words ?? []) as NoteWord[];
  const judge = (age: number | undefined): Outcome | undefined =>
    age === undefined ? undefined : age >= 18 ? 'met' : 'unmet';
  for (let index = Math.max(0, site.first - 4); index < site.first; index += 1) {
    const word = words[index] as NoteWord;
    const verdict = judge(yearOldAt(words, index)?.age);
    if (verdict) return verdict;
    if (adultWords.has(word.lower) || word.lower === 'older') return 'met';
  }
  const end = Math.min(words.length, site.last + 9);
  for (let index = site.last + 1; index < end; index += 1) {
    const word = words[index] as NoteWord;
    // "her boyfriend hit her mum, who is 34": another person's age is not the partner's
    if (personWords(word) && !adultWords.has(word.lower)) return 'unknown';
    const verdict = judge(statedAgeAt(words, index));
    if (verdict) return verdict;
    if (adultWords.has(word.lower)) return 'met';
    if (word.lower === 'in' && decades.has(words[index + 2]?.lower ?? '')) return 'met';
  }
  return 'unknown';
}

// the pronoun a later sentence names the partner by: "he" after a boyfriend, "she" after a girlfriend, either otherwise
const partnerPronouns = (flagged: string): readonly string[] =>
  /^(?:boyfriends?|fianc[eé])$/.test(flagged)
    ? ['he']
    : /^(?:girlfriends?|fianc[eé]e)$/.test(flagged)
      ? ['she']
      : ['he', 'she'];

/**
 * As `adultDescribed`, and where the sentence does not tell, the next sentence of the same paragraph when it opens with the
 * partner's pronoun, a verb of being and an age (readings36's question 3, ruled a code round): "Jade (15) has a new
 * boyfriend. He is 25." ("he" after a boyfriend, "she" after a girlfriend). A stated age under 18 there is known not to be
 * an adult. A sentence that opens with anyone else, a sentence further on, or the next paragraph is not read.
 */
export function adultDescribedInParagraph(facts: NoteFacts, site: Site): Outcome {
  const outcome = adultDescribed(facts, site);
  if (outcome !== 'unknown') return outcome;
  const sentence = facts.sentences[site.sentence];
  const next = facts.sentences[site.sentence + 1];
  if (!sentence || !next || next.paragraph !== sentence.paragraph) return 'unknown';
  const words = next.words;
  if (!partnerPronouns(sentence.words[site.last]?.lower ?? '').includes(words[0]?.lower ?? '')) return 'unknown';
  if (!linkingWords.has(words[1]?.lower ?? '')) return 'unknown';
  // "He is 25", "He was just 19", "He is aged 25", "He is a 25-year-old"
  for (let index = 2; index < Math.min(words.length, 6); index += 1) {
    const age = yearOldAt(words, index)?.age ?? statedAgeAt(words, index);
    if (age !== undefined) return age >= 18 ? 'met' : 'unmet';
  }
  return 'unknown';
}

// adults by a role that only an adult holds, named in reports of abuse by someone trusted with children
export const trustedAdults = new Set([
  'teacher',
  'teachers',
  'headteacher',
  'coach',
  'tutor',
  'priest',
  'schoolmistress',
  'mistress',
  'schoolmaster',
]);
const sentenceAdults = new Set(['man', 'men', 'woman', 'women', 'adult', 'adults']);
// the care roles only adults hold, by the word before the noun ("a care worker", "residential staff", "her foster carer")
const careWorkers = new Set(['care', 'support', 'residential', 'key']);
const carerWords = new Set(['carer', 'carers']);

/**
 * Whether the word at `index` (lower case, no possessive: `bare`) is an adult by a role only adults hold: one of
 * `trustedAdults`, or someone paid or approved to look after children: a care or support worker, residential staff, a
 * foster or residential carer, a carer (not "a young carer", a child who looks after someone at home).
 */
export function adultRoleAt(words: readonly NoteWord[], index: number, bare: string): boolean {
  if (trustedAdults.has(bare)) return true;
  const before = words[index - 1]?.lower ?? '';
  if (bare === 'worker' || bare === 'workers') return careWorkers.has(before);
  if (bare === 'staff') return before === 'residential' || before === 'care';
  return carerWords.has(bare) && before !== 'young';
}

/**
 * Whether an adult is described anywhere in the sentence: by an age of 18 or over ("the 44-year-old",
 * "aged 19"), as a man, woman or adult, "in his twenties", or by a role only adults hold ("the teacher").
 * Never "unmet": a child's age in the sentence says nothing about whether an adult is there too.
 */
export function adultInSentence(facts: NoteFacts, site: Site): Outcome {
  const words = (facts.sentences[site.sentence]?.words ?? []) as NoteWord[];
  for (let index = 0; index < words.length; index += 1) {
    if (index >= site.first && index <= site.last) continue;
    const word = words[index] as NoteWord;
    const age = yearOldAt(words, index)?.age ?? statedAgeAt(words, index);
    if (age !== undefined && age >= 18 && age < 120) return 'met';
    const bare = word.lower.endsWith("'s") ? word.lower.slice(0, -2) : word.lower;
    if (sentenceAdults.has(bare) || adultRoleAt(words, index, bare)) return 'met';
    if (word.lower === 'in' && decades.has(words[index + 2]?.lower ?? '')) return 'met';
  }
  return 'unknown';
}

// words that describe a child whoever they belong to ("a 14-year-old girl", "under-age girls", "the pupil")
export const childWords = new Set([
  'girl',
  'girls',
  'boy',
  'boys',
  'schoolgirl',
  'schoolgirls',
  'schoolboy',
  'schoolboys',
  'pupil',
  'pupils',
  'teenager',
  'teenagers',
  'teen',
  'teens',
  'teenage',
  'underage',
  'minor',
  'minors',
  'youngster',
  'youngsters',
]);
// relational words that describe a child only when not someone's own ("sex with a child", not "the children were asleep")
const childRelations = new Set(['child', 'children', 'kid', 'kids', 'daughter', 'daughters', 'son', 'sons']);
const possessors = new Set([
  'the',
  'her',
  'his',
  'their',
  'my',
  'your',
  'our',
  "mum's",
  "mother's",
  "dad's",
  "father's",
]);
const childReach = 30;
// "had two children", "has a son", "have kids": someone's own children, told by a verb of having before them
const having = wordSet('have has had having');
const counts = wordSet('a an one two three four five six seven eight nine ten more other');
const ownedAt = (words: readonly NoteWord[], index: number): boolean => {
  const before = words[index - 1]?.lower ?? '';
  if (possessors.has(before) || having.has(before)) return true;
  return (counts.has(before) || /^\d+$/.test(before)) && having.has(words[index - 2]?.lower ?? '');
};

/** An age under 18 stated at `index`: "14-year-old", "aged 12", "(15)", "as young as 11". */
export function childAgeAt(words: readonly NoteWord[], index: number): boolean {
  const aged = yearOldAt(words, index)?.age ?? statedAgeAt(words, index);
  if (aged !== undefined) return aged < 18;
  const word = words[index];
  if (!word || !isNumber(word)) return false;
  const young = words[index - 2]?.lower === 'young' && words[index - 1]?.lower === 'as';
  return young && Number(word.text) < 18;
}

/**
 * Whether a child is described in the sentence near the flagged words: by an age under 18 ("a
 * 15-year-old", "aged 12 or 13", "as young as 11") or a word for a child ("girls", "the pupil",
 * "under-age", "sex with a child"). Someone's own children ("the children were asleep", "she had two children") do not
 * count.
 * Never "unmet": the condition only tells that a child is there.
 */
export function childDescribed(facts: NoteFacts, site: Site): Outcome {
  const words = (facts.sentences[site.sentence]?.words ?? []) as NoteWord[];
  const from = Math.max(0, site.first - childReach);
  const to = Math.min(words.length, site.last + childReach + 1);
  for (let index = from; index < to; index += 1) {
    if (index >= site.first && index <= site.last) continue;
    const word = words[index] as NoteWord;
    if (childWords.has(word.lower) || childAgeAt(words, index)) return 'met';
    if (word.lower === 'under' && words[index + 1]?.lower === 'age' && !words[index + 1]?.breakBefore) return 'met';
    if (childRelations.has(word.lower) && !ownedAt(words, index)) return 'met';
  }
  return 'unknown';
}
