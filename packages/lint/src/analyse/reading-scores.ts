import type { WordedSentence } from '../note-sentences.ts';
import { syllable } from '../syllable/syllable.ts';
import { readingWordLists } from './word-lists.ts';

// The reading-age check of retext-readability 8 (MIT, Titus Wormer) and the seven formulas it asks
// (automated-readability, coleman-liau, dale-chall-formula, flesch, gunning-fog, smog-formula,
// spache-formula; MIT, the same author), run on the sentences and words parse-english finds (read
// without a tree, `sentenceWords` in ../note-sentences.ts), with its word lists shipped compact
// (./word-lists.ts). Same counts, same formulas, same verdicts.

/** The options as retext-readability takes them. */
export interface ReadingOptions {
  /** The reading age a sentence must not be above. */
  age: number;
  /** The share of the seven formulas that must find it too hard. */
  threshold: number;
  /** Sentences with fewer words are not scored. */
  minWords: number;
}

const gradeToAge = (grade: number): number => Math.round(grade + 5);
const fleschToAge = (value: number): number => 20 - Math.floor(value / 10);
const smogToAge = (value: number): number => Math.ceil(Math.sqrt(value) + 2.5);
/** The Dale–Chall score's grade band, by its upper grade. */
function daleChallGrade(score: number): number {
  const floored = Math.floor(score);
  if (Number.isNaN(floored)) return Number.NaN;
  if (floored < 5) return 4;
  if (floored > 9) return Number.POSITIVE_INFINITY;
  return [6, 8, 10, 12, 15][floored - 5] as number;
}

/** The sentences that most of the formulas find too hard for `age`. */
export function hardSentences(
  sentences: readonly WordedSentence[],
  { age, threshold, minWords }: ReadingOptions,
): WordedSentence[] {
  const { daleChall, spache } = readingWordLists();
  const hard: WordedSentence[] = [];
  for (const sentence of sentences) {
    const familiar = new Set<string>();
    const easy = new Set<string>();
    let complexPolysyllabic = 0;
    let letters = 0;
    let polysyllabic = 0;
    let syllables = 0;
    let words = 0;
    for (const value of sentence.words) {
      const caseless = value.toLowerCase();
      const count = syllable(value);
      words += 1;
      syllables += count;
      letters += value.length;
      if (count >= 3) {
        polysyllabic += 1;
        // Gunning fog leaves out proper nouns, read simply: words not starting with a capital
        if (value.charCodeAt(0) === caseless.charCodeAt(0)) complexPolysyllabic += 1;
      }
      if (spache.has(caseless)) familiar.add(caseless);
      if (daleChall.has(caseless)) easy.add(caseless);
    }
    if (words < minWords) continue;
    const difficult = words - easy.size;
    const unfamiliar = words - familiar.size;
    // one sentence: words per sentence is `words`
    const difficultShare = difficult / words;
    const daleChallScore = 0.1579 * difficultShare * 100 + 0.0496 * words + (difficultShare > 0.05 ? 3.6365 : 0);
    const ages = [
      gradeToAge(4.71 * (letters / words) + 0.5 * words - 21.43),
      gradeToAge(0.0588 * ((letters / words) * 100) - 0.296 * ((1 / words) * 100) - 15.8),
      gradeToAge(daleChallGrade(daleChallScore)),
      // Flesch has no score for words of no syllables (figures alone)
      fleschToAge(syllables === 0 ? Number.NaN : 206.835 - 1.015 * words - 84.6 * (syllables / words)),
      gradeToAge(0.4 * (words + 100 * (complexPolysyllabic / words))),
      smogToAge(3.1291 + 1.043 * Math.sqrt(polysyllabic * 30)),
      gradeToAge(0.659 + 0.121 * words + ((0.082 * unfamiliar) / words) * 100),
    ];
    const tooHard = ages.filter((estimate) => estimate > age).length;
    if (tooHard / ages.length >= threshold) hard.push(sentence);
  }
  return hard;
}
