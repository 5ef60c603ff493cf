// How the voice reading finds a clause's parts: the verb after a subject (past adverbs, auxiliaries, a title
// after a name, a group's description), a coordinated verb, a stated feeling or wish, a person after a preposition.
import type { SentenceAddress } from './addressee.ts';
import { lowerWords } from './lower-words.ts';
import type { WordRole } from './people.ts';
import type { NoteWord } from './read-note.ts';
import { speakerKind } from './voice-speaker.ts';
import {
  between,
  clauseOpeners,
  clauseVerbs,
  coordinatedVerbs,
  feelingAdjectives,
  madeVerbs,
  metBy,
  speechVerbs,
  wishAdjectives,
  wishNouns,
  wishVerbs,
} from './voice-words.ts';
import { voiceVerbs } from './words.ts';

const beAuxiliaries = ['was', 'were', 'been', 'being', 'is', 'are'];
const beForms = ['is', 'are', 'was', 'were', "'s"];
const notForms = ['not', "didn't", "don't", "doesn't"];
const andBut = ['and', 'but'];
const linkingAdverbs = ['then', 'also', 'later', 'just'];
const wouldForms = ['would', "'d"];
export const likeLovePrefer = ['like', 'love', 'prefer'];
/** Words before a person that make them no subject ("a review of six children"). */
export const prepositions = new Set(['of', 'for', 'with', 'to', 'about', 'by', 'from', 'on', 'at', 'between']);

/** Words that may stand between a preposition and the person it governs: "with these young people". */
export const nounPhrase = new Set(
  'the these those a an some all other our their his her its many older younger little young both'.split(' '),
);

/** Words before "of" that make the children after it the ones who act: "none of the children", "a couple of young people". */
export const quantities = new Set(
  'none some all many most one two three few several each lots majority half couple number both any'.split(' '),
);

/** Whether the person at `index` follows a preposition ("working with these young people"): not a subject. */
export function afterPreposition(words: NoteWord[], index: number): boolean {
  // ("for her, she wished to stay": a comma before the person opens a clause of their own; not "…with her, she said."
  // closing the sentence, whose "she" tells who said all of it)
  if ((words[index] as NoteWord | undefined)?.breakBefore && index + 2 < words.length) return false;
  let before = index - 1;
  while (before >= 0 && index - before <= 3 && nounPhrase.has((words[before] as NoteWord).lower)) before -= 1;
  const word = words[before];
  // ("none of the children I spoke to felt…", "a couple of young people described…": the group speaks)
  return before < index - 1 && !!word && !word.quoted && word.lower !== 'of' && prepositions.has(word.lower);
}

/** Pronouns that are never the subject of a clause. */
export const notSubjects = new Set(['his', 'her', 'their', 'its', 'my', 'your', 'our', 'him', 'them', 'me', 'us']);

export const made = (word: NoteWord): boolean => madeVerbs.has(word.lower);

/** Words of a title set after a name: "Anne Longfield, Children's Commissioner, said". */
export const titleJoins = new Set(['of', 'for', 'the', 'and', '&']);

/** Words ending in "-ly" that are no adverb of manner or time: adjectives, verbs and nouns. */
const notAdverbs = new Set(
  'family only early daily weekly monthly yearly lovely ugly holy silly friendly lonely likely unlikely elderly curly jolly belly bully rely reply apply supply fly ally rally tally italy july'.split(
    ' ',
  ),
);

/**
 * An adverb of manner or time between an aside and the verb ("The girl, who…, then quickly said"): a lower-case word
 * ending in "-ly", in the writer's own words.
 */
export function mannerAdverb(word: NoteWord): boolean {
  return !word.quoted && word.text.length > 4 && /^[a-z]+ly$/.test(word.text) && !notAdverbs.has(word.lower);
}

