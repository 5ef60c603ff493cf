/**
 * A noun-phrase suggestion in its sentence: its head and number, whether it needs a determiner, and
 * whether the flagged words stand as a modifier before another noun ("the PLO letter"). A plural
 * takes a plural ("care leavers" → "care-experienced young people"), a bare acronym used as a name
 * takes "the" ("engage with YOT" → "engage with the youth justice service"), and a phrase with words
 * after its noun never goes before another noun ("the court process for care cases letter").
 */
import type { Token } from '@casenote/rules';
import { iesVerbAfterName } from './ies-verb.ts';
import { isKnownVerbForm, thirdPersonLemma, verbReadings } from './verbs.ts';
import { adverbs, determiners, isAuxiliary, isPossessive } from './word-classes.ts';
import { wordSet } from '../word-set.ts';

/** Nouns the suggestions use uncounted: never pluralised, never given "a". */
export const uncountable = wordSet(
  'abuse exploitation harm violence neglect support help advice information care time protection housing work behaviour contact accommodation action safety education health supervision parenting fostering adoption custody guidance responsibility justice respite',
);
/** Of those, the ones "a" never goes before in any sense ("a heated abuse", "an annual family time"). */
export const neverWithA = wordSet('abuse exploitation harm violence neglect advice information protection time');
const irregularPlural: Record<string, string> = { person: 'people', child: 'children', man: 'men', woman: 'women' };
/** The last word of a condition's name ("attention deficit hyperactivity disorder"), which takes no article. */
export const conditionHeads = wordSet('disorder syndrome');
const pluralOnly = wordSet('children people men women proceedings police staff');
/** Words after a noun that start its postmodifier ("plan for your future", "child who is …", "allegation not supported …"). */
const postmodifierStarts = wordSet(
  'of to for from with without about at in on into by towards between among through after before under over within who whom whose which that where what how why when until during away arranged not',
);
/** Words that can follow a whole noun phrase, so the flagged words before them end it. */
const phraseEnders = wordSet(
  'and or but nor because as so when whenever while whilst if unless though although after before until since once at in on to with without within for from by of about towards toward into onto over under during despite like than who whom whose which that where what how why across throughout among between via including per upon beyond behind near outside inside alongside against around through',
);
export const pronouns = wordSet('i you we they he she it me him her us them');
/** "-ing" words that are nouns ("a meeting"), which count like any other. */
export const ingNouns = wordSet(
  'meeting hearing setting housing training funding building wellbeing finding sibling warning',
);
/** Nouns in "-ity" that count ("mental handicaps" → "mental disabilities"), though most such nouns do not. */
export const countingIty = wordSet('disability authority activity facility opportunity community');
/** Words a phrase cannot end on: they need what follows them. */
export const needsObject = wordSet('to of for with about towards by from into between');
const familyNames = wordSet('mum dad nan nana gran grandma grandad grandpa mummy daddy');
const describingParticiples = wordSet('written given taken chosen proven hidden forgotten spoken agreed');
const pointers = wordSet('any each every no another either neither');
const numbers = wordSet('one two three four five six seven eight nine ten several many both some all few');

