/**
 * Checks on the shape of a one-click fix in its sentence: the kinds of broken English a reader
 * found in fixes the grammar checker passed (test/corpus/fix-reading/fix-reading-13.yml). Written
 * apart from the engine's fitting step, with word lists of their own, so that the test judges the fitting rather than
 * repeats it; the one thing shared is the reading of a noun phrase's head (`headIndex`, the lead's ruling of the
 * thirtieth session: one home for it). Each check is narrow:
 * it names a break a reader sees, and a fix that reads right must pass it.
 */

import { headIndex } from '../../packages/lint/src/fit/noun-number.ts';

export interface AppliedFix {
  /** The sentence before the fix. */
  text: string;
  /** The sentence after it. */
  fixed: string;
  /** The range the fix replaced, in `text`. */
  from: number;
  to: number;
  suggestion: string;
  ruleId: string;
}

const list = (words: string): ReadonlySet<string> => new Set(words.split(' '));

export const determiners = list(
  'a an the this that these those my your his her its our their each every any no another',
);
export const numbers = list('one two three four five six seven eight nine ten several many both');
export const prepositions = list(
  'of to for from with without about at in on into onto by towards toward between among through during after before under over around against within via than like',
);
export const conjunctions = list(
  'and or but nor so because when while if unless although though whether until since as',
);
export const relatives = list('who whom whose which that where what how why');
export const auxiliaries = list(
  "am is are was were be been being has have had do does did will would can could shall should may might must isn't aren't wasn't weren't hasn't haven't hadn't don't doesn't didn't won't wouldn't can't couldn't shouldn't",
);
export const subjectPronouns = list('i we they he she');
export const objectPronouns = list('me us them him');
// nouns with no plural in the sense a suggestion uses them ("abuse", "family time")
const massNouns = list(
  'abuse exploitation harm violence neglect support help advice information care time protection housing work behaviour contact accommodation action safety education health custody responsibility justice fostering adoption evidence money guidance supervision parenting',
);
// of those, the ones no article goes before in any sense ("a heated abuse", "an annual family time")
export const articleless = list('abuse exploitation harm violence neglect advice information protection');
// words a writer uses for a group, though they do not end in -s
const irregularPlurals = list('children people men women police staff everyone everybody');
// "-ing" words that are nouns ("a meeting"), not verbs in a noun's place ("a living with …")
const ingNouns = list(
  'meeting meetings building hearing setting housing training funding clothing evening morning something nothing anything everything thing sibling offspring ceiling feeling warning upbringing wellbeing being understanding drawing finding ruling sentencing offending safeguarding parenting fostering wedding opening ending beginning recording booking outing saying',
);
// marks a noun's postmodifier: the head is the word before it ("plan for your future", "child who is …")
// ("allegations not supported by …": "not" opens one too)
const postmodifierMarks = new Set([...prepositions, ...relatives, 'to', 'away', 'arranged', 'until', 'not']);
// common verbs that follow a subject; the next word after a noun phrase, when it is one of these or
// an auxiliary, ends the phrase rather than continuing a compound ("the plan sets out", "the PLO letter")
const commonVerbs = list(
  'continue continues include remain need provide mean happen happens occur apply take said says say told tells took takes showed shows show set sets ensure ensures provide provides include includes mean means meant made makes make give gives gave found finds came comes went goes need needs help helps state states stated became becomes remain remains remained allow allows allowed enables enable lets let covers cover sits sit seems seemed starts started',
);
const adverbs = list(
  'not never also still often always now then just only already usually again sometimes currently previously recently rather such overnight together today tonight instead too',
);
// words after a long noun phrase that start the clause's verb or its adverbs, not a compound ("Court orders to meet a
// youth panel and agree a plan require …", "an allowance for bringing up the child paid to Mrs G", "… off the streets")
const clauseGoesOn = list('require requires face faces handle handles paid wrote known even please across off up');
const irregularPasts = list(
  'met held took made gave went came found told kept left brought thought saw began became ran got',
);