/** The index of the verb after a subject at `index`, skipping adverbs and auxiliaries, or -1. */
export function verbAfter(words: NoteWord[], index: number): number {
  let next = index + 1;
  // past a surname and a title in capitals: "Anne Longfield, Children's Commissioner said"
  const name = words[index] as NoteWord | undefined;
  if (name && /^\p{Lu}\p{Ll}/u.test(name.text) && index + 1 < words.length) {
    let end = next;
    while (
      end < words.length &&
      end - index <= 6 &&
      !(words[end] as NoteWord).quoted &&
      (/^\p{Lu}/u.test((words[end] as NoteWord).text) || titleJoins.has((words[end] as NoteWord).lower))
    )
      end += 1;
    if (end > next && speechVerbs.has(words[end]?.lower ?? '')) next = end;
  }
  // (not past an adverb of manner, "she proudly commented": tried in the twentieth session's round, it lost a found
  // sentence and added a false one on the sealed sets)
  while (words[next] && between.has((words[next] as NoteWord).lower)) next += 1;
  // "he used to say…": what the child said again and again
  if (words[next]?.lower === 'used' && words[next + 1]?.lower === 'to') next += 2;
  const verb = words[next];
  return verb && !verb.quoted ? next : -1;
}

/** Words that may describe a group of children before their verb: "children in care who explain", "children and young adults describe". */
export const groupWords = new Set('in care who and young people adults person persons we i met spoke to'.split(' '));

/** The verb after a group of children, past a short description of them, or -1. */
export function verbAfterGroup(words: NoteWord[], index: number): number {
  const verb = verbAfterGroupNear(words, index);
  const near = words[verb]?.lower ?? '';
  if (words[index + 1]?.lower !== 'who' || speechVerbs.has(near) || voiceVerbs.has(near)) return verb;
  // "the father of the child (who denies…)": the clause is about whoever the child belongs to
  let start = index - 1;
  while (start >= 0 && index - start <= 3 && nounPhrase.has((words[start] as NoteWord).lower)) start -= 1;
  if (words[start]?.lower === 'of' && !quantities.has(words[start - 1]?.lower ?? '')) return verb;
  // "young people who have had reviews have told us": the verb of saying after a clause about them
  for (let next = index + 2; next < words.length && next - index <= 9; next += 1) {
    const word = words[next] as NoteWord;
    if (word.quoted || word.breakBefore) return verb;
    if (!speechVerbs.has(word.lower)) continue;
    // "children who were told…": someone else spoke to them
    return beAuxiliaries.includes(words[next - 1]?.lower ?? '') ? verb : next;
  }
  return verb;
}

/** Words that may name where children live after "in": "in foster care", "in a children's home", "in group care". */
const settingKinds = new Set("a foster group residential kinship secure children's local".split(' '));
const settings = new Set('care home homes placement placements'.split(' '));

/**
 * The index after where a group of children lives, said after them ("children in foster care", "one child living in a
 * children's home", "young people staying in residential care"), or -1 when no such place follows at `from`.
 */
function careSettingAfter(words: NoteWord[], from: number): number {
  let next = from;
  if (['living', 'staying'].includes(words[next]?.lower ?? '')) next += 1;
  if (words[next]?.lower !== 'in') return -1;
  next += 1;
  while (next - from <= 5 && settingKinds.has(words[next]?.lower ?? '')) next += 1;
  const place = words[next];
  // (in capitals it is a body's name, read as such after the group: "the Children in Care Council felt")
  if (!place || place.quoted || place.breakBefore || place.text !== place.lower || !settings.has(place.lower))
    return -1;
  return next + 1;
}

/** The verb just after a group of children, past a few words that describe them, or -1. */
export function verbAfterGroupNear(words: NoteWord[], index: number): number {
  // "one child in foster care wrote", "children living in a children's home said": where they live describes them
  // (a verb of saying, thinking or wanting only: "some children living in homes like this can…" describes them)
  const setting = careSettingAfter(words, index + 1);
  if (setting !== -1) {
    const verb = verbAfter(words, setting - 1);
    const lower = words[verb]?.lower ?? '';
    if (speechVerbs.has(lower) || clauseVerbs.has(lower) || wishVerbs.includes(lower)) return verb;
  }
  let next = index + 1;
  while (next - index <= 4 && words[next] && !(words[next] as NoteWord).breakBefore) {
    const lower = (words[next] as NoteWord).lower;
    if (!groupWords.has(lower)) break;
    // "children spoke to us" speak; "children I spoke to", "young people we met" are spoken to
    if (metBy.has(lower) && !lowerWords(words, index + 1, next).some((w) => w === 'i' || w === 'we')) break;
    next += 1;
    // "children and young people in Wakefield told us", "the Children in Care Council felt": a place or body's name
    if (lower === 'in' || lower === 'from')
      while (
        next - index <= 7 &&
        words[next] &&
        !(words[next] as NoteWord).quoted &&
        /^\p{Lu}/u.test((words[next] as NoteWord).text)
      )
        next += 1;
  }
  return verbAfter(words, next - 1);
}

