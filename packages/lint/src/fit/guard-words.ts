/**
 * Last checks on a fix's words against the words around it, for every finding (phrase rules and the
 * note analysis alike): a pronoun in the case its place needs ("by we", "me said"), "you" only where
 * a person can be ("the Town you", "two you", "you is"), no article before a noun that takes none
 * ("a heated abuse"), abuse never "had" nor "with" someone, and no word repeated beside itself ("foster care foster home").
 */
import { continuesNounPhrase, neverWithA } from './noun-number.ts';
import { isKnownVerbForm, verbReadings } from './verbs.ts';
import { isAuxiliary } from './word-classes.ts';
import { matchWords, type WordPattern } from '../plain-words.ts';
import { wordSet } from '../word-set.ts';

const prepositions = wordSet(
  'of to for from with without about at in on into by towards between among through after before under over within',
);
const subjectPronouns = wordSet('i we they he she');
/** Prepositions a suggestion may open with ("in care", "at risk") that cannot follow another preposition. */
const phrasePrepositions = wordSet('in at on into');
const numberWords = wordSet('two three four five six seven eight nine ten several many both');
const objectPronouns = wordSet('me us him them');
const ownDeterminers = wordSet('your my our their');
const thirdPersonVerbs = wordSet('is was has does needs wants');
const finiteAfterObject = wordSet('should will would must can could said says is was has am');
const determinerWords = wordSet('the a an this that these those my your our their his her its whose');
const functionWords = wordSet(
  'the a an and or but of to for from with in on at by this that these those their your his her its our my who which what when where how',
);

