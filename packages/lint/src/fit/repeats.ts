/**
 * A fix that puts words beside the same words: "very angry and hostile" → not "very angry and angry" (nor "very
 * angry and upset and angry", nor "hostile, angry" → "angry, angry"); "came to the UK as an unaccompanied minor" → not "came to the UK as a young person
 * who came to the UK alone"; "delegated authority to make day-to-day decisions" → not "permission to make day-to-day
 * decisions to make day-to-day decisions". The finding and its card stay; only that fix is withheld.
 */

import { wordSet } from '../word-set.ts';
import { normalisePhrase } from '../normalise-phrase.ts';

const wordPattern = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
/** Small words a repeated run may hold any number of without being a repeat by themselves ("of the", "in the"). */
const smallWords = wordSet(
  'a an the of to in on for and or with by at as is are was were be been who that which their his her its your our my this these those from into',
);
/** How many words besides a run's own either side are read for a run the fix repeats. */
const reach = 2;

const wordsOf = (text: string): string[] => (text.toLowerCase().match(wordPattern) ?? []) as string[];

/** The text of the flagged words' sentence before `from` and after `to` (up to 120 characters, not past a full stop). */
function sides(text: string, from: number, to: number): { before: string; after: string } {
  const beforeAll = text.slice(Math.max(0, from - 120), from);
  const stop = Math.max(beforeAll.lastIndexOf('. '), beforeAll.lastIndexOf('? '), beforeAll.lastIndexOf('! '));
  const afterAll = text.slice(to, to + 120);
  const end = afterAll.search(/[.!?](?:\s|$)/);
  return {
    before: stop >= 0 ? beforeAll.slice(stop + 2) : beforeAll,
    after: end >= 0 ? afterAll.slice(0, end) : afterAll,
  };
}
/** The head said again: after a determiner, before a small word or the end ("in the homes of carers"; not "their family home"). */
const determinersBefore = wordSet('the a an their his her its our your this that these those');
function repeatedHead(words: readonly string[], head: string): boolean {
  return words.some(
    (word, at) =>
      at > 0 &&
      at < 7 &&
      normalisePhrase(word) === head &&
      determinersBefore.has(words[at - 1] as string) &&
      (at + 1 >= words.length || smallWords.has(words[at + 1] as string)),
  );
}

/** "is independent", "are not independent": a describing word right after the verb. */
const isWhat = /^\s*(?:is|are|was|were)\s+(?:not\s+)?([\p{L}-]+)/u;

/**
 * Whether the fix `fix` for `text[from, to)` (of three words or fewer) puts its last word beside itself across "and"
 * or "or" or before a comma, or repeats a run of three or four of its words (two of them more than small words) that stands within two
 * words of it.
 */