/** Whether a clause of its own follows the verb at `index` ("felt that…", "felt he was…"). */
export function clauseFollows(words: NoteWord[], roles: WordRole[], index: number): boolean {
  const next = words[index + 1];
  if (!next || next.quoted) return false;
  if (clauseOpeners.has(next.lower)) return true;
  const role = roles[index + 1];
  return role === 'child-name' || role === 'other-person' || role === 'child-phrase';
}

/**
 * A feeling said with "is/was": "she was worried that…", "he is keen to go home". Returns the index
 * of the adjective, or -1.
 */
export function feelingStated(words: NoteWord[], subject: number): number {
  let next = subject + 1;
  while (words[next] && between.has((words[next] as NoteWord).lower)) next += 1;
  const adjective = words[next];
  // "she is looking forward to…": a wish of hers
  const lookingForward = adjective?.lower === 'looking' && words[next + 1]?.lower === 'forward';
  if (!adjective || adjective.quoted || !(feelingAdjectives.has(adjective.lower) || lookingForward)) return -1;
  const auxiliaries = lowerWords(words, subject + 1, next);
  if (!auxiliaries.some((word) => beForms.includes(word))) return -1;
  if (auxiliaries.some((word) => notForms.includes(word))) return -1;
  if (lookingForward) return next;
  const after = words[next + 1]?.lower;
  if (after === 'that' || (after === 'to' && wishAdjectives.has(adjective.lower))) return next;
  return -1;
}

/** "he wasn't happy at school and wanted to move": a verb of saying or wanting later in the subject's clause. */
export function coordinatedVerb(words: NoteWord[], roles: WordRole[], from: number, address: SentenceAddress): number {
  for (let index = from; index < words.length - 1; index += 1) {
    const word = words[index] as NoteWord;
    // (a comma before "and" or "but" keeps the clause: "…the care system, and would prefer that…")
    if (word.quoted || (index > from && word.breakBefore && !andBut.includes(word.lower))) return -1;
    // another subject ("and Mum said") starts a clause of its own; "his school", "told him" do not
    if (!notSubjects.has(word.lower) && speakerKind(words, roles, index, address) !== null) return -1;
    if (word.lower !== 'and' && word.lower !== 'but') continue;
    let verb = index + 1;
    while (words[verb] && linkingAdverbs.includes((words[verb] as NoteWord).lower)) verb += 1;
    const candidate = words[verb];
    if (!candidate || candidate.quoted || !coordinatedVerbs.has(candidate.lower)) continue;
    // "she had prepared and asked Evie": whoever asks the child is not the child
    const object = roles[verb + 1];
    if (object === 'child-name' || object === 'child-pronoun' || object === 'child-phrase') return -1;
    return verb;
  }
  return -1;
}

/** Whether the child is named by name later in the clause of the verb at `index` (up to a comma or stop). */
export function namesChildAfter(words: NoteWord[], roles: WordRole[], index: number): boolean {
  for (let next = index + 1; next < words.length; next += 1) {
    const word = words[next] as NoteWord;
    if (word.breakBefore && next > index + 1) return false;
    if (!word.quoted && roles[next] === 'child-name') return true;
  }
  return false;
}

