import type { NoteWord } from '../analyse/read-note.ts';
import { yearOldAt } from './mentions.ts';
import { adultWords } from './adult-words.ts';
import type { NoteFacts } from './note-facts.ts';
import { wordSet } from '../word-set.ts';

// word lists read in loops, made once (an array written in a loop is a new array each time it runs)
const ageIntroducers = ['aged', 'is', 'was'];
const herHisTheir = ['his', 'her', 'their'];
const lateEarlyMid = ['late', 'early', 'mid'];

// students, trainees and their teachers: a placement on a course, not a child's home ("students on placement",
// "my mentor", "a sign-off mentor … during the final placement of year three")
const studyWords = new Set([
  'student',
  'students',
  "student's",
  "students'",
  'trainee',
  'trainees',
  'mentor',
  'mentors',
  'lecturer',
  'lecturers',
  'curriculum',
  'apprentice',
  'apprentices',
  'apprenticeship',
]);
// "a care home", "nursing homes": in England the words for adults' homes (a child's is a children's home)
const adultHomes = new Set(['care', 'nursing']);
// adults' prisons ("open jails are indeed open", "how open prisons operate"): children are held in secure homes,
// training centres and young offender institutions. Not where a family is named: a child's note may say where a
// parent is ("her placement ended while Dad was in prison")
const prisonWords = wordSet('prison prisons jail jails');
// "held in open conditions", "returned to closed conditions": the Prison Service's words for its categories of jail
const prisonConditions = wordSet('open closed');
const familyWords = wordSet(
  'mum mom mam mummy dad daddy mother father parent parents nan nana gran granny grandma grandad grandparent grandparents brother brothers sister sisters sibling siblings aunt auntie uncle cousin stepmum stepdad family carer carers',
);
// "older people", "older adults": "older" alone may be a child ("her older brother")
const olderWhat = new Set(['people', 'person', 'persons', 'adults', 'residents']);
const decades = /^(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|[2-9]0s)$/;
// words that put a child in the sentence, whoever else is named
const childWords = new Set([
  'child',
  'children',
  "child's",
  "children's",
  'kid',
  'kids',
  'boy',
  'boys',
  'girl',
  'girls',
  'baby',
  'babies',
  'infant',
  'infants',
  'toddler',
  'son',
  'sons',
  'daughter',
  'daughters',
  'teenager',
  'teenagers',
  'teen',
  'teens',
  'teenage',
  'youngster',
  'youngsters',
  'young',
  'pupil',
  'pupils',
  'juvenile',
  'juveniles',
  'minor',
  'minors',
  'foster',
  'fostering',
  'fostered',
  'adopted',
  'adoption',
  'adoptive',
  'looked-after',
]);

// with one of these in the sentence, "Mrs Brown" may be a carer or a professional, not the one cared for
const roleWords = new Set([
  'worker',
  'carer',
  'carers',
  'teacher',
  'officer',
  'nurse',
  'doctor',
  'manager',
  'guardian',
  'practitioner',
  'visitor',
  'advocate',
]);
// "was 45 minutes late": a number with a unit is not an age
const units = new Set([
  'minutes',
  'minute',
  'hours',
  'hour',
  'days',
  'day',
  'weeks',
  'week',
  'months',
  'month',
  'pm',
  'am',
  'per',
  'percent',
]);
const titles = new Set(['Mr', 'Mrs', 'Ms', 'Miss', 'Mr.', 'Mrs.', 'Ms.']);
// "her adult son", "their grown-up children": someone's own child who is an adult, not a child
const grownUp = new Set(['adult', 'grown-up']);
const ownChildren = new Set(['son', 'sons', 'daughter', 'daughters', 'child', 'children', "son's", "daughter's"]);

