import { isNameLike } from '../analyse/names.ts';
import type { NoteWord } from '../analyse/read-note.ts';
import { wordSet } from '../word-set.ts';
import type { NoteFacts } from './note-facts.ts';
import type { Outcome, Site } from './site.ts';

// Whom a verdict word ("hostile") is said of: someone in the child's family, or someone known to be outside it.

// parents, carers and relatives, and the child: the people a case note's verdict on a family is about
const familyWords = wordSet(`
  parent parents mother mothers father fathers mum mums mom moms mummy dad dads daddy carer carers caregiver caregivers
  guardian guardians step-parent step-parents stepparent stepparents stepmother stepfather stepmum stepdad step-mum
  step-dad grandparent grandparents grandmother grandfather grandma grandpa gran granny grandad nan nana nanna uncle
  uncles aunt aunts auntie aunty partner husband wife boyfriend girlfriend family families household households
  child children son sons daughter daughters stepson stepdaughter sibling siblings brother brothers sister sisters
  adopter adopters
  girl girls boy boys pupil pupils teenager teenagers teen teens youngster youngsters kid kids baby babies toddler
  toddlers infant infants victim victims
`);
// a family's home and way of life: a verdict on them is a verdict on the family ("described the home as chaotic")
const homeWords = wordSet('home homes house flat household households lifestyle lifestyles life lives upbringing');
// people in their working, public or court roles, and bodies: a verdict on them is not a verdict on a family
const outsideWords = wordSet(`
  witness witnesses worker workers teacher teachers staff professional professionals practitioner practitioners
  officer officers police nurse nurses doctor doctors inspector inspectors inspectorate employer employers colleague
  colleagues shareholder shareholders director directors manager managers minister ministers government governments
  press media official officials journalist journalists reporter reporters critic critics judge judges councillor
  councillors regulator regulators ofsted council councils agency agencies interviewer interviewers
  lawyer lawyers barrister barristers counsel solicitor solicitors school schools service services
`);
// the writer: "I was giving him a hostile stare"
const writerWords = wordSet('i we me us myself ourselves');
// someone told by a pronoun: the one a reporting clause is about ("The social worker said she was hostile")
const subjectPronouns = wordSet('he she they');
// a pronoun that is the one described only when it stands right by the words ("found him hostile", "described her as
// hostile", "his hostility"), not when other words come between ("gave her a hostile look")
const nearPronouns = wordSet('him her them his their');
// people the sentence names by no role: whom they are to the child is told elsewhere ("the woman had led a chaotic ...
// lifestyle", after "Judge Greene explained that")
const otherPeople = wordSet('woman women man men lady ladies gentleman person people couple');
// words that can stand between the one described and the words: verbs of being and seeming, "as", adverbs
const linkWords = wordSet(`
  was were is are be been being become became becomes becoming remain remained remains seem seemed seems appear
  appeared appears present presented presents as very so quite increasingly more rather often sometimes always still also
`);
// nouns for a person's manner, told with whose it is after them: "the hostile attitude of parents"
const mannerWords = wordSet(`
  attitude attitudes behaviour behaviours behavior behaviors manner response responses stance approach hostility
`);
const ofWords = wordSet('of from');
// words that end the noun phrase after the verdict word: what comes after them is someone else
const phraseEnds = wordSet(`
  to towards toward with at in on of from if when whenever because by for about against who whom which that was were is are
  be been being had has have than as but so while
`);
const prepositions = wordSet('of to towards toward with at by from for about against among between');
const determiners = wordSet('the a an her his their its our my your this these those some many all');
const clauseBreak = /[;:.!?()[\]]/;
const reachBefore = 12;
const reachAfter = 6;