/** Whether a word (lower case) is a plural noun: "leavers", "children", "proceedings"; not "process", "status". */
export function isPluralNoun(word: string): boolean {
  if (pluralOnly.has(word)) return true;
  if (word.length < 4 || /('s|ss|us|is|ous|’s)$/.test(word)) return false;
  return word.endsWith('s');
}

/** "PLO", "CiN", "s20", "LACs": letters and digits with two capitals or a section number. */
export function isAcronymWord(exact: string): boolean {
  return (/^\p{Lu}[\p{L}\p{N}&]*\p{Lu}/u.test(exact) && !/\p{Ll}{2}/u.test(exact)) || /^s\.?\d+$/i.test(exact);
}

/** The index of a phrase's head: the word before its first postmodifier, else its last word. */
export function headIndex(words: readonly string[]): number {
  const start = words.length > 1 && determiners.has(words[0] as string) ? 1 : 0;
  for (let index = start + 1; index < words.length; index++) {
    const word = words[index] as string;
    // not "looked after children": a particle after its verb
    const after = (words[index - 1] as string).endsWith('ed');
    if (postmodifierStarts.has(word) && !after) return index - 1;
    // "court order placing the child…", "care agreed with your parents", "child being exploited"; not
    // "independent reviewing officer"
    const following = words[index + 1] ?? '';
    // ("court order banning certain behaviour": "certain" counts as a determiner there)
    const opensClause =
      word === 'being' ||
      following === 'certain' ||
      determiners.has(following) ||
      numbers.has(following) ||
      pronouns.has(following) ||
      postmodifierStarts.has(following);
    // (not "formal warning from the police": an "-ing" noun is the head)
    if (/(ing|ed)$/.test(word) && !ingNouns.has(word) && opensClause && verbReadings(word).length > 0) return index - 1;
    // "a home found at short notice": a participle that does not end in "-ed"
    if (irregularParticiples.has(word) && opensClause) return index - 1;
  }
  return words.length - 1;
}

/** Whether the phrase has words after its head ("plan for your future"): it cannot describe a noun after it. */
export function hasPostmodifier(words: readonly string[]): boolean {
  for (let index = 1; index < words.length; index++) if (postmodifierStarts.has(words[index] as string)) return true;
  return false;
}

/** Whether a (lower-case) head noun counts and needs a determiner when singular. */
export function isCountable(head: string): boolean {
  return (
    !uncountable.has(head) &&
    !pronouns.has(head) &&
    !familyNames.has(head) &&
    !/^(everyone|everybody|someone|somebody|anyone|anybody|no-one)$/.test(head) &&
    (!head.endsWith('ing') || ingNouns.has(head)) &&
    !/(ness|ity|ism)$/.test(head) &&
    !isPluralNoun(head)
  );
}

/** A singular count noun that needs a determiner: not one a writer may use bare ("Agreement without lasting change"). */
export function needsDeterminer(head: string): boolean {
  return isCountable(head) && !/(tion|sion|ment|ance|ence)$/.test(head);
}

/** A noun's plural, its first capital kept: "Officer" → "Officers", "Agency" → "Agencies", "Child" → "Children". */
export function pluralOf(word: string): string {
  const lower = word.toLowerCase();
  const irregular = irregularPlural[lower];
  if (irregular)
    return word.charAt(0) === lower.charAt(0) ? irregular : irregular.charAt(0).toUpperCase() + irregular.slice(1);
  // "care-experienced young person": the last part of a hyphenated head
  if (/[^aeiou]y$/.test(lower)) return `${word.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(lower)) return `${word}es`;
  return `${word}s`;
}

const agreeAfterHead: Record<string, string> = { is: 'are', was: 'were', has: 'have', does: 'do' };

/**
 * The suggestion's words with a plural head: its "a"/"an" dropped, its head made plural, and a
 * verb of its relative clause agreeing ("child who is being …" → "children who are being …").
 * Undefined when the head cannot be made plural (an uncountable noun stays as it is: the caller
 * keeps the words).
 */
export function pluralPhrase(words: readonly string[]): string[] | undefined {
  let list = [...words];
  if (/^(a|an)$/i.test(list[0] ?? '')) list = list.slice(1);
  if (list.length === 0) return undefined;
  const lower = list.map((word) => word.toLowerCase());
  const head = headIndex(lower);
  const noun = lower[head] as string;
  // "relative or friend who is…": two heads, left to the writer
  const counts = isCountable(noun) || countingIty.has(noun);
  if (!counts || /^(or|and)$/.test(lower[head - 1] ?? '') || /^(or|and)$/.test(lower[head - 2] ?? '')) return undefined;
  list[head] = pluralOf(list[head] as string);
  for (let index = head + 1; index < list.length - 1; index++) {
    if (/^(who|that|which)$/.test(lower[index] as string)) {
      const verb = lower[index + 1] as string;
      // "parent who drinks heavily" → "parents who drink heavily"
      const lemma = verb.endsWith('s') ? thirdPersonLemma(verb) : undefined;
      const agreed = agreeAfterHead[verb] ?? (lemma && lemma !== verb ? lemma : undefined);
      if (agreed) list[index + 1] = agreed;
      break;
    }
  }
  return list;
}

/** The head word of the flagged words (tokens [start, end)), lower case, and whether it is exact text in capitals. */
export function flaggedHead(tokens: readonly Token[], start: number, end: number): Token | undefined {
  // the last word, unless a preposition or relative word opens words after the head ("Letter before
  // Proceedings"); not "asylum seeking children" or "parent and child placements"
  for (let index = start + 1; index < end; index++) {
    const word = (tokens[index] as Token).lower;
    const previous = (tokens[index - 1] as Token).lower;
    // ("difficult to place children": "to" opens a verb; "Out of Court Disposals": "out of" describes the head)
    if (postmodifierStarts.has(word) && word !== 'to' && !previous.endsWith('ed') && previous !== 'out')
      return tokens[index - 1];
  }
  return tokens[end - 1];
}

/**
 * Whether the flagged words describe the noun after them ("the PLO letter", "an S47 enquiry"): the
 * next word is linked and can go on a noun phrase, not end it.
 */
export function describesNextNoun(tokens: readonly Token[], start: number, end: number): boolean {
  const next = tokens[end];
  const head = flaggedHead(tokens, start, end);
  // "MASH screening", "PLO meeting": after an acronym an "-ing" word is a noun
  if (!head || !next || next.breakBefore || !continuesNounPhrase(next.lower, isAcronymWord(head.exact))) return false;
  // "kinship carers overnight": a plural ends its phrase (not "supported lodgings allowance")
  const describedByChildren = head.lower === 'children' && childrenNouns.has(next.lower);
  if (
    isPluralNoun(head.lower) &&
    !isAcronymWord(head.exact) &&
    !pluralModifiers.has(head.lower) &&
    !describedByChildren
  )
    return false;
  // "the EHC plan ensures…": an "-s" word after a singular is its verb, unless it reads as a noun ("meetings")
  const word = next.lower;
  if (iesVerbAfterName(tokens, end)) return false; // "the involvement of Cafcass varies" (ies-verb.ts)
  // ("low-functioning autistics": "-ics" is a noun's ending, not a verb's)
  const nounLike = /(ments|tions|sions|ings|ers|ors|ists|ances|ences|ies|ics)$/.test(word);
  return !(word.endsWith('s') && !word.endsWith('ss') && !nounLike && !isPluralNoun(head.lower));
}

/** Past participles without "-ed" that open words after a head ("a home found at short notice"). */
const irregularParticiples = wordSet('found made kept held given taken chosen known seen sent brought set put left');

/** Plural nouns that describe the noun after them. */
const pluralModifiers = wordSet('lodgings savings earnings premises needs arrangements services proceedings');
/** Nouns "children" describes ("looked-after children team"); before others it ends its phrase ("… children wait"). */
const childrenNouns = wordSet(
  'team teams service services review reviews social home homes centre centres panel plan plans unit',
);
/** Words that end a noun phrase though they are not function words ("kinship carers overnight"). */
// ("20% of YOTs each year": "each" and "every" open the next phrase)
const phraseClosers = wordSet(
  'overnight today yesterday tomorrow tonight together alone too again instead anyway etc each every',
);

/** Whether a word (lower case) after a noun phrase can go on it as a noun it describes, rather than end it. */
export function continuesNounPhrase(word: string, acronymBefore = false): boolean {
  if (word === '' || phraseEnders.has(word) || determiners.has(word) || pronouns.has(word) || adverbs.has(word))
    return false;
  if (isAuxiliary(word) || isPossessive(word) || word.endsWith('ly') || phraseClosers.has(word)) return false;
  // a verb after its subject ("the plan sets out…"), or an "-ing" that may be one ("a review meeting coming up")
  if (word.endsWith('ing') || word.endsWith('ed') || isKnownVerbForm(word))
    return ingNouns.has(word) || (word.endsWith('ing') && acronymBefore);
  return true;
}

/**
 * Whether the flagged words open their noun phrase with nothing before them to count or point
 * ("engage with YOT", "cases of juvenile prostitution"); a determiner, possessive or number before
 * them, with only describing words between, gives them one.
 */
export function standsBare(tokens: readonly Token[], start: number): boolean {
  // "South Gloucestershire LSCB": a name's own words
  const previous = tokens[start - 1];
  if (previous && !(tokens[start] as Token).breakBefore && start > 1 && /^\p{Lu}\p{Ll}/u.test(previous.exact))
    return false;
  // "a type of placement": a kind needs no article
  if (
    tokens[start - 1]?.lower === 'of' &&
    /^(type|kind|sort|form|types|kinds|sorts|forms)$/.test(tokens[start - 2]?.lower ?? '')
  )
    return false;
  for (let index = start - 1, seen = 0; index >= 0 && seen < 6; index--, seen++) {
    const token = tokens[index + 1] as Token;
    if (token.breakBefore) return true;
    const word = (tokens[index] as Token).lower;
    // "any written CAF", "no further CAF": a word that counts or points, as a determiner does
    if (determiners.has(word) || pointers.has(word) || isPossessive(word) || numbers.has(word) || /^\d+$/.test(word))
      return false;
    if (phraseEnders.has(word) || isAuxiliary(word) || pronouns.has(word)) return true;
    // "any written CAF": a participle describes ("written", "given"), as "-ed" and "-ing" words do (not "broken":
    // "every broken placement" is no "broken home")
    if (isKnownVerbForm(word) && !/(ed|ing)$/.test(word) && !describingParticiples.has(word)) return true;
  }
  return true;
}

/** A describing word ("residential", "hostile"), not a noun: a suggestion in its place is not numbered by it. */
export function looksDescribing(word: string): boolean {
  if (ingNouns.has(word)) return false;
  return (
    /(al|ive|ous|ful|ic|ile|ary|ed|ing|ant|able|ible|less)$/.test(word) || (/ent$/.test(word) && !/ment$/.test(word))
  );
}