/** Whether the verb at `index` states a wish: "wanted", "would prefer", "'d like". */
export function wishAt(words: NoteWord[], index: number): boolean {
  const verb = words[index]?.lower ?? '';
  if (wishVerbs.includes(verb)) return true;
  return wouldForms.includes(verb) && likeLovePrefer.includes(words[index + 1]?.lower ?? '');
}

const ownedNounDeterminers = ['the', 'a', 'an', 'this', 'that'];
/** Words after a wish noun that give the wish: "her wish to go home", "his request for…", "their view that…". */
const wishContent = ['to', 'that', 'for'];
/** Words after "is/are" that state a wish: "Jade's wishes are to…", "…are that…", "…are very clear". */
const contentAfterBe = ['to', 'that', 'clear', 'consistent', 'firm', 'strong'];
const degreeWords = ['very', 'quite', 'really', 'always', 'now'];

/** Whether the word at `index` owns a wish noun after it ("L's wishes", "the children's own views"): not a subject. */
export function possessiveOfWish(words: NoteWord[], index: number): boolean {
  const lower = words[index]?.lower ?? '';
  if (!(lower.endsWith("'s") || lower.endsWith("s'"))) return false;
  const next = words[index + 1]?.lower === 'own' ? index + 2 : index + 1;
  return wishNouns.has(words[next]?.lower ?? '');
}

/**
 * Whether a wish noun at `index` states what the wish is ("her wish to go home", "his request for a new social
 * worker", "Jade's wishes are that…", "this was the girl's view") rather than only naming it ("failing to listen to
 * L's wishes", "the children's wishes and feelings", "seeking children's views"): a mention records nothing said.
 */
export function wishStated(words: NoteWord[], index: number): boolean {
  if (wishContent.includes(words[index + 1]?.lower ?? '')) return true;
  let after = index + 1;
  if (words[after]?.lower === 'and' && ['feelings', 'views', 'wishes'].includes(words[after + 1]?.lower ?? ''))
    after += 2;
  if (beForms.includes(words[after]?.lower ?? '')) {
    // "…are that she stays", "…are to go home", "…are very clear and powerful"
    let next = after + 1;
    if (degreeWords.includes(words[next]?.lower ?? '')) next += 1;
    if (contentAfterBe.includes(words[next]?.lower ?? '')) return true;
  }
  // the owner's phrase after "was": "this was the girl's view"
  let before = index - 1;
  if (words[before]?.lower === 'own') before -= 1;
  before -= 1;
  while (before >= 0 && ownedNounDeterminers.includes((words[before] as NoteWord).lower)) before -= 1;
  return beForms.includes(words[before]?.lower ?? '');
}

const makeForms = ['make', 'makes', 'made', 'making'];

/**
 * What a child says when they tell of harm: "made an allegation against…", "made a disclosure to her teacher" (not
 * "complaints": "he made complaints of race discrimination" is an adult's claim).
 */
const accusations = new Set('allegation allegations disclosure disclosures'.split(' '));
const changeForms = ['change', 'changes', 'changed', 'changing'];

/** Words between "made" and an allegation: "made a further allegation", "made repeated allegations". */
const allegationWords = new Set(
  'a an further serious several these new repeated detailed multiple similar specific two three many numerous'.split(
    ' ',
  ),
);

/**
 * Whether the verb at `index` says something plainly: "made it clear that…", "have been making it clear to me…", "she had
 * made an allegation against the foster parents", "the child changed his mind" (a wish said again, otherwise).
 */
export function madeClear(words: NoteWord[], index: number): boolean {
  const lower = words[index]?.lower ?? '';
  if (makeForms.includes(lower)) {
    if (words[index + 1]?.lower === 'it' && words[index + 2]?.lower === 'clear') return true;
    // ("made repeated allegations", "made detailed allegations": a word before the allegation)
    const article = allegationWords.has(words[index + 1]?.lower ?? '');
    return accusations.has(words[index + (article ? 2 : 1)]?.lower ?? '');
  }
  return (
    changeForms.includes(lower) &&
    ['his', 'her', 'their'].includes(words[index + 1]?.lower ?? '') &&
    ['mind', 'minds'].includes(words[index + 2]?.lower ?? '')
  );
}