export function putsWordsBeside(text: string, from: number, to: number, fix: string): boolean {
  const own = wordsOf(fix);
  if (own.length === 0) return false;
  const replaced = new Set(wordsOf(text.slice(from, to)));
  const { before, after } = sides(text, from, to);
  const joinedBefore = /([\p{L}'’-]{4,})\s+(?:and|or)\s+$/iu.exec(before);
  const joinedAfter = /^\s+(?:and|or)\s+([\p{L}'’-]{4,})/iu.exec(after);
  // "very angry and [upset and angry]"; "[angry] and hostile" → not "angry and angry" (a longer fix before "and" may
  // share a word with what follows: "children in care and care leavers")
  const last = own.at(-1) as string;
  // (a short fix, beside a word in lower case: "an SEN Support Plan or [the Education, Health and Care Plan]" is two names)
  const joinedWord = joinedBefore?.[1] ?? '';
  if (own.length <= 3 && joinedWord === last && !replaced.has(last)) return true;
  if (own.length === 1 && (joinedAfter?.[1] ?? '').toLowerCase() === last && !replaced.has(last)) return true;
  // "[hostile], angry and aggressive" → not "angry, angry and aggressive" (nor "upset and angry, angry")
  const listedAfter = /^\s*,\s+([\p{L}'’-]{4,})/u.exec(after)?.[1]?.toLowerCase();
  if (own.length <= 3 && listedAfter === last && !replaced.has(last)) return true;
  if (own.length < 3) return false;
  const beforeWords = wordsOf(before);
  const afterWords = wordsOf(after);
  for (const length of [3, 4]) {
    // the run stands next to the fix, or one or two words off ("came to the UK as [a young person who came to the UK alone]")
    const near = ` ${beforeWords.slice(-(length + reach)).join(' ')} | ${afterWords.slice(0, length + reach).join(' ')} `;
    for (let start = 0; start + length <= own.length; start++) {
      const run = own.slice(start, start + length);
      if (run.filter((word) => !smallWords.has(word)).length < 2) continue;
      if (run.every((word) => replaced.has(word))) continue;
      if (near.includes(` ${run.join(' ')} `)) return true;
    }
  }
  return false;
}

/** A fix's words that carry its meaning: four letters or more, no small word, none of the words it replaces; a hyphened word counts its parts ("pre-court": "court"). */
function meaningWords(fix: string, replaced: ReadonlySet<string>): Set<string> {
  const words = wordsOf(fix).flatMap((word) => [word, ...word.split('-')]);
  return new Set(
    words.map(normalisePhrase).filter((word) => word.length >= 4 && !smallWords.has(word) && !replaced.has(word)),
  );
}
/** "is a", "which is the", "is to", "means the": the words after a term that say what it is or is for. */
const saysWhatItIs =
  /^(?:\s*\p{Ll}[\p{L}-]*)??\s*,?\s*(?:(?:which|that)\s+)?(?:is|are|means|was)\s+(to|used to|a|an|the)\s+/u;

/**
 * Whether the fix `fix` for `text[from, to)` says again what the words beside it say: its first word is the word just
 * before ("Children’s [Residential Care]" → not "Children’s children’s home"); the parts of a hyphened word just before
 * are all its own ("his court-appointed [Guardian Ad Litem]" → not "his court-appointed independent guardian appointed
 * by the court"); one of its words is in the words after that say what the term is or is for ("[An independent visitor]
 * is a volunteer" → not "A volunteer visitor is a volunteer"; "the [PLO] process which is the process before court
 * proceedings" → not "the pre-court process which is…"; "The purpose of the [Family Group Conference] is to make a
 * lifelong support plan" → not "the family meeting to make a plan is to make…"); or two of its words are in the four
 * words after ("a [Child Protection Plan] to keep you safe" → not "a plan to keep the child safe to keep you safe").
 * The finding and its card stay; only that fix is withheld (fix-reading-31.yml).
 */
export function saysAgainBeside(text: string, from: number, to: number, fix: string): boolean {
  const replaced = new Set(wordsOf(text.slice(from, to)).map(normalisePhrase));
  const own = meaningWords(fix, replaced);
  if (own.size === 0) return false;
  const { before, after } = sides(text, from, to);
  const lastBefore = /([\p{L}\p{N}'’-]+)\s+$/u.exec(before)?.[1];
  const firstOwn = wordsOf(fix)[0];
  if (lastBefore !== undefined && firstOwn !== undefined) {
    const word = normalisePhrase(lastBefore);
    if (word === normalisePhrase(firstOwn) && own.has(word)) return true;
    const parts = word.split('-').filter((part) => part.length >= 4);
    if (word.includes('-') && parts.length >= 2 && parts.every((part) => own.has(part))) return true;
  }
  // "educated at home ([Electively Home Educated])" → not "(taught at home)": a gloss in brackets that ends as the
  // words just before the brackets end (fix-reading-34.yml)
  const fixWords = wordsOf(fix);
  if (fixWords.length >= 2 && /\(\s*$/.test(before)) {
    const outside = wordsOf(before).slice(-2).join(' ');
    if (outside === fixWords.slice(-2).join(' ')) return true;
  }
  // "[Universal services] include schools, GP practices …" → not "Everyday services like school … include schools"
  const listed = /^\s+(?:include|includes|including|such\s+as)\s+/i.exec(after);
  if (
    listed !== null &&
    wordsOf(after.slice(listed[0].length))
      .slice(0, 3)
      .some((word) => own.has(normalisePhrase(word)) || own.has(normalisePhrase(word).replace(/s$/, '')))
  )
    return true;
  const link = saysWhatItIs.exec(after);
  if (link !== null) {
    const said = wordsOf(after.slice(link[0].length)).slice(0, 3);
    // a describing word right after the article says what kind ("The IRO is an independent person": readers read
    // "The independent reviewing officer is an independent person" right, seed 26); the noun itself is the repeat
    const next = /^\s*[\p{L}-]+ +([\p{L}-]+)/u.exec(after.slice(link[0].length))?.[1]?.toLowerCase();
    const describes = link[1] !== 'to' && next !== undefined && !smallWords.has(next);
    if (said.some((word, at) => own.has(normalisePhrase(word)) && !(at === 0 && describes))) return true;
  }
  // "[The Children’s Guardian] is independent from …" → not "The independent guardian … is independent": the word
  // right after "is" says again what the fix says
  const said = isWhat.exec(after)?.[1];
  // (a describing word, not a verb's "-ed" or "-ing": "remanded to care were placed there" says what happened next)
  if (said !== undefined && !/(?:ed|ing)$/i.test(said) && own.has(normalisePhrase(said))) return true;
  // (not across "and", "or" or a comma: "Tier 3 [CAMHS] or Child Health services" names two services)
  if (/^\s*(?:,|\/|and\b|or\b)/.test(after)) return false;
  // "[Placements] are arranged in the homes of carers" → not "Homes are arranged in the homes of carers": a short fix's
  // noun said again a few words on (fix-reading-34.yml)
  const lastOwn = fixWords.at(-1);
  if (
    fixWords.length <= 2 &&
    lastOwn !== undefined &&
    lastOwn.length >= 4 &&
    own.has(normalisePhrase(lastOwn)) &&
    repeatedHead(wordsOf(after), normalisePhrase(lastOwn))
  )
    return true;
  return (
    wordsOf(after)
      .slice(0, 4)
      .filter((word) => own.has(normalisePhrase(word))).length >= 2
  );
}
