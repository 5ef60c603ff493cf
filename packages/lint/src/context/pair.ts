import type { NoteWord } from '../analyse/read-note.ts';
import {
  adultDescribed,
  adultInSentence,
  childAgeAt,
  childDescribed,
  childWords,
  statedAgeAt,
  trustedAdults,
} from './described.ts';
import type { NoteFacts } from './note-facts.ts';
import type { Outcome, Site } from './site.ts';

// Who "the pair", "the couple", "the relationship" or "the affair" are, read from the note up to the words: reports of
// abuse name the child and the adult once ("a teacher … a 15-year-old pupil") and then tell the two of them together.

// adults from outside the child's home, by what the note calls them
const outsideAdults = new Set([...trustedAdults, 'assistant', 'man', 'men', 'woman', 'women', 'adult']);
// the child's family and carers, and adult couples: a pair told with one of these before it is not a child and an abuser
const familyAdults = new Set([
  'mum',
  'mummy',
  'mother',
  'dad',
  'daddy',
  'father',
  'parent',
  'parents',
  'stepdad',
  'stepmum',
  'stepfather',
  'stepmother',
  'partner',
  'partners',
  'husband',
  'wife',
  'carer',
  'carers',
  'foster',
  'grandparents',
  'grandmother',
  'grandfather',
  'nan',
  'grandma',
  'grandad',
  'aunt',
  'auntie',
  'uncle',
]);
// "the child", "a child", "sex with a child"; not someone's own ("her children were asleep")
const childNouns = new Set(['child', 'children', 'minor', 'minors']);
// two or more children told in the sentence itself ("the two 15-year-olds", "the girls"): the pair is most likely them
const pluralChildren = new Set(['girls', 'boys', 'teenagers', 'teens', 'pupils', 'youngsters', 'children', 'olds']);
// who "the pair" are is read from this many sentences back; further back the note is about something else
const pairReach = 10;
const possessors = new Set(['her', 'his', 'their', 'my', 'your', 'our']);
const bare = (word: NoteWord): string => (word.lower.endsWith("'s") ? word.lower.slice(0, -2) : word.lower);
const isNumber = (word: NoteWord | undefined): boolean => word !== undefined && /^\d{1,2}$/.test(word.text);

/** A child at `index`: a word for a child, an age under 18, a school year ("Year 9"), a name with an age under 18. */
function childAt(words: readonly NoteWord[], index: number, facts: NoteFacts): boolean {
  const word = words[index] as NoteWord;
  if (childWords.has(word.lower) || childAgeAt(words, index)) return true;
  if (childNouns.has(bare(word)) && !possessors.has(words[index - 1]?.lower ?? '')) return true;
  const next = words[index + 1];
  if (word.text === 'Year' && isNumber(next) && Number(next?.text) <= 13 && !next?.breakBefore) return true;
  const age = facts.statedAges.get(bare(word));
  return age !== undefined && age < 18 && word.text !== word.lower;
}

/** Whether a family word stands just before `index`: "Mum's partner Dave (34)", "her husband, 40,". */
function ofTheFamily(words: readonly NoteWord[], index: number): boolean {
  for (let back = Math.max(0, index - 4); back < index; back += 1)
    if (familyAdults.has(bare(words[back] as NoteWord))) return true;
  return false;
}

/**
 * An adult from outside the home at `index`: an age of 18 or over ("Turnbull, 35,"), a man or woman, a teacher or
 * coach; not one named just after a family word ("Mum's partner Dave (34)").
 */
function adultAt(words: readonly NoteWord[], index: number): boolean {
  const age = statedAgeAt(words, index);
  const adult = (age !== undefined && age >= 18 && age < 120) || outsideAdults.has(bare(words[index] as NoteWord));
  return adult && !ofTheFamily(words, index);
}

/**
 * Whether a sentence names no adult from outside the home but the child's family ("Mum and Dave split up.") or two
 * children ("Jade (15) and Amy (14) went to town."): the pair told next are most likely those.
 */
