import { organisationJoins } from './lexicon.ts';
import { stripPossessive } from './names.ts';
import type { NoteWord } from './read-note.ts';

// word lists read in loops, made once (an array written in a loop is a new array each time it runs)
const groupQuantifiers = ['some', 'many', 'most', 'couple', 'all', 'few', 'none'];

/**
 * Children named by what they are rather than by name: "children must be seen", "a child in care",
 * "some young people told me", "95% of pupils". Children in general (guidance, a leaflet) are not the
 * child a note is about; a particular group ("nine young people met…", "the babies") is.
 */
export interface ChildGroup {
  length: number;
  /** More than one child ("they" may then be them; "she" and "he" are not). */
  plural: boolean;
  /** Children in general ("children need…", "a child may…"), not a particular child or group. */
  generic: boolean;
}

/** Words before "children" that make them someone else's ("her children", "the other children"). */
const notTheChildren = new Set(['other', 'her', 'his', 'own', 'their', 'your', "mum's", "dad's"]);
/** Words after "child" or "children" that make a service or a topic ("child protection", "Children's Services"). */
const childTopics = new Set(
  'protection development exploitation abuse sexual services service social act commissioner centre centres trust safeguarding care-experienced'.split(
    ' ',
  ),
);
/**
 * Words after "children's" that make a service or a place, not the children's own ("the children's home", "the
 * Children's Parliament", "the children's hearing"): no child of the note. ("the children's guardian" and "the
 * children's rights director" are left: they took two labels a page's other words had been carrying.)
 */
export const childrensServices = new Set(
  'home homes parliament services service commissioner hearing hearings panel panels'.split(' '),
);
/** Determiners before "child" that mean any child ("a child", "every child"). */
const anyChild = new Set(['a', 'each', 'every', 'any', 'no']);
/** Determiners before "child" that point at one child ("this child"). */
const oneChild = new Set(['one', 'this', 'that']);
/** Counts between "the" and "siblings" ("the three siblings"). */
const siblingCounts = new Set('two three four five six seven eight'.split(' '));
/** Plural words for children, as a group. */
/** ("the three siblings were separated", "two siblings": brothers and sisters as a group of children; "the twins", "two
 * boys, aged 12 and 9", "these boys": a particular pair or group, so "they" after them is them. "Students" was measured
 * and not taken: a teacher's "the students" in reflections on teaching is labelled neutral as often as not.) */
const groupWords = new Set('children youngsters pupils kids teenagers babies siblings boys girls twins'.split(' '));
/** Words before a plural that make a particular group: "some children", "nine young people", "our children". */
const particularBefore = new Set(
  'the these those both some several few couple my our two three four five six seven eight nine ten eleven twelve'.split(
    ' ',
  ),
);
/** Verbs in the past that make a group particular: "Young people shared…", "children told me". */
const pastVerbs = new Set(
  'said told felt went came made took gave wrote spoke thought knew saw met had were was got began ran sat found drew chose did'.split(
    ' ',
  ),
);
const numeral = /^\d+%?$/;
/** Prepositions after a participle that describe a group ("children placed in care", "young people looked after by"). */
const participlePrepositions = new Set(['in', 'into', 'with', 'by', 'from', 'at', 'under', 'outside', 'away']);
/** Verbs that report what a group said or felt, in the past: a survey's or a consultation's children. */
const reportVerbs = new Set('said told shared described explained stated reported spoke talked felt'.split(' '));

const capital = (word: NoteWord | undefined) => word !== undefined && /^\p{Lu}/u.test(word.text);

/** Whether the group is a particular one: a count or determiner before it, or a verb in the past after it. */
function particular(words: NoteWord[], index: number, length: number): boolean {
  const previous = words[index - 1]?.lower ?? '';
  if (particularBefore.has(previous) || numeral.test(previous)) return true;
  // "95% of pupils", "some of the children", "a couple of young people"
  if (previous === 'of') {
    const before = words[index - 2]?.lower ?? '';
    if (numeral.test(before) || groupQuantifiers.includes(before)) return true;
  }
  const next = words[index + length];
  // "Children placed in foster care tell us…": a participle before a preposition describes children in general
  const participle = participlePrepositions.has(words[index + length + 1]?.lower ?? '');
  if (
    next &&
    !next.breakBefore &&
    (pastVerbs.has(next.lower) ||
      (index === 0 && next.lower.endsWith('ed') && !next.lower.endsWith('eed') && !participle))
  )
    return true;
  // "Among children in care aged 9–17, the majority said…": what a group said or felt is a particular group's
  for (let later = index + length; later < words.length && later < index + length + 12; later += 1) {
    const word = words[later] as NoteWord;
    if (!word.quoted && reportVerbs.has(word.lower)) return true;
  }
  return false;
}

/** Children named by what they are at `index`, or null. */
export function childGroupAt(words: NoteWord[], index: number): ChildGroup | null {
  const word = words[index] as NoteWord;
  const bare = stripPossessive(word.lower);
  const youngPeople = bare === 'young' && stripPossessive(words[index + 1]?.lower ?? '') === 'people';
  // only these words name children: the rest of the note is passed over at once
  // "my students": a teacher's own class (students in general, or a school's, are no one child's group)
  // ("23 amazing students in my class": a teacher's class too)
  const ownStudents =
    bare === 'students' &&
    (words[index - 1]?.lower === 'my' ||
      (words[index + 1]?.lower === 'in' && words[index + 2]?.lower === 'my' && words[index + 3]?.lower === 'class'));
  if (!youngPeople && !ownStudents && !groupWords.has(bare) && bare !== 'girl' && bare !== 'boy' && bare !== 'child')
    return null;
  const length = youngPeople ? 2 : 1;
  if (youngPeople && words[index + 1]?.breakBefore) return null;
  const next = words[index + length];
  if (next && !next.breakBefore && childTopics.has(next.lower)) return null;
  if (word.lower === "children's" && next && !next.breakBefore && childrensServices.has(next.lower)) return null;
  // "the Children in Care Council"
  const last = words[index + length - 1];
  if (capital(last) && next && !next.breakBefore) {
    if (capital(next) || (organisationJoins.has(next.lower) && capital(words[index + length + 1]))) return null;
  }
  const previous = words[index - 1]?.lower ?? '';
  if (bare === 'girl' || bare === 'boy') return previous === 'this' ? { length, plural: false, generic: false } : null;
  if (bare === 'child') {
    if (anyChild.has(previous)) return { length, plural: false, generic: true };
    return oneChild.has(previous) ? { length, plural: false, generic: false } : null;
  }
  if (notTheChildren.has(previous)) return null;
  // "the siblings", "the three siblings": a group only after "the" (not "my siblings", a young writer's own, nor "Mum
  // has three siblings", "These two siblings had not lived near one another since the mid-1960s", adults, nor "keeping
  // siblings together", siblings in general)
  if (bare === 'siblings')
    return previous === 'the' || (siblingCounts.has(previous) && words[index - 2]?.lower === 'the')
      ? { length, plural: true, generic: false }
      : null;
  // "a children's home", "a children's charity": a kind of place, not children
  if (word.lower.endsWith("'s") && (previous === 'a' || previous === 'an')) return null;
  // "the children" and "the young people" are read as phrases of the child; other groups need a count
  if (bare !== 'children' && !youngPeople && !particular(words, index, length)) return null;
  return { length, plural: true, generic: !particular(words, index, length) };
}