export const wordsOf = (text: string): string[] => text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
export const lower = (word: string | undefined): string => (word ?? '').toLowerCase().replace(/’/g, "'");

function isPlural(word: string): boolean {
  const w = lower(word);
  if (irregularPlurals.has(w) || w === 'proceedings') return true;
  if (/'s$/.test(w) || /(ss|us|is|ous)$/.test(w) || w.length < 4) return false;
  return /s$/.test(w);
}

/** "YOT", "CiN", "s20", "47": a name or a section number, used bare as a name is. */
const isAcronym = (word: string): boolean =>
  (word.length > 1 && /^[\p{Lu}\p{N}&]+s?$/u.test(word)) ||
  /^\p{Lu}\p{Ll}?\p{Lu}/u.test(word) ||
  /^s\.?\d+$/i.test(word);
// abstract nouns a writer may use bare ("cases of juvenile prostitution", "the outcome is Strategy Discussion")
const abstractEnding = /(tion|sion|ment|ness|ity|ism|ance|ence)$/;
// adjectives and participles: the words they replace are not bare nouns ("in residential and foster care")
const adjectiveEnding = /(al|ive|ous|ful|ic|ent|ant|ed|ing|ile|ary)$/;
// family words used as names ("to live with grandma")
const familyNames = list('mum dad nan nana gran grandma grandad grandpa mummy daddy');

/**
 * The head of a noun phrase's words: the engine's own reading (one home for the noun head, the lead's ruling of the
 * thirtieth session: packages/lint/src/fit/noun-number.ts `headIndex`), read up to a first "or" after the first noun
 * ("a foster carer or relative"), where this check takes the first phrase as ending.
 */
function headOf(words: readonly string[]): { head: string; at: number } | undefined {
  if (words.length === 0) return undefined;
  const lowered = words.map(lower);
  const or = lowered.indexOf('or', determiners.has(lowered[0] as string) ? 2 : 1);
  const scope = or > 0 ? lowered.slice(0, or) : lowered;
  const at = headIndex(scope);
  return { head: scope[at] as string, at };
}

/** Whether the suggestion is a noun phrase (not a verb group, pronoun, adjective phrase or clause). */
function isNounPhrase(words: readonly string[]): boolean {
  const first = lower(words[0]);
  if (words.length === 0 || auxiliaries.has(first) || prepositions.has(first) || relatives.has(first)) return false;
  if (first === 'not' || /ly$/.test(first) || prepositions.has(lower(words.at(-1))) || lower(words.at(-1)) === 'to')
    return false;
  // "became upset", "needs a lot", "finds it hard": a verb and what follows it
  const second = lower(words[1]);
  if (words.length > 1 && !first.includes('-') && (/(ed|s)$/.test(first) || irregularPasts.has(first))) {
    if (/ed$/.test(first) || irregularPasts.has(first) || determiners.has(second) || objectPronouns.has(second))
      return false;
  }
  if (words.some((word) => /^(it|them|him|her|me|us)$/i.test(word))) return false;
  if (subjectPronouns.has(first) || objectPronouns.has(first) || first === 'you') return false;
  // "moving on", "looking for a new family": a verb's "-ing" in a noun's place is judged apart
  if (/ing$/.test(first) && !ingNouns.has(first)) return false;
  // adjective and verb suggestions ("unsettled", "not yet ready to") replace words of their own kind
  // "angry", "upset and angry"
  const last = lower(words.at(-1));
  if (
    /(gry|ed|ful|ous|ive|ible|able|ent|ant|al)$/.test(last) &&
    (words.length === 1 || words.some((w) => /^(and|or)$/i.test(w)))
  )
    return false;
  return true;
}

function countable(head: string): boolean {
  return !massNouns.has(head) && !/ing$/.test(head) && !isPlural(head) && !familyNames.has(head);
}

/** A singular count noun that needs a determiner: not an abstract noun a writer may use bare ("Agreement without …"). */
function needsDeterminer(head: string): boolean {
  return countable(head) && !abstractEnding.test(head);
}

/** The words of `text` before `at`, nearest first, up to a mark that ends a phrase. */
function wordsBefore(text: string, at: number, limit = 5): string[] {
  const before = text.slice(0, at);
  const clause = before.split(/[.,;:!?()"“”‘\u2013\u2014/]/).at(-1) ?? '';
  return wordsOf(clause).reverse().slice(0, limit);
}

function nextWord(text: string, at: number): { word: string; linked: boolean } {
  const rest = text.slice(at);
  const match = /^(\s*)([\p{L}\p{N}][\p{L}\p{N}'’-]*)/u.exec(rest);
  return match ? { word: match[2] as string, linked: true } : { word: '', linked: false };
}

/** Whether a word after a noun phrase continues it as a compound ("letter" in "the PLO letter"). */
export function continuesCompound(word: string): boolean {
  const w = lower(word);
  if (w === '' || /^\p{N}+$/u.test(w)) return w !== '';
  if (determiners.has(w) || prepositions.has(w) || conjunctions.has(w) || relatives.has(w)) return false;
  if (auxiliaries.has(w) || commonVerbs.has(w) || adverbs.has(w) || irregularPasts.has(w) || w === 'to') return false;
  if (clauseGoesOn.has(w)) return false;
  if (subjectPronouns.has(w) || objectPronouns.has(w) || w === 'you' || w === 'it') return false;
  return !/(ed|ly|ing)$/.test(w) || ingNouns.has(w);
}

const second = /\b(you|your|yours|yourself|yourselves)\b/i;
// rules whose fix is meant to put the sentence in the second person (writing to the child)
const addressRules = new Set(['about-child-sentence', 'subject-child']);

/** Breaks in the fix's own shape: number, a bare singular, person, a phrase used as a modifier, a dangling agent. */
export function fixShapeProblems(fix: AppliedFix): string[] {
  const { text, fixed, from, to, suggestion, ruleId } = fix;
  const found: string[] = [];
  const actual = text.slice(from, to);
  const actualWords = wordsOf(actual);
  const words = wordsOf(suggestion);
  const end = from + suggestion.length;
  const after = nextWord(fixed, end);
  const address = addressRules.has(ruleId);
  const actualLast = actualWords.at(-1) ?? '';
  // "hostile" → "angry": an adjective's place, which a noun does not take
  const replacesAdjective =
    adjectiveEnding.test(lower(actualLast)) && !/ment$/.test(lower(actualLast)) && !ingNouns.has(lower(actualLast));
  const noun = !address && !replacesAdjective && isNounPhrase(words);
  const head = noun ? headOf(words) : undefined;
  const actualHead = headOf(actualWords);
  const replacedWord = actualHead?.head ?? '';
  // "the PLO letter", "pre-proceedings work": the replaced words describe the noun after them
  // (after an acronym an "-ing" word is a noun: "MASH screening", "RAG Rating")
  const ingAfterAcronym = isAcronym(actualWords.at(-1) ?? '') && /ing$/i.test(after.word);
  const asModifier =
    after.linked && (continuesCompound(after.word) || ingAfterAcronym) && !/^\s*[(\u2013-]/.test(fixed.slice(end));
  const verbFirst = auxiliaries.has(lower(actualWords[0]));
  if (
    head &&
    actualHead &&
    !asModifier &&
    !verbFirst &&
    !isAcronym(actualWords[actualHead.at] ?? '') &&
    replacedWord !== 'proceedings'
  ) {
    const replacedPlural = isPlural(replacedWord);
    // "care leavers" → "care-experienced young person": a group made one
    if (replacedPlural && countable(head.head))
      found.push(`number: a plural ("${replacedWord}") replaced with a singular ("${head.head}")`);
    // "birth mother" → "parents is"
    if (!replacedPlural && isPlural(head.head) && /^(is|was|has|does)$/i.test(after.word))
      found.push(`number: a plural ("${head.head}") before "${after.word}"`);
  }
  // "the court case about where the child lives were issued"
  // "care proceedings were issued" → "the court case … were issued" (a team or service may take "are")
  const replacedPluralNoun =
    actualHead !== undefined && isPlural(replacedWord) && !isAcronym(actualWords[actualHead.at] ?? '');
  if (
    head &&
    replacedPluralNoun &&
    !isPlural(head.head) &&
    /^(are|were|have)$/i.test(after.word) &&
    !/,\s*$/.test(suggestion)
  )
    found.push(`number: a singular ("${head.head}") before "${after.word}"`);
  // "engage with YOT" → "engage with youth justice worker"; "cases of child who is …"
  // a condition's name stands bare ("Maya has developmental language disorder"): readers read "the attention deficit
  // hyperactivity disorder" broken on four samples (fix-reading-32.yml and earlier)
  const conditionName = head !== undefined && head.at > 0 && /^(disorder|syndrome)$/.test(lower(head.head));
  if (head && !asModifier && !conditionName && !determiners.has(lower(words[0])) && needsDeterminer(head.head)) {
    const last = actualWords[actualHead?.at ?? actualWords.length - 1] ?? '';
    // only where a noun stood that may stand bare (an acronym, a section, an abstract or uncountable noun)
    const replacedBare = !(
      isAcronym(last) ||
      abstractEnding.test(lower(last)) ||
      /ment$/.test(lower(last)) ||
      massNouns.has(lower(last))
    );
    const before = wordsBefore(text, from);
    const opener = before.find(
      (word) => determiners.has(lower(word)) || numbers.has(lower(word)) || /('s|s'|’s)$/.test(word),
    );
    const openerAt = opener === undefined ? -1 : before.indexOf(opener);
    const stopAt = before.findIndex(
      (word) => prepositions.has(lower(word)) || conjunctions.has(lower(word)) || auxiliaries.has(lower(word)),
    );
    const kindOf = /^(type|kind|sort|form)s?$/.test(lower(before[1])) && lower(before[0]) === 'of';
    // "South Gloucestershire LSCB": a name's own words
    const named =
      before.length > 1 &&
      /^\p{Lu}\p{Ll}/u.test(before[0] ?? '') &&
      text
        .slice(0, from)
        .trimEnd()
        .endsWith(before[0] ?? '');
    // "children per independent reviewing officer": "per" takes a bare singular
    const perBefore = lower(before[0]) === 'per';
    // (fixes37, each read on main's fix test) a term after a quotation mark ("the same ‘mother and baby’ foster home",
    // "(or 'review chair')"), a name of two capitalised words or more ("either Children and Family Court Advisory and
    // Support Service or …"), a place's name before it as the only word before ("Barnet YOT, Bristol youth justice
    // service") and "one" as a pronoun ("one abused the other") need no determiner of their own
    const quotedBefore = /['‘’"“”]\s*$/.test(text.slice(0, from));
    const ownName = words.filter((word) => /^\p{Lu}/u.test(word)).length >= 2;
    const placeBefore =
      before.length === 1 &&
      /^\p{Lu}\p{Ll}/u.test(before[0] ?? '') &&
      /[,;(]\s*\p{Lu}\p{Ll}+\s*$/u.test(text.slice(0, from));
    const onePronoun = lower(words[0]) === 'one';
    const bare =
      !kindOf &&
      !named &&
      !perBefore &&
      !quotedBefore &&
      !ownName &&
      !placeBefore &&
      !onePronoun &&
      (openerAt < 0 || (stopAt >= 0 && stopAt < openerAt));
    const startsClause =
      before.length === 0 && (auxiliaries.has(lower(after.word)) || commonVerbs.has(lower(after.word)));
    if (bare && !replacedBare && (before.length > 0 || startsClause))
      found.push(`bare singular: "${words.slice(0, head.at + 1).join(' ')}" without a determiner`);
  }
  // "the children's person who chairs your reviews" in a third-person text
  if (!addressRules.has(ruleId) && second.test(suggestion) && !second.test(text))
    found.push('person: the second person in a text that addresses no one');
  // "the court process for care cases letter", "making living with a family friend … arrangements"
  const postmodified = words.slice(1).some((word) => postmodifierMarks.has(lower(word)));
  const opensAsPhrase =
    !auxiliaries.has(lower(words[0])) &&
    !/^(not|to)$/.test(lower(words[0])) &&
    !prepositions.has(lower(words.at(-1))) &&
    lower(words.at(-1)) !== 'to';
  // an "-s" word after a singular is its verb ("the meeting agrees")
  const verbAfter = head !== undefined && !isPlural(head.head) && /[^s]s$/.test(lower(after.word));
  if (!address && opensAsPhrase && postmodified && asModifier && !verbAfter)
    found.push(`modifier: "${suggestion}" before "${after.word}"`);
  // "it was his right to smack them" → "to hit.": the object goes with the replaced words
  if (
    /\b(them|him|her|me|us)$/i.test(actual) &&
    !/\b(them|him|her|me|us|it|you|he|she|they)\b/i.test(suggestion) &&
    !after.linked
  )
    found.push("object: the replaced words' object is dropped");
  // "in a living with …", "the looking for a new family"
  const previous = lower(wordsBefore(text, from, 1)[0]);
  const first = lower(words[0]);
  if (
    /^(a|an|the)$/.test(previous) &&
    /ing$/.test(first) &&
    !ingNouns.has(first) &&
    !(words.length === 1 && asModifier)
  )
    found.push(`"${previous} ${first}": a determiner before a verb's -ing`);
  // "came into care by the local authority": a passive's agent left after an active fix
  if (
    /^\s+by\s/.test(text.slice(to)) &&
    /[a-z](ed|en)$|^after$/.test(actualLast) &&
    !words.some((word) => /(ed|en)$/i.test(word) || /^(been|being)$/i.test(word))
  )
    found.push('agent: "by …" left after a fix that is not passive');
  // "how the plan is going to review", "where social workers help to place": the fix's verb takes the "to"
  if (
    /^(going|help|helps|work|works)$/i.test(words.at(-1) ?? '') &&
    lower(after.word) === 'to' &&
    /\s/.test(suggestion)
  )
    found.push(`garden path: "${words.at(-1)} to"`);
  // "birth mother" → "Dad", "parents" or "family": one parent of one sex made the other, or a group
  const sexOf = (word: string) =>
    /^(mother|mum|mom|mummy)$/.test(word) ? 'female' : /^(father|dad|daddy)$/.test(word) ? 'male' : undefined;
  const replacedSex = sexOf(lower(actualLast));
  if (replacedSex && words.length === 1) {
    const given = lower(words[0]);
    if (/^(parents|family|families)$/.test(given) || (sexOf(given) !== undefined && sexOf(given) !== replacedSex))
      found.push(`sense: "${actual}" made "${suggestion}"`);
  }
  // "the placement has already started" → "the home has already started", "placement for adoption" → "home for adoption"
  if (
    /^(home|homes)$/i.test(words.at(-1) ?? '') &&
    /^\s+(for adoption|(has |had |will )?(already |now )?(started|starts|began|ended|ends|finished))\b/i.test(
      text.slice(to),
    )
  )
    found.push(`sense: a home for an event ("${words.at(-1)}${text.slice(to).split(/[,.;]/)[0]}")`);
  // "information on your life from their birth": the fix leaves a they-form for the same child
  if (
    ruleId === 'about-child-sentence' &&
    /\b(you|your)\b/i.test(suggestion) &&
    !/\b(they|them|their)\b/i.test(text.slice(0, from)) &&
    /\b(their|them|themselves)\b/i.test(text.slice(to))
  )
    found.push('person: "you" for the child, with "their" left for them');
  // "section 17(11)" → "child in need(11)"
  if (/^\(\d/.test(fixed.slice(end)) && !/\d$/.test(suggestion)) found.push('a subsection number left on a fix');
  return found;
}