const bare = (word: NoteWord): string => word.lower.replace(/['’]s?$/u, '');

// a home run as a service, not a family's: "the children's home", "a residential home", "the care home" (the lead, round 33)
const serviceHomeBefore = wordSet("children's childrens children’s care residential nursing group");

/** Whether the word at `index` is part of a home run as a service: "children's" before "home", or "home" after it. */
function serviceHome(words: readonly NoteWord[], index: number): boolean {
  const word = words[index];
  if (!word) return false;
  // "the children's home life": the family's life at home, not a home run as a service
  if (/^(?:life|lives)$/.test(words[index + 1]?.lower ?? '')) return false;
  if (/^homes?$/.test(word.lower)) return serviceHomeBefore.has(words[index - 1]?.lower ?? '');
  return (
    /^children['’]?s$/.test(word.lower) &&
    /^homes?$/.test(words[index + 1]?.lower ?? '') &&
    !/^(?:life|lives)$/.test(words[index + 2]?.lower ?? '')
  );
}

function kindOf(
  word: NoteWord,
  facts: NoteFacts,
  words?: readonly NoteWord[],
  index = -1,
): 'family' | 'outside' | undefined {
  if (words && serviceHome(words, index)) return 'outside';
  // "parents/carers", "parent/carer": either half
  const parts = bare(word).split('/');
  if (parts.some((part) => familyWords.has(part) || homeWords.has(part))) return 'family';
  const key = parts[0] ?? '';
  if (facts.known.child.has(key) || facts.known.household.has(key)) return 'family';
  if (parts.some((part) => outsideWords.has(part))) return 'outside';
  return undefined;
}

const outcome = (kind: 'family' | 'outside'): Outcome => (kind === 'family' ? 'met' : 'unmet');

/** The person a manner noun belongs to, told after it: "attitude of parents / carers", "hostility from Dad". */
function ownerAfter(words: readonly NoteWord[], index: number, facts: NoteFacts): Outcome | undefined {
  if (!ofWords.has(words[index + 1]?.lower ?? '')) return undefined;
  for (let next = index + 2; next < Math.min(words.length, index + 5); next += 1) {
    const word = words[next] as NoteWord;
    const kind = kindOf(word, facts, words, next);
    if (kind) return outcome(kind);
    if (!determiners.has(word.lower)) return undefined;
  }
  return undefined;
}

function gapBefore(facts: NoteFacts, site: Site, words: readonly NoteWord[], index: number): string {
  const sentence = facts.sentences[site.sentence];
  const previous = words[index - 1];
  if (!sentence || !previous) return '';
  return sentence.text.slice(previous.end - sentence.from, (words[index] as NoteWord).start - sentence.from);
}

/** The person the words describe after them: the noun an adjective list ends in ("hostile, non-compliant parents"). */
function describedAfter(facts: NoteFacts, site: Site, words: readonly NoteWord[]): Outcome | undefined {
  const own = ownerAfter(words, site.last, facts);
  if (own) return own;
  const end = Math.min(words.length, site.last + 1 + reachAfter);
  for (let index = site.last + 1; index < end; index += 1) {
    const word = words[index] as NoteWord;
    const gap = gapBefore(facts, site, words, index);
    if (clauseBreak.test(gap)) return undefined;
    // "Mum was hostile, the worker said": a new person after a comma starts a clause of their own
    if (gap.includes(',') && (determiners.has(word.lower) || /^\p{Lu}/u.test(word.text))) return undefined;
    if (phraseEnds.has(word.lower)) return undefined;
    const kind = kindOf(word, facts, words, index);
    if (kind) return outcome(kind);
    if (mannerWords.has(word.lower)) return ownerAfter(words, index, facts);
    // "hostile and Mum cried": a new person after "and"/"or" starts a clause of their own
    const next = words[index + 1];
    if (
      (word.lower === 'and' || word.lower === 'or') &&
      next &&
      (determiners.has(next.lower) || /^\p{Lu}/u.test(next.text))
    )
      return undefined;
  }
  return undefined;
}

/**
 * Whether the words from `index` up to the flagged words only link a person to them: verbs of being, "as", adverbs,
 * no punctuation ("Sam was hostile", "him as hostile", "his hostility"; not "Jade, was hostile").
 */
function linked(facts: NoteFacts, site: Site, words: readonly NoteWord[], index: number): boolean {
  for (let next = index + 1; next <= site.first; next += 1) {
    if (/[,;:.!?()[\]]/.test(gapBefore(facts, site, words, next))) return false;
    const word = words[next] as NoteWord;
    if (next < site.first && !linkWords.has(word.lower) && !word.lower.endsWith('ly')) return false;
  }
  return true;
}

/**
 * A person the sentence names by a pronoun, by name or as "the woman", whom the condition cannot place in or out of the
 * family.
 */
function unplacedPerson(facts: NoteFacts, site: Site, words: readonly NoteWord[], index: number): boolean {
  const word = words[index] as NoteWord;
  if (subjectPronouns.has(word.lower)) return true;
  if (otherPeople.has(word.lower) && !prepositions.has(words[index - 1]?.lower ?? '')) return true;
  const named = index > 0 && /^\p{Lu}/u.test(word.text);
  return (nearPronouns.has(word.lower) || named) && linked(facts, site, words, index);
}

/**
 * The person the words are said of before them: the subject ("Mum was hostile"), past objects of a preposition. A
 * pronoun or a name nearer the words than any family or outside word ("The social worker said she was hostile",
 * "Teachers found Sam hostile") leaves it unknown, unless the pronoun is followed back to a family member
 * named earlier in the note (`pronounFamily`).
 */
function describedBefore(facts: NoteFacts, site: Site, words: readonly NoteWord[]): Outcome | undefined {
  for (let index = site.first - 1; index >= Math.max(0, site.first - reachBefore); index -= 1) {
    const word = words[index] as NoteWord;
    if (writerWords.has(word.lower)) return 'unmet';
    const kind = kindOf(word, facts, words, index);
    // "she was hostile" after "Mum rang": the pronoun followed back to the family member it stands for
    if (!kind && unplacedPerson(facts, site, words, index))
      return pronounFamily(facts, site.sentence, words, index) ? 'met' : undefined;
    // "suspicious of professionals, hostile": an outsider after a preposition is the object, not the one described
    if (kind === 'outside' && prepositions.has(words[index - 1]?.lower ?? '')) continue;
    if (kind) return outcome(kind);
  }
  return undefined;
}

// Following "she", "he" and "they" back (deficit34, the lead's ruling of round 33): the people words a pronoun may stand
// for, by gender and number. Family words not listed here are one person of either gender ("parent", "carer", "child").
const femaleWords = wordSet(`
  mother mum mom mummy stepmother stepmum step-mum grandmother grandma gran granny nan nana nanna aunt auntie aunty wife
  girlfriend daughter stepdaughter sister girl woman lady
`);
const maleWords = wordSet(`
  father dad daddy stepfather stepdad step-dad grandfather grandpa grandad uncle husband boyfriend son stepson brother
  boy man gentleman
`);
const pluralWords = wordSet(`
  parents mothers fathers mums dads moms carers caregivers guardians step-parents stepparents grandparents uncles aunts
  family families household households children sons daughters siblings brothers sisters girls boys pupils teenagers
  teens youngsters kids babies toddlers infants victims adopters women men ladies people couple staff police press media
`);
// verbs that report what someone said or saw: the one before them is the reporter, not whom the pronoun after them means
// ("The nurse said she was hostile": "she" is not the nurse)
const reportingVerbs = wordSet(`
  said says say told tells tell reported reports stated states felt feels thought thinks described describes noted notes
  found finds explained explains believed believes added claimed claims recorded records observed observes advised
  commented comments confirmed confirms informed mentioned mentions wrote writes remarked heard
`);
type Gender = 'female' | 'male' | 'plural' | 'either';
const pronounGender = (word: string): Gender | undefined =>
  /^(?:she|her)$/.test(word)
    ? 'female'
    : /^(?:he|him|his)$/.test(word)
      ? 'male'
      : /^(?:they|them|their)$/.test(word)
        ? 'plural'
        : undefined;
const genderOf = (word: NoteWord): Gender => {
  const key = bare(word);
  if (femaleWords.has(key)) return 'female';
  if (maleWords.has(key)) return 'male';
  if (pluralWords.has(key) || (key.endsWith('s') && outsideWords.has(key))) return 'plural';
  return 'either';
};
const fits = (pronoun: Gender, person: Gender): boolean =>
  person === pronoun || (person === 'either' && pronoun !== 'plural');

/** A name the pronoun may stand for: the child's when the note presents it so ("my daughter Katie"), else unplaced. */
function namedPerson(facts: NoteFacts, sentence: number, at: number, word: NoteWord): 'family' | 'someone' | undefined {
  const whole = facts.sentences[sentence];
  if (!whole || !isNameLike(whole, at)) return undefined;
  return facts.presented.get(word.lower) === 'child' ? 'family' : 'someone';
}

/** Whether a reporting verb stands between two words of a sentence. */
function reportedBetween(words: readonly NoteWord[], from: number, to: number): boolean {
  for (let index = from + 1; index < to; index += 1)
    if (reportingVerbs.has((words[index] as NoteWord).lower)) return true;
  return false;
}

/**
 * Whether the pronoun at `index` ("she", "him", "their") stands for someone in the child's family: the nearest person
 * before it, in its own sentence or the three before, whose gender and number fit, past a pronoun of the same person and
 * past the one who reports it ("Mum rang. The nurse said she was hostile."). A worker or a person of no known role
 * nearer than any family word leaves it unknown, as before: the pronoun is only followed to a family member, never to
 * an outsider ("When the nurse called round, he was hostile" may not be the nurse).
 */
function pronounFamily(facts: NoteFacts, sentence: number, words: readonly NoteWord[], index: number): boolean {
  const wanted = pronounGender((words[index] as NoteWord).lower);
  if (!wanted) return false;
  for (let back = sentence; back >= Math.max(0, sentence - 3); back -= 1) {
    const those = back === sentence ? words : ((facts.sentences[back]?.words ?? []) as NoteWord[]);
    for (let at = (back === sentence ? index : those.length) - 1; at >= 0; at -= 1) {
      const word = those[at] as NoteWord;
      if (writerWords.has(word.lower) || pronounGender(word.lower)) continue;
      const kind = kindOf(word, facts, those, at);
      const person = kind ?? (otherPeople.has(word.lower) ? 'someone' : namedPerson(facts, back, at, word));
      if (!person || !fits(wanted, genderOf(word))) continue;
      if (back === sentence && reportedBetween(those, at, index)) continue;
      return person === 'family';
    }
  }
  return false;
}

/**
 * Whether the flagged words are said of someone in the child's family: the person they describe, read first after
 * them ("hostile parents", "the hostile attitude of parents / carers") and then before them ("Mum was hostile", "the
 * mother presented as increasingly hostile"). Met for a parent, carer, relative, the child or a name the host gave for
 * the child or household; not met for a witness, a worker, an inspector, a body or the writer ("I"); unknown when the
 * sentence names nobody it can read.
 */
export function familyDescribed(facts: NoteFacts, site: Site): Outcome {
  const words = (facts.sentences[site.sentence]?.words ?? []) as NoteWord[];
  return describedAfter(facts, site, words) ?? describedBefore(facts, site, words) ?? 'unknown';
}
