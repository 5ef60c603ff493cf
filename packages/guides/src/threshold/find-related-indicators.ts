import { keywordWords, type KeywordWord } from './keyword-words.ts';
import type { IndicatorMatch, RelatedIndicator, ThresholdGuide } from './types.ts';

interface Keyword {
  indicator: number;
  phrase: string;
  words: KeywordWord[];
}

/** A keyword right after one of these ("not missing from home", "no domestic abuse") is not a match. */
const negators = new Set([
  'not',
  'no',
  'never',
  'without',
  'nor',
  "isn't",
  "wasn't",
  "aren't",
  "weren't",
  "doesn't",
  "didn't",
  "don't",
  "hasn't",
  "haven't",
  "hadn't",
  "can't",
  'cannot',
  "won't",
]);
/**
 * Whether one of the two words before a note word is a negator, with only spaces between: “no abuse”,
 * “no domestic abuse”, “never been missing”.
 */
function isNegated(text: string, noteWords: readonly KeywordWord[], start: number): boolean {
  let after = noteWords[start];
  for (let back = 1; back <= 2 && after !== undefined; back += 1) {
    const before = noteWords[start - back];
    if (before === undefined || !/^\s+$/.test(text.slice(before.to, after.from))) return false;
    if (negators.has(before.lower)) return true;
    after = before;
  }
  return false;
}

/** Only spaces and hyphens may come between the words of a phrase: not a full stop or a comma. */
const phraseGap = /^[\s\-\u2010\u2011]+$/;

function keyOf(word: KeywordWord): string {
  return word.capitals ? `C:${word.lower}` : `S:${word.stem}`;
}

/** Whether a note word matches a keyword word: capitals exactly (plural allowed), other words by stem. */
function sameWord(note: KeywordWord, keyword: KeywordWord): boolean {
  if (keyword.capitals) return note.capitals && (note.lower === keyword.lower || note.lower === `${keyword.lower}s`);
  return note.stem === keyword.stem;
}

/** The index keys a note word can start a keyword under. */
function lookupKeys(word: KeywordWord): string[] {
  if (!word.capitals) return [`S:${word.stem}`];
  return word.lower.endsWith('s')
    ? [`S:${word.stem}`, `C:${word.lower}`, `C:${word.lower.slice(0, -1)}`]
    : [`S:${word.stem}`, `C:${word.lower}`];
}

/**
 * Finds the indicators of a threshold guide whose keywords occur in a note, so a panel can show them
 * ("you wrote ‘missing from home’"). Keywords match as whole words, ignoring case, with simple endings
 * (`-s`, `-es`, `-ed`, `-ing`); words in capitals (`GP`) match only in capitals; a phrase does not run
 * across a full stop or comma; a keyword within two words after “not”, “no”, “never” or “without” is
 * left out (“no domestic abuse”, “never been missing”).
 *
 * It never chooses a level: there is no score and no suggestion. The same words may relate to
 * indicators at several levels, and the worker and their manager decide.
 *
 * @param guide A validated guide (see `validateThresholdGuide`).
 * @param text The note.
 * @returns Related indicators in guide order, each with its matches in text order.
 * @example
 * findRelatedIndicators(exampleThresholdGuide, 'Jade went missing from home on Friday.')
 *   .map(({ levelId, matches }) => [levelId, matches[0]?.actual]);
 */
export function findRelatedIndicators(guide: ThresholdGuide, text: string): RelatedIndicator[] {
  const indicators = guide.levels.flatMap((level) =>
    level.indicators.map((indicator) => ({
      levelId: level.id,
      indicatorId: indicator.id,
      keywords: indicator.keywords,
    })),
  );
  const byFirstWord = new Map<string, Keyword[]>();
  indicators.forEach((indicator, index) => {
    for (const phrase of indicator.keywords) {
      const words = keywordWords(phrase);
      const first = words[0];
      if (first === undefined) continue;
      const key = keyOf(first);
      byFirstWord.set(key, [...(byFirstWord.get(key) ?? []), { indicator: index, phrase, words }]);
    }
  });

  const noteWords = keywordWords(text);
  const found = indicators.map((): IndicatorMatch[] => []);
  noteWords.forEach((word, start) => {
    const negated = isNegated(text, noteWords, start);
    const candidates = new Set(lookupKeys(word).flatMap((key) => byFirstWord.get(key) ?? []));
    for (const keyword of candidates) {
      if (negated && !negators.has(keyword.words[0]?.lower ?? '')) continue;
      const matches = keyword.words.every((keywordWord, offset) => {
        const noteWord = noteWords[start + offset];
        const previous = noteWords[start + offset - 1];
        if (noteWord === undefined || !sameWord(noteWord, keywordWord)) return false;
        return offset === 0 || (previous !== undefined && phraseGap.test(text.slice(previous.to, noteWord.from)));
      });
      if (!matches) continue;
      const last = noteWords[start + keyword.words.length - 1] as KeywordWord;
      found[keyword.indicator]?.push({
        phrase: keyword.phrase,
        from: word.from,
        to: last.to,
        actual: text.slice(word.from, last.to),
      });
    }
  });

  const related: RelatedIndicator[] = [];
  indicators.forEach((indicator, index) => {
    const sorted = (found[index] ?? []).sort((a, b) => a.from - b.from || b.to - a.to);
    // within one indicator, "domestic abuse" wins over "abuse" at the same place
    const kept: IndicatorMatch[] = [];
    for (const match of sorted) {
      if (match.from >= (kept.at(-1)?.to ?? 0)) kept.push(match);
    }
    if (kept.length > 0)
      related.push({ levelId: indicator.levelId, indicatorId: indicator.indicatorId, matches: kept });
  });
  return related;
}