function familyOrChildren(words: readonly NoteWord[], facts: NoteFacts): boolean {
  let family = false;
  let child = false;
  const named = new Set<string>();
  for (let index = 0; index < words.length; index += 1) {
    if (adultAt(words, index)) return false;
    const word = words[index] as NoteWord;
    family ||= familyAdults.has(bare(word));
    child ||= childAt(words, index, facts);
    const age = facts.statedAges.get(bare(word));
    if (age !== undefined && age < 18 && word.text !== word.lower) named.add(bare(word));
  }
  return (family && !child) || named.size >= 2;
}

const joiners = new Set(['between', 'with', 'and']);
const clauseOpeners = new Set('when after before because until while since once who which'.split(' '));

/**
 * Whether a family word after the flagged words is joined to them as the pair's other person ("between Kai and his
 * foster carer", "the relationship with her stepfather"), not one in a clause of its own ("The affair came to light
 * when her mother found the messages").
 */
function familyJoinedAfter(words: readonly NoteWord[], from: number): boolean {
  let joined = false;
  for (let index = from; index < words.length; index += 1) {
    const word = words[index] as NoteWord;
    if (clauseOpeners.has(word.lower)) return false;
    if (joiners.has(word.lower)) joined = true;
    else if (joined && familyAdults.has(bare(word))) return true;
  }
  return false;
}

/**
 * Whether the people the flagged words tell together are a child and an adult from outside the child's home. Met
 * when the sentence describes both (a child by age or a word for a child, an adult by age, description or role), or
 * when the ten sentences before the words name a child (a word for a child, an age under 18, "Year 9", the host's
 * child by name) and such an adult (an age of 18 or over, a man or woman, a teacher, coach or teaching assistant).
 * Not met when the sentence names a parent, carer or partner before the words ("Mum and her partner … the pair");
 * unless the sentence describes both, not met either when it joins one to them after ("between Kai and his foster
 * carer"; not "…came to light when her mother found…") or two or more children ("the two 15-year-olds"), when the sentence before names no outside adult but the
 * family or two named children ("Mum and Dave split up.", "Jade (15) and Amy (14) went out."), or when a child's age
 * stands beside the words ("her boyfriend, 15,"). Unknown when the note does not name both.
 */
export function childAndAdultPair(facts: NoteFacts, site: Site): Outcome {
  const current = (facts.sentences[site.sentence]?.words ?? []) as NoteWord[];
  const family = (from: number, to: number): boolean =>
    current.slice(from, to).some((word) => familyAdults.has(bare(word)));
  if (family(0, site.first)) return 'unmet';
  if (childDescribed(facts, site) === 'met' && adultInSentence(facts, site) === 'met') return 'met';
  // "the relationship developed well between Kai and his foster carer", "the two 15-year-olds had a teenage romance"
  if (familyJoinedAfter(current, site.last + 1) || current.some((word) => pluralChildren.has(word.lower)))
    return 'unmet';
  const before = facts.sentences[site.sentence - 1]?.words as NoteWord[] | undefined;
  if (before && familyOrChildren(before, facts)) return 'unmet';
  if (adultDescribed(facts, site) === 'unmet') return 'unmet';
  let child = false;
  let adult = false;
  for (
    let sentence = Math.max(0, site.sentence - pairReach);
    sentence <= site.sentence && !(child && adult);
    sentence += 1
  ) {
    const words = (facts.sentences[sentence]?.words ?? []) as NoteWord[];
    const end = sentence === site.sentence ? site.first : words.length;
    for (let index = 0; index < end && !(child && adult); index += 1) {
      child ||= childAt(words, index, facts) || facts.known.child.has(bare(words[index] as NoteWord));
      adult ||= adultAt(words, index);
    }
  }
  return child && adult ? 'met' : 'unknown';
}