/** An age stated at `index`: "82-year-old", "aged 82", "who is 79", "Joan Jessop, 82,", "Kyle (15)". */
function statedAgeAt(words: readonly NoteWord[], index: number): number | undefined {
  const word = words[index] as NoteWord;
  const aged = yearOldAt(words, index)?.age;
  if (aged !== undefined) return aged;
  if (!/^\d{1,3}$/.test(word.text)) return undefined;
  const next = words[index + 1];
  if (next && !next.breakBefore && units.has(next.lower)) return undefined;
  const introduced =
    ageIntroducers.includes(words[index - 1]?.lower ?? '') || (word.breakBefore && (!next || next.breakBefore));
  const age = Number(word.text);
  return introduced && age > 0 && age < 120 ? age : undefined;
}

/** "in her late eighties", "in his 60s": an adult's age in decades. */
function adultDecadeAt(words: readonly NoteWord[], index: number): boolean {
  if (words[index]?.lower !== 'in' || !herHisTheir.includes(words[index + 1]?.lower ?? '')) return false;
  const at = lateEarlyMid.includes(words[index + 2]?.lower ?? '') ? index + 3 : index + 2;
  return decades.test(words[at]?.lower ?? '');
}

/** "Mrs Howard", "Mr X": a title before a name, not a couple ("Mr and Mrs Smith", often carers). */
function titledAt(words: readonly NoteWord[], index: number): boolean {
  const word = words[index] as NoteWord;
  if (!titles.has(word.text)) return false;
  const next = words[index + 1];
  if (!next || next.breakBefore || !/^\p{Lu}/u.test(next.text)) return false;
  return words[index - 1]?.lower !== 'and' && next.lower !== 'and';
}

/**
 * Whether a sentence speaks only of adults: it names adults ("adults", "older people", "an elderly
 * man", "prisoners", "her adult son", students and their mentors (a placement on a course), "a care home", probate and inheritance, an age of 18 or over, a prison or jail or open or closed conditions where no family is named, and, when the host named no child and no carer or worker is
 * named, someone with a title before the words: "Mrs Howard") and no child (a word for a child,
 * "foster", the host's child or household). Service words then have their adult-services sense:
 * an adult's placement, respite or residential care, a prisoner who absconds.
 *
 * @param before The flagged words' first index: a title counts only before them ("Mr X's placements").
 */
export function speaksOnlyOfAdults(facts: NoteFacts, sentence: number, before: number): boolean {
  const words = (facts.sentences[sentence]?.words ?? []) as NoteWord[];
  const titlesCount = facts.known.child.size === 0 && !words.some((word) => roleWords.has(word.lower));
  let adult = false;
  let prison = false;
  let family = false;
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index] as NoteWord;
    const bare = word.lower.endsWith("'s") ? word.lower.slice(0, -2) : word.lower;
    const previous = words[index - 1]?.lower ?? '';
    const grownChild =
      ownChildren.has(word.lower) &&
      (grownUp.has(previous) || (previous === 'up' && words[index - 2]?.lower === 'grown'));
    if (grownChild) adult = true;
    else if (childWords.has(word.lower) || childWords.has(bare)) return false;
    if (facts.known.child.has(bare) || facts.known.household.has(bare)) return false;
    const age = statedAgeAt(words, index);
    if (age !== undefined && age < 18) return false;
    if (familyWords.has(bare)) family = true;
    if (prisonWords.has(bare) || (prisonConditions.has(word.lower) && words[index + 1]?.lower === 'conditions'))
      prison = true;
    if (adult) continue;
    adult =
      adultWords.has(bare) ||
      studyWords.has(word.lower) ||
      (word.lower === 'older' && olderWhat.has(words[index + 1]?.lower ?? '')) ||
      (age !== undefined && age >= 18) ||
      adultDecadeAt(words, index) ||
      (adultHomes.has(word.lower) && /^homes?$/.test(words[index + 1]?.lower ?? '')) ||
      (titlesCount && index < before && titledAt(words, index));
  }
  return adult || (prison && !family);
}
