import type { Diagnostic } from '../diagnostic.ts';
import { sentenceWords } from '../note-sentences.ts';
import type { NoteSentence } from './read-note.ts';
import { hardSentences, type ReadingOptions } from './reading-scores.ts';

/**
 * Formulas are noisy on one short sentence: ask most of the seven to agree, allow a year's margin,
 * and leave sentences under eight words alone.
 */
const readingOptions = (age: number): ReadingOptions => ({ age: age + 1, threshold: 5 / 7, minWords: 8 });

const isAsciiLower = (code: number): boolean => code >= 97 && code <= 122;
/** Whether a word holds a letter: most words start with one of a–z or A–Z, known without the expression. */
const hasLetter = (word: string): boolean => {
  const first = word.charCodeAt(0);
  return isAsciiLower(first) || (first >= 65 && first <= 90) || /\p{L}/u.test(word);
};
/** a, e, i, o, u, y */
const isVowel = (code: number): boolean =>
  code === 97 || code === 101 || code === 105 || code === 111 || code === 117 || code === 121;

/**
 * Syllables by vowel groups, less a silent final e: close enough for a reading-age estimate. Read
 * by character code (it runs for every word of the note): the word's letters a–z once lower-cased;
 * an ending `es` or `ed` after a letter other than l or a vowel, else `e` after one, left out; a
 * leading y left out; then each run of vowels counts one syllable for every two letters or part.
 */
function countSyllables(word: string): number {
  let lower = word.toLowerCase();
  for (let index = 0; index < lower.length; index += 1)
    if (!isAsciiLower(lower.charCodeAt(index))) {
      let letters = '';
      for (const char of lower) if (isAsciiLower(char.charCodeAt(0))) letters += char;
      lower = letters;
      break;
    }
  if (lower.length <= 3) return 1;
  const soft = (code: number): boolean => code === 108 /* l */ || isVowel(code);
  let end = lower.length;
  const last = lower.charCodeAt(end - 1);
  const second = lower.charCodeAt(end - 2);
  if ((last === 115 /* s */ || last === 100) /* d */ && second === 101 /* e */ && !soft(lower.charCodeAt(end - 3)))
    end -= 3;
  else if (last === 101 /* e */ && !soft(second)) end -= 2;
  let groups = 0;
  let run = 0;
  for (let index = lower.charCodeAt(0) === 121 /* y */ ? 1 : 0; index < end; index += 1) {
    if (isVowel(lower.charCodeAt(index))) {
      run += 1;
      if (run % 2 === 1) groups += 1;
    } else run = 0;
  }
  return Math.max(1, groups);
}

const plainLength = 15;

/** At most fifteen words, none of more than two syllables. */
function isShortAndPlain(sentence: NoteSentence): boolean {
  const words = sentence.words.filter((word) => hasLetter(word.text));
  return words.length <= plainLength && words.every((word) => countSyllables(word.text) <= 2);
}

/** Flesch–Kincaid grade plus five, the usual reading-age reading of it. */
export function readingAge(sentences: NoteSentence[]): number | null {
  let words = 0;
  let syllables = 0;
  for (const sentence of sentences) {
    for (const word of sentence.words) {
      if (!hasLetter(word.text)) continue;
      words += 1;
      syllables += countSyllables(word.text);
    }
  }
  if (words === 0 || sentences.length === 0) return null;
  const grade = 0.39 * (words / sentences.length) + 11.8 * (syllables / words) - 15.59;
  return Math.max(5, Math.round(grade + 5));
}

/**
 * Findings on the sentences written to the child that may be hard for a child of `age` to read.
 *
 * @param text The whole note.
 * @param toChildSentences The sentences written to the child.
 * @param age The child's age, when the host gives it.
 */
export function hardForChild(text: string, allToChild: NoteSentence[], age: number | undefined): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  // the formulas score any sentence against a five-year-old's reading age: a short sentence of
  // everyday words is never the problem, whatever they say
  // (only read when the host gives an age: without one there is nothing to check against)
  const toChildSentences = age === undefined ? [] : allToChild.filter((sentence) => !isShortAndPlain(sentence));
  if (age !== undefined && toChildSentences.length > 0) {
    // read only the sentences written to the child, joined as paragraphs, and map offsets back:
    // the formulas are per sentence, and the rest of a long note is not theirs to read
    const segments: Array<{ start: number; from: number; length: number }> = [];
    let joined = '';
    for (const sentence of toChildSentences) {
      if (joined.length > 0) joined += '\n\n';
      segments.push({ start: joined.length, from: sentence.from, length: sentence.to - sentence.from });
      joined += sentence.text;
    }
    const toNote = (offset: number): number | undefined => {
      // segments are in order: the last one starting at or before the offset
      let low = 0;
      let high = segments.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if ((segments[middle] as (typeof segments)[number]).start <= offset) low = middle;
        else high = middle - 1;
      }
      const segment = segments[low];
      return segment && offset >= segment.start && offset <= segment.start + segment.length
        ? segment.from + (offset - segment.start)
        : undefined;
    };
    // read as parse-english would, without building its tree (the linter's own reader)
    for (const hard of hardSentences(sentenceWords(joined), readingOptions(age))) {
      const from = toNote(hard.from);
      const to = toNote(hard.to);
      if (from === undefined || to === undefined) continue;
      diagnostics.push({
        from,
        to,
        ruleId: 'hard-for-child',
        category: 'readability',
        severity: 'hint',
        message: `This sentence may be hard for a ${age}-year-old to read`,
        explanation:
          'Shorter sentences and everyday words let the child read their own record. Try splitting the sentence or using simpler words.',
        actual: text.slice(from, to),
        suggestions: [],
        source: 'https://www.gov.uk/guidance/content-design/writing-for-gov-uk',
      });
    }
  }

  return diagnostics;
}
