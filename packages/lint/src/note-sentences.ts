/**
 * The parsed note as the linter reads it: each sentence's offsets, paragraph and words. The linter
 * reads a note without a syntax tree (./parser/read-direct.ts), piece by piece as parseNote parses
 * it; the retext plugin reads the same from retext's tree (`treeSentences`).
 */
import { isLoneAmpersand } from '@casenote/rules';
import type { Root, Sentence } from 'nlcst';
import { finish, longRuns, notePieces } from './note-pieces.ts';
import { end, isMark, isWord, readSentences, start, type Units } from './parser/read-direct.ts';
import { type NoteToken, sentenceTokens, tokenReader } from './tokens.ts';

/** One sentence of the note. */
export interface ParsedSentence {
  /** Offsets of the sentence in the note (UTF-16, end exclusive). */
  from: number;
  to: number;
  /** Index of its paragraph (sentences of one paragraph are next to each other). */
  paragraph: number;
  /** Its words as the matcher reads them (and the note analysis, see `NoteToken`). */
  tokens: NoteToken[];
}

/** Adds the sentences of the tree's paragraphs; `base` is where the parsed text starts in `text`. */
function addSentences(
  sentences: ParsedSentence[],
  tree: Root,
  text: string,
  base: number,
  paragraphIndex: (first: boolean) => number,
): void {
  let first = true;
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    const index = paragraphIndex(first);
    first = false;
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue;
      const from = (sentence.position?.start.offset ?? 0) + base;
      const end = sentence.position?.end.offset;
      sentences.push({
        from,
        to: end === undefined ? from : end + base,
        paragraph: index,
        tokens: sentenceTokens(sentence as Sentence, text, base),
      });
    }
  }
}

const treeCache = new WeakMap<Root, ParsedSentence[]>();

/** The sentences of a whole parsed note (a tree from retext, offsets into `text`). */
export function treeSentences(tree: Root, text: string): ParsedSentence[] {
  let sentences = treeCache.get(tree);
  if (!sentences) {
    sentences = [];
    let paragraphs = 0;
    addSentences(sentences, tree, text, 0, () => paragraphs++);
    treeCache.set(tree, sentences);
  }
  return sentences;
}

/**
 * Parses a note into sentences: the sentences and paragraphs of `parseNote`'s tree, in the same
 * bounded pieces, with the same ranges left out.
 */
export function parseSentences(text: string): ParsedSentence[] {
  return finish(parseSentencesSteps(text));
}

/** The words of a sentence read by ./parser/read-direct.ts, as `sentenceTokens` reads a tree's. */
function unitTokens(units: Units, text: string, base: number): NoteToken[] {
  const reader = tokenReader(text);
  for (const unit of units) {
    if (isWord(unit) || isLoneAmpersand(text, start(unit) + base, end(unit) + base))
      reader.word(start(unit) + base, end(unit) + base);
    else if (isMark(unit)) reader.mark(start(unit) + base, end(unit) + base);
  }
  return reader.tokens;
}

/** `parseSentences` in steps: it yields after each piece, so a caller can pause between them. */
export function* parseSentencesSteps(text: string): Generator<void, ParsedSentence[], void> {
  const sentences: ParsedSentence[] = [];
  const pieces = notePieces(text, longRuns(text));
  let paragraphs = 0;
  for (const [index, piece] of pieces.entries()) {
    const base = piece.from;
    // a cut inside a paragraph: the piece's first paragraph continues the one before it
    const first = piece.continues && paragraphs > 0 ? paragraphs - 1 : paragraphs;
    let last = -1;
    readSentences(text.slice(piece.from, piece.to), (from, to, paragraph, units) => {
      last = paragraph;
      sentences.push({
        from: from + base,
        to: to + base,
        paragraph: first + paragraph,
        tokens: unitTokens(units, text, base),
      });
    });
    paragraphs = last === -1 ? paragraphs : first + last + 1;
    if (index < pieces.length - 1) yield;
  }
  return sentences;
}

/** A sentence with its words as written (parse-english's word nodes). */
export interface WordedSentence {
  /** Offsets of the sentence in the text (UTF-16, end exclusive). */
  from: number;
  to: number;
  words: string[];
}

/**
 * Each sentence of a text with its words as parse-english's word nodes hold them, whole ("well-being",
 * "10."), not as the matcher's tokens: what the reading-age formulas count. Read in the same pieces
 * as `parseSentences`, without a tree.
 */
export function sentenceWords(text: string): WordedSentence[] {
  const sentences: WordedSentence[] = [];
  for (const piece of notePieces(text, longRuns(text))) {
    const base = piece.from;
    readSentences(text.slice(piece.from, piece.to), (from, to, _paragraph, units) => {
      const words: string[] = [];
      for (const unit of units) if (isWord(unit)) words.push(text.slice(start(unit) + base, end(unit) + base));
      sentences.push({ from: from + base, to: to + base, words });
    });
  }
  return sentences;
}
