/**
 * Last checks on how a fix's phrase joins the words beside it (fix-reading-18.yml's kinds), for every finding:
 * no determiner of the sentence's before a suggestion that brings its own ("the original my plan", "An own Social
 * Worker", "as your everyone at the council"), no possessive before "other …" ("within their other young people"),
 * no "'s" after a pronoun ("changing me's"), no word beside the fix that says its first or last word again ("a
 * private fostering foster home"), and no "of" after a phrase that is finished ("children who have harmed others of
 * sexual offences", "an assessment before the baby is born of the local authority"), nor a clause that runs into
 * the noun after it ("an assessment of what the child and family need the Council completed"), nor "children in
 * care and young people" for "looked after children and young people" (the modifier covered both). Reads at most 40
 * characters either side, within the text remembered.ts keys fits by.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.split(' '));
/** Words that may stand between a determiner and a suggestion's own ("the original my plan"): none of these. */
const gapStops = set(
  'of to in for with on at by from about into is are was were be been being has have had and or but not will would can could should may might must do does did as than when if so that which who',
);
const articles = set('the a an this that these those whose');
const possessiveWords = set('my your our their his her its');
const ownFirst = /^(?:my|your|our|their|his|her|own|everyone)\b/i;
const wordsIn = /[\p{L}'’-]+/gu;
/** A suggestion that is finished: it has a relative clause, or ends in "others" or in a clause's verb. */
const finishedRelative = /\b(?:who|which)\b|\bothers$/i;
const finishedClause =
  /\b(?:what|how|before|after|when|while)\b.*\b(?:is|are|was|were|need|needs|born|going|happened|did|lives)$/i;

/** "and young people" after the flagged words: a modifier before "children" covered them too. */
const youngPeopleAfter = /^\s+(?:and|or|&)\s+young (?:people|persons?)\b/i;

const stemOf = (word: string): string => word.toLowerCase().slice(0, 5);

/** Whether replacing text[from, to) with `fix` joins the words beside it. */
export function phraseReadsInPlace(text: string, from: number, to: number, fix: string): boolean {
  const beforeText = text.slice(Math.max(0, from - 40), from);
  const afterText = text.slice(to, to + 40);
  if (ownFirst.test(fix)) {
    // ("your own social worker", "whose own": "own" goes after a possessive, never after an article)
    const own = /^own\b/i.test(fix);
    const words = (beforeText.match(wordsIn) ?? []).slice(-3);
    for (let at = words.length - 1, gap = 0; at >= 0; at--, gap++) {
      const word = (words[at] as string).toLowerCase();
      if (own ? articles.has(word) && word !== 'whose' : articles.has(word) || (gap === 0 && possessiveWords.has(word)))
        return false;
      if (gapStops.has(word) || /[,;:()"“”]/.test(beforeText.slice(beforeText.lastIndexOf(words[at] as string)))) break;
    }
  }
  if (/^other\b/i.test(fix) && /\b(?:my|your|our|their|his|her|its|\p{L}+['’]s)\s+$/iu.test(beforeText)) return false;
  if (/^(?:me|i|we|us|you)$/i.test(fix) && /^['’]s\b/.test(afterText)) return false;
  const fixWords = fix.match(/\p{L}{4,}/gu) ?? [];
  const replaced = new Set((text.slice(from, to).match(/\p{L}{4,}/gu) ?? []).map(stemOf));
  const wordBefore = /(\p{L}{4,})\s+$/u.exec(beforeText)?.[1];
  const wordAfter = /^\s+(\p{L}{4,})/u.exec(afterText)?.[1];
  const first = fixWords[0];
  const last = fixWords.at(-1);
  if (
    first &&
    wordBefore &&
    /^\p{L}/u.test(fix) &&
    stemOf(first) === stemOf(wordBefore) &&
    !replaced.has(stemOf(wordBefore))
  )
    return false;
  if (
    last &&
    wordAfter &&
    /\p{L}$/u.test(fix) &&
    stemOf(last) === stemOf(wordAfter) &&
    !replaced.has(stemOf(wordAfter))
  )
    return false;
  // "looked after children and young people" → not "children in care and young people": the modifier covered both
  if (/^children \S/i.test(fix) && /\bchildren$/i.test(text.slice(from, to)) && youngPeopleAfter.test(afterText))
    return false;
  if (finishedRelative.test(fix) || finishedClause.test(fix)) {
    if (/^\s+of\b/i.test(afterText)) return false;
    if (/\b(?:what|how)\b/i.test(fix) && /^\s+(?:the|a|an|his|her|their|this)\s/i.test(afterText)) return false;
  }
  return true;
}