const wordPattern: WordPattern = {
  unicode: /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu,
  ascii: /[A-Za-z0-9][A-Za-z0-9'’-]*/g,
};

/** The words of the text before `at` in its sentence, nearest last, with whether the first of them opens the sentence. */
function sentenceBefore(text: string, at: number): string {
  const window = text.slice(Math.max(0, at - 80), at);
  const stop = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '));
  return stop >= 0 ? window.slice(stop + 2) : window;
}

function sentenceAfter(text: string, at: number): string {
  const window = text.slice(at, at + 120);
  const stop = window.search(/[.?!;](\s|$)/);
  return stop >= 0 ? window.slice(0, stop) : window;
}

/** The words either side of a replaced range, read once for all the fixes offered for it. */
interface Around {
  text: string;
  from: number;
  to: number;
  beforeText: string;
  afterText: string;
  before: readonly string[];
  after: readonly string[];
}

let lastAround: Around | undefined;

/** The words either side of `[from, to)`: a finding's fixes are checked one after another, at one place. */
function readAround(text: string, from: number, to: number): Around {
  if (lastAround?.text === text && lastAround.from === from && lastAround.to === to) return lastAround;
  const beforeText = sentenceBefore(text, from);
  const afterText = sentenceAfter(text, to);
  lastAround = {
    text,
    from,
    to,
    beforeText,
    afterText,
    before: matchWords(beforeText, wordPattern),
    // (only the first three are read)
    after: matchWords(afterText, wordPattern, 3),
  };
  return lastAround;
}

/** Whether a fix reads in place, judged by its words and the words either side of it. */
export function wordsReadInPlace(text: string, from: number, to: number, fix: string): boolean {
  const own = matchWords(fix, wordPattern);
  if (own.length === 0) return true;
  const { beforeText, afterText, before, after } = readAround(text, from, to);
  const lowerOwn = own.map((word) => word.toLowerCase());
  const previous = (before.at(-1) ?? '').toLowerCase();
  const firstOwn = lowerOwn[0] as string;
  const lastOwn = lowerOwn.at(-1) as string;
  const next = (after[0] ?? '').toLowerCase();
  const linkedBefore = !/[,;:()"“”‘’–—]\s*$/.test(beforeText);
  const linkedAfter = !/^\s*[,;:()"“”‘’–—]/.test(afterText);
  // "asked by we", "to they"
  if (subjectPronouns.has(firstOwn) && linkedBefore && prepositions.has(previous)) return false;
  // "give we another weapon": a verb's object, not the subject of a clause after it ("said we would")
  if (subjectPronouns.has(firstOwn) && linkedBefore && takesObjectHere(previous)) return false;
  // "me said", "Conference me should contact"
  if (objectPronouns.has(lastOwn) && linkedAfter && finiteAfterObject.has(next)) return false;
  // "I heard me asking", "I told me": the clause's own subject
  if (lastOwn === 'me' && linkedBefore && before.slice(-4).includes('I')) return false;
  if (
    firstOwn === 'i' &&
    linkedAfter &&
    /^\s*\p{L}+(\s+\p{L}+){0,2}\s+me\b/iu.test(afterText) &&
    !/[,;]/.test(afterText.slice(0, 30))
  )
    return false;
  // "the your", "our your", "whose my": one determiner
  if (linkedBefore && ownDeterminers.has(firstOwn) && determinerWords.has(previous)) return false;
  if (lowerOwn.includes('you') && !youReadsRight(beforeText, fix, afterText)) return false;
  // "had abuse with", "had a five-year sexual abuse of"
  // (the words read only for a fix that says "abuse")
  if (lowerOwn.includes('abuse')) {
    const lead = [...before.slice(-3).map((word) => word.toLowerCase()), ...lowerOwn].join(' ');
    if (/\b(had|has|have|having) (an? )?([\p{L}-]+ )?(sexual )?abuse\b/u.test(lead)) return false;
  }
  // "a new episode of in care": a phrase that opens with a preposition after a preposition
  if (linkedBefore && prepositions.has(previous) && phrasePrepositions.has(firstOwn) && lowerOwn.length > 1)
    return false;
  // "a teacher who entered into abuse with a 17 year old": abuse is "of" someone, never "with" them
  if (lastOwn === 'abuse' && linkedAfter && next === 'with') return false;
  // "a heated abuse", "an annual family time", "a child protection was"
  const around = [...before.slice(-3).map((word) => word.toLowerCase()), ...lowerOwn];
  const ownStart = around.length - lowerOwn.length;
  for (let index = Math.max(0, ownStart - 3); index < around.length; index++) {
    if (around[index] !== 'a' && around[index] !== 'an') continue;
    for (let span = 1; span <= 3 && index + span < around.length; span++) {
      const word = around[index + span] as string;
      if (index + span < ownStart) continue;
      if (neverWithA.has(word) && (word !== 'time' || around[index + span - 1] === 'family')) {
        const following =
          index + span + 1 < around.length ? (around[index + span + 1] as string) : linkedAfter ? next : '';
        if (!continuesNounPhrase(following)) return false;
      }
      if (prepositions.has(word)) break;
    }
  }
  // "a secure care children's home": a kind of care before a kind of home
  if (previous === 'care' && linkedBefore && /^(foster|children's|children’s|residential)$/.test(firstOwn))
    return false;
  // "long-term foster care foster home", "a child in need child in need assessment" (not across "and")
  const replaced = text.slice(from, to).toLowerCase();
  const nearBefore = linkedBefore ? upToConjunction(before.slice(-3).reverse()) : [];
  const nearAfter = linkedAfter ? upToConjunction(after.slice(0, 3)) : [];
  for (const word of lowerOwn) {
    if (word.length < 4 || functionWords.has(word) || prepositions.has(word) || replaced.includes(word)) continue;
    if (nearBefore.includes(word) || nearAfter.includes(word)) return false;
  }
  return true;
}

/** Words (lower case) from the nearest outwards, up to the first "and", "or", "but" or auxiliary ("is a meeting"). */
function upToConjunction(words: readonly string[]): string[] {
  const found: string[] = [];
  for (const word of words) {
    const lower = word.toLowerCase();
    if (lower === 'and' || lower === 'or' || lower === 'but' || isAuxiliary(lower)) break;
    found.push(lower);
  }
  return found;
}

const localWord = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
// "-s" words after "you" that are not a third-person verb
const notVerbS = wordSet(
  'is was has does as us thus plus always perhaps unless its yours towards afterwards whereas across',
);

/**
 * Whether each "you" a fix puts in stands where a person can: not after a number ("two you") or a
 * capitalised word inside a name ("the Town you", "Councillor you"), not before a capitalised word
 * ("you Leaving Care Forum") or a third-person verb ("you is", "you needs", "you, who is", "you … and is").
 */
function youReadsRight(beforeText: string, fix: string, afterText: string): boolean {
  const local = beforeText + fix + afterText;
  const fixStart = beforeText.length;
  const fixEnd = fixStart + fix.length;
  const words = [...local.matchAll(localWord)];
  for (let index = 0; index < words.length; index++) {
    const match = words[index] as RegExpMatchArray;
    const at = match.index ?? 0;
    if (match[0].toLowerCase() !== 'you' || at < fixStart || at >= fixEnd) continue;
    const previous = words[index - 1];
    const next = words[index + 1];
    const end = at + match[0].length;
    const previousLinked =
      previous && !/[,;:.!?()"“”‘’–—]/.test(local.slice((previous.index ?? 0) + previous[0].length, at));
    const nextLinked = next && !/[,;:.!?()"“”‘’–—]/.test(local.slice(end, next.index));
    const nextWord = next?.[0] ?? '';
    if (previousLinked && previous) {
      const word = previous[0];
      if ((numberWords.has(word.toLowerCase()) && nextWord.toLowerCase() !== 'and') || /^\d+$/.test(word)) return false;
      if (/^\p{Lu}/u.test(word) && word !== 'I' && index - 1 > 0) return false;
    }
    if (nextLinked && next) {
      const lower = nextWord.toLowerCase();
      if (thirdPersonVerbs.has(lower)) return false;
      if (/^\p{Lu}/u.test(nextWord) && nextWord !== 'I') return false;
      if (/[^s]s$/.test(lower) && lower.length > 3 && !notVerbS.has(lower)) return false;
    }
    const rest = local.slice(end);
    if (/^\s*,?\s*(who\s+(is|was|has)|in question)\b/i.test(rest)) return false;
    // "You were taken into care at a young age but is not sure"
    const clause = rest.split(/[.;!?]/)[0] ?? '';
    const joined = /\b(?:and|but)\s+(?:is|was|has)\b/i.exec(clause);
    if (joined && !/[,;(]|\b(he|she|it|they|who|which|that|there|i|we)\b/i.test(clause.slice(0, joined.index)))
      return false;
    // "My name is you", "the property of you."
    const lead = local.slice(0, at);
    if (/\bnames?\s+(is|was)\s*$/i.test(lead)) return false;
    if (
      /\bthe\s+\p{L}+\s+of\s*$/iu.test(lead) &&
      !/\b(rest|all|both|each|some|most|none|one|two|three)\s+of\s*$/i.test(lead) &&
      !nextLinked
    )
      return false;
  }
  return true;
}

/** Verbs whose next words may open a clause with its own subject ("said we would", "thought they could"). */
const clauseVerbs = wordSet(
  'say think know feel believe hope agree decide ensure mean show suggest find understand accept argue claim confirm state note explain report consider recommend hear learn expect fear notice see wish admit assume conclude discover guess imagine insist promise prove remember reckon reply recognise recognize request reveal suppose suspect be have do',
);

/**
 * Whether a word is a verb, in its base form or an irregular past we know ("give", "told"), that does not
 * open a clause: a pronoun straight after it is its object ("give us", not "give we").
 */
function takesObjectHere(word: string): boolean {
  if (word === '' || isAuxiliary(word)) return false;
  for (const reading of verbReadings(word)) {
    if (clauseVerbs.has(reading.lemma)) return false;
    if (reading.form === 'base' || (reading.form === 'past' && isKnownVerbForm(word))) return true;
  }
  return false;
}
