/**
 * The linter's quick path through a note: the paragraphs, sentences and words parse-english 7 finds
 * (./parse.ts builds its tree), read straight from the text without building the tree. The steps
 * of ./paragraph-steps.ts are here in the same order and with the same quirks, over the units of
 * ./units.ts (a sentence is an array of unit numbers), so a lint makes an array or two per
 * sentence instead of several objects per run of characters. test/read-direct.test.ts holds its
 * sentences and words to the tree's on every corpus text and on generated edge cases.
 */
import { startsLowerCase } from './classes.ts';
import { stopEndsAfterLabelLetter } from './label-letter.ts';
import {
  abbreviationPrefix,
  abbreviations,
  abbreviationsSensitive,
  affixSymbol,
  newLine,
  terminalMarker,
} from './expressions.ts';
import {
  append,
  back,
  end,
  isChar,
  isMark,
  isSpace,
  isWord,
  type Item,
  kinds,
  prepend,
  PUNCTUATION,
  sentenceSteps,
  setText,
  splitSentences,
  start,
  text,
  tokenize,
  type Units,
  value,
} from './units.ts';

export { end, isMark, isWord, start, type Units } from './units.ts';

/** The units of the piece being read (reused). */
const allUnits: Units = [];

const isSentence = (item: Item | undefined): item is Units => typeof item === 'object';
const FULL_STOP = 46;

/** Moves the full stop into the word before it and joins the next sentence on (parse-latin's `joinNext`). */
function joinNext(sentence: Units, word: number, period: number, index: number, paragraph: Item[]): number {
  append(word, period);
  sentence.pop();
  const next = paragraph[index + 1];
  if (!isSentence(next)) return index;
  for (const unit of next) sentence.push(unit);
  paragraph.splice(index + 1, 1);
  return back(index - 1);
}

/** Joins `child`, a sentence at `index`, onto the end of the sentence before it. */
function joinPrevious(previous: Units, child: Units, index: number, paragraph: Item[]): number {
  for (const unit of child) previous.push(unit);
  paragraph.splice(index, 1);
  return back(index);
}

/** The first word of a sentence before any mark (the sentence-start tests read it), or -1. */
function leadingWord(sentence: Units): number {
  for (const unit of sentence) {
    if (isWord(unit)) return unit;
    if (isMark(unit)) return -1;
  }
  return -1;
}

/** The words and marks before `index` in `sentence`, nearest first, without white space. */
function unitsBefore(sentence: Units, index: number): (distance: number) => string | undefined {
  const found: string[] = [];
  let position = index;
  return (distance) => {
    while (found.length < distance && --position >= 0) {
      const unit = sentence[position] as number;
      if (!isSpace(unit)) found.push(value(unit));
    }
    return found[distance - 1];
  };
}

/** Line breaks in the space `unit` (CRLF counts once). */
function lineBreaks(unit: number): number {
  let count = 0;
  for (let index = start(unit); index < end(unit); index++) {
    const code = text.charCodeAt(index);
    if (code === 13) {
      count++;
      if (text.charCodeAt(index + 1) === 10 && index + 1 < end(unit)) index++;
    } else if (code === 10) count++;
  }
  return count;
}

