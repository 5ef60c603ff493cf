import type { Matcher, Token } from '@casenote/rules';
import { isNameLike } from '../analyse/names.ts';
import { readNote, type NoteSentence, type NoteWord } from '../analyse/read-note.ts';
import type { NoteContext } from '../analyse/types.ts';
import type { ParsedSentence } from '../note-sentences.ts';
import { conditionsReadThrough } from '../name-asides.ts';
import { bracketNamesPeople } from './adult-words.ts';
import {
  ageAfterName,
  knownPeople,
  presentedAt,
  sentenceMentions,
  type Antecedents,
  type KnownPeople,
  type Mention,
} from './mentions.ts';

/** Harm indicators compiled for one linter: a matcher whose rule index is the indicator's position. */
export interface CompiledIndicators {
  ids: string[];
  matcher: Matcher;
}

/** What the context layer knows about one note; built once per lint call, only when a conditioned rule matched. */
export interface NoteFacts {
  sentences: NoteSentence[];
  /** The people a sentence mentions, pronouns resolved from the sentences just before it. */
  mentions(sentence: number): Mention[];
  known: KnownPeople;
  /** Ages stated in the note after a name ("Jade (15)"), by lower-case name. */
  statedAges: Map<string, number>;
  /** Names the note presents as a child ("my daughter Katie", "the child, Katie") or an adult ("her adult son Tom"). */
  presented: Map<string, 'child' | 'adult'>;
  /** Indicator ids with a phrase somewhere in the note. */
  indicators: Set<string>;
  /** Where each indicator phrase stands in the note (UTF-16 offsets), for conditions asked of one sentence. */
  indicatorSpans: IndicatorSpan[];
  /** Whether a sentence is written to the child, as the analysis reads it (read when first asked; never without it). */
  writtenToChild(sentence: number): boolean;
  /** Whether a sentence is written to the child or to the child's family (a parent or carer), as the analysis reads it. */
  writtenToFamily(sentence: number): boolean;
}

/** Whom one sentence is written to: the child, the child's family (a parent or carer), or someone else. */
export type SentenceReader = 'child' | 'family' | 'other';

/**
 * The analysis's reading of whom each sentence of a note is written to (`sentenceReaders` in analyse/note-address.ts),
 * passed in by the linter that ships the analysis.
 */
export type ReaderReading = (sentences: NoteSentence[], context: NoteContext) => (sentence: number) => SentenceReader;

/** One indicator phrase found in the note. */
export interface IndicatorSpan {
  id: string;
  from: number;
  to: number;
}

// "she" and "he" are followed back this many sentences; further back is guesswork
const antecedentReach = 3;
const ageCue = /^(?:\d{1,3}|aged|who|is)$/;

/** Whether a word starts with a capital letter: a lower-case letter or a digit first (most words) says no without the expression. */
function startsUpperCase(text: string): boolean {
  const first = text.charCodeAt(0);
  return !((first >= 97 && first <= 122) || (first >= 48 && first <= 57)) && /^\p{Lu}/u.test(text);
}

/**
 * Reads the facts conditioned rules need from a note. People are read only around the sentences
 * asked about, so a long note with a few conditioned matches stays fast.
 *
 * @param sentenceTokens The phrase matcher's tokens of every sentence (indicators are matched on them).
 */
export function readNoteFacts(
  text: string,
  parsed: readonly ParsedSentence[],
  context: NoteContext | undefined,
  sentenceTokens: readonly Token[][],
  indicators: CompiledIndicators | undefined,
  readers?: ReaderReading,
  flagged: (from: number, to: number) => boolean = () => false,
): NoteFacts {
  const written = readNote(text, parsed);
  // the conditions read past a bracketed name as the matcher does; whom a sentence is written to reads every word
  const sentences = written.map((sentence) => conditionsReadThrough(sentence, text, flagged, bracketNamesPeople));
  const known = knownPeople(context);
  const statedAges = new Map<string, number>();
  const presented = new Map<string, 'child' | 'adult'>();
  const midSentenceNames = new Set<string>();
  for (const sentence of sentences) {
    const words = sentence.words;
    for (let index = 0; index < words.length; index += 1) {
      const word = words[index] as NoteWord;
      if (!startsUpperCase(word.text)) continue;
      const key = (word.text.endsWith("'s") ? word.text.slice(0, -2) : word.text).toLowerCase();
      if (index > 0) midSentenceNames.add(key);
      // presented as a child or an adult: "my daughter Katie", "Katie is a 12-year-old girl"; the first reading stands
      if (!presented.has(key) && !word.quoted && isNameLike(sentence, index)) {
        const as = presentedAt(words, index);
        if (as) presented.set(key, as);
      }
      // an age follows: "Jade (15)", "Jade, aged 15", "Jade, who is 15", "Jade is 15"
      if (statedAges.has(key) || !ageCue.test(words[index + 1]?.lower ?? '') || !isNameLike(sentence, index)) continue;
      const age = ageAfterName(words, index);
      if (age !== undefined) statedAges.set(key, age);
    }
  }
  // a name with an age after it is a name even where it opens every sentence ("Zara (6) did not…")
  for (const key of statedAges.keys()) midSentenceNames.add(key);
  const found = new Set<string>();
  const indicatorSpans: IndicatorSpan[] = [];
  if (indicators) {
    for (const tokens of sentenceTokens) {
      for (const hit of indicators.matcher.match(tokens)) {
        if (hit.kind !== 'match') continue;
        const id = indicators.ids[hit.rule] as string;
        found.add(id);
        const first = tokens[hit.start];
        const last = tokens[hit.end - 1];
        if (first && last) indicatorSpans.push({ id, from: first.start, to: last.end });
      }
    }
  }
  const cache = new Map<number, Mention[]>();
  const mentions = (target: number): Mention[] => {
    const cached = cache.get(target);
    if (cached) return cached;
    const antecedents: Antecedents = { female: undefined, male: undefined };
    let result: Mention[] = [];
    for (let index = Math.max(0, target - antecedentReach); index <= target; index += 1) {
      const sentence = sentences[index];
      if (sentence) result = sentenceMentions(sentence, known, antecedents, midSentenceNames);
    }
    cache.set(target, result);
    return result;
  };
  let readerAt: ((sentence: number) => SentenceReader) | undefined;
  const readerOf = (sentence: number): SentenceReader => {
    if (!readers) return 'other';
    readerAt ??= readers(written, context ?? {});
    return readerAt(sentence);
  };
  const writtenToChild = (sentence: number): boolean => readerOf(sentence) === 'child';
  const writtenToFamily = (sentence: number): boolean => readerOf(sentence) !== 'other';
  return {
    sentences,
    mentions,
    known,
    statedAges,
    presented,
    indicators: found,
    indicatorSpans,
    writtenToChild,
    writtenToFamily,
  };
}

/** The sentence and word indices of a flagged span, or undefined when the span is not on word boundaries. */
export function locate(
  facts: NoteFacts,
  from: number,
  to: number,
): { sentence: number; first: number; last: number } | undefined {
  const { sentences } = facts;
  let low = 0;
  let high = sentences.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((sentences[middle] as NoteSentence).from <= from) low = middle;
    else high = middle - 1;
  }
  const words = sentences[low]?.words as NoteWord[] | undefined;
  if (!words) return undefined;
  const first = words.findIndex((word) => word.start === from);
  const last = words.findIndex((word) => word.end === to);
  return first === -1 || last === -1 ? undefined : { sentence: low, first, last };
}