/** parse-english's paragraph steps (./paragraph-steps.ts, in order), on the paragraph of all sentences. */
function paragraphSteps(paragraph: Item[]): void {
  // mergeEnglishPrefixExceptions: "Mr.", "Jan." do not end a sentence
  for (let index = 0; index < paragraph.length; index++) {
    const sentence = paragraph[index] as Units;
    const period = sentence[sentence.length - 1];
    const word = sentence[sentence.length - 2];
    if (period === undefined || isWord(period) || kinds[period] !== PUNCTUATION || !isChar(period, FULL_STOP)) continue;
    if (!isWord(word)) continue;
    const written = value(word as number);
    if (abbreviations.test(written.toLowerCase()) || abbreviationsSensitive.test(written))
      index = joinNext(sentence, word as number, period, index, paragraph);
  }
  // mergeNonWordSentences: a sentence without words joins the one before, else the one after
  for (let index = 0; index < paragraph.length; index++) {
    const child = paragraph[index] as Units;
    if (child.some(isWord)) continue;
    const previous = paragraph[index - 1];
    if (isSentence(previous)) {
      index = joinPrevious(previous, child, index, paragraph);
      continue;
    }
    const next = paragraph[index + 1];
    if (isSentence(next)) {
      next.unshift(...child);
      paragraph.splice(index, 1);
    }
  }
  // mergeAffixSymbol: a closing mark starting a sentence ends the one before
  for (let index = 1; index < paragraph.length; index++) {
    const child = paragraph[index] as Units;
    const first = child[0];
    if (first === undefined || !isMark(first) || !affixSymbol.test(value(first))) continue;
    child.shift();
    (paragraph[index - 1] as Units).push(first);
    // back one sentence, never to the first (which has none before it)
    index = Math.max(back(index - 1), 0);
  }
  // mergeInitialLowerCaseLetterSentences: a sentence starting in lower case continues the one before
  for (let index = 1; index < paragraph.length; index++) {
    const child = paragraph[index] as Units;
    const word = leadingWord(child);
    if (word !== -1 && startsLowerCase(value(word)))
      index = joinPrevious(paragraph[index - 1] as Units, child, index, paragraph);
  }
  // mergeInitialDigitSentences: a sentence starting with a digit continues the one before ("version 1.2")
  for (let index = 1; index < paragraph.length; index++) {
    const child = paragraph[index] as Units;
    const head = child[0];
    if (!isWord(head)) continue;
    const code = text.charCodeAt(start(head as number));
    if (code >= 48 && code <= 57) index = joinPrevious(paragraph[index - 1] as Units, child, index, paragraph);
  }
  // mergePrefixExceptions: "etc.", "p.", "4." do not end a sentence, but a section's letter's stop does ("in Section F.")
  for (let index = 0; index < paragraph.length; index++) {
    const child = paragraph[index] as Units;
    if (child.length < 2) continue;
    const period = child[child.length - 1] as number;
    const word = child[child.length - 2] as number;
    if (
      isMark(period) &&
      isChar(period, FULL_STOP) &&
      isWord(word) &&
      abbreviationPrefix.test(value(word).toLowerCase()) &&
      !stopEndsAfterLabelLetter(value(word), unitsBefore(child, child.length - 2))
    )
      index = joinNext(child, word, period, index, paragraph);
  }
  // mergeAffixExceptions: a sentence starting with "," or ";" before any word continues the one before
  for (let index = 1; index < paragraph.length; index++) {
    const child = paragraph[index] as Units;
    for (const unit of child) {
      if (isWord(unit)) break;
      if (!isMark(unit)) continue;
      if (isChar(unit, 44 /* , */) || isChar(unit, 59 /* ; */))
        index = joinPrevious(paragraph[index - 1] as Units, child, index, paragraph);
      break;
    }
  }
  for (const child of paragraph) mergeRemainingFullStops(child as Units);
  // makeInitialWhiteSpaceSiblings, makeFinalWhiteSpaceSiblings: spaces at a sentence's ends go between sentences
  for (let index = 0; index < paragraph.length; index++) {
    const child = paragraph[index] as Item;
    if (isSentence(child) && isSpace(child[0])) paragraph.splice(index, 0, child.shift() as number);
  }
  for (let index = 0; index < paragraph.length; index++) {
    const child = paragraph[index] as Item;
    if (!isSentence(child) || !isSpace(child[child.length - 1])) continue;
    paragraph.splice(index + 1, 0, child.pop() as number);
    index = back(index);
  }
  // breakImplicitSentences: a space holding two line breaks ends a sentence
  for (let index = 0; index < paragraph.length; index++) {
    const child = paragraph[index] as Item;
    if (!isSentence(child)) continue;
    for (let position = 1; position < child.length - 1; position++) {
      const unit = child[position] as number;
      if (!isSpace(unit) || lineBreaks(unit) < 2) continue;
      const rest = child.splice(position);
      rest.shift();
      paragraph.splice(index + 1, 0, unit, rest);
      break;
    }
  }
}

/** parse-latin's mergeRemainingFullStops: full stops inside a sentence join the word before or after them. */
function mergeRemainingFullStops(children: Units): void {
  let found = false;
  for (let position = children.length - 1; position >= 0; position--) {
    const unit = children[position] as number;
    if (!isMark(unit)) {
      if (isWord(unit)) found = true;
      continue;
    }
    if (!terminalMarker.test(value(unit))) continue;
    if (!found) {
      found = true;
      continue;
    }
    if (!isChar(unit, FULL_STOP)) continue;
    const previous = children[position - 1];
    const next = children[position + 1];
    if (isWord(previous)) {
      if (next !== undefined && isSpace(next) && isChar(children[position + 2], FULL_STOP)) continue;
      children.splice(position, 1);
      append(previous as number, unit);
      position--;
    } else if (isWord(next)) {
      children.splice(position, 1);
      prepend(next as number, unit);
    }
  }
}

/**
 * Reads a text as parse-english parses it: calls `visit` with each sentence's offsets, the number
 * of its paragraph (from 0) and its units (read them with `isWord`, `isMark`, `start` and `end`
 * before the next call of `readSentences`).
 */
export function readSentences(
  piece: string,
  visit: (from: number, to: number, paragraph: number, units: Units) => void,
): void {
  setText(piece);
  const count = tokenize();
  // one array for every piece: sentences are copied out of it
  const units = allUnits;
  units.length = 0;
  for (let unit = 0; unit < count; unit++) units.push(unit);
  sentenceSteps(units);
  const paragraph = splitSentences(units);
  paragraphSteps(paragraph);
  // removeEmptyNodes, then the root's split into paragraphs after each space holding a line break;
  // a paragraph of spaces alone is removed with them
  let paragraphs = 0;
  let holds = false;
  for (let index = 0; index < paragraph.length; index++) {
    const item = paragraph[index] as Item;
    if (isSentence(item)) {
      if (item.length === 0) continue;
      holds = true;
      visit(start(item[0] as number), end(item[item.length - 1] as number), paragraphs, item);
    } else if (newLine.test(value(item)) && holds) {
      paragraphs++;
      holds = false;
    }
  }
}
