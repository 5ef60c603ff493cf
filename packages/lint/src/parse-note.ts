import type { Paragraph, Root, RootContent } from 'nlcst';
import { parseEnglish } from './fast-parser.ts';

/**
 * The English parser's work grows faster than the text on some shapes (lists without full stops,
 * dotted numbers, long joined words) and it recurses deeply enough on one very long "word" to
 * overflow the stack. So a note is parsed in pieces of at most this many characters, cut at a
 * paragraph break, else a sentence end, else a line break, else a comma, else a space; offsets stay those of the
 * whole note. A real sentence is far shorter than this, so real notes parse as one.
 */
export const pieceLength = 4000;

/**
 * Longer runs of characters without a space (a pasted blob, a joined "word" of thousands of parts)
 * are too long to check: they are left out of the parse, and the rest of the note is checked.
 * Real words and links are far shorter.
 */
export const maxTokenLength = 500;

// the parser retext-english plugs into unified, used directly: the linter needs no unified pipeline
const parser = { parse: parseEnglish };

/** A parsed note, and the ranges left out because one run of characters was too long to check. */
export interface ParsedNote {
  tree: Root;
  /** `[from, to)` offsets of each run without spaces longer than `maxTokenLength`, in order. */
  skipped: Array<[number, number]>;
}

const isSpace = (code: number): boolean =>
  code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x2028 || code === 0x2029 || code === 0x3000;

/** Runs of non-space characters longer than `maxTokenLength` (left out of the parse), found in one linear scan. */
export function longRuns(text: string): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let start = -1;
  for (let index = 0; index <= text.length; index += 1) {
    const space = index === text.length || isSpace(text.charCodeAt(index));
    if (!space && start === -1) start = index;
    else if (space && start !== -1) {
      if (index - start > maxTokenLength) runs.push([start, index]);
      start = -1;
    }
  }
  return runs;
}

const paragraphBreak = /\n[^\S\n]*\n\s*/g;
const sentenceEnd = /[.!?]["'\u201d\u2019)\]]*\s+/g;
const lineBreak = /\n\s*/g;
// phrases never run over a comma, semicolon or colon: cutting after one splits no finding
const clauseEnd = /[,;:)\]]\s+/g;
const space = /\s+/g;

/** The end of the last match of `pattern` in `text[from, to)` that ends after `after`, or -1. */
function lastBoundary(pattern: RegExp, text: string, from: number, to: number, after: number): number {
  const window = text.slice(from, to);
  pattern.lastIndex = 0;
  let found = -1;
  for (let match = pattern.exec(window); match; match = pattern.exec(window)) {
    const end = from + match.index + match[0].length;
    if (end > after && end < to) found = end;
  }
  return found;
}

/**
 * Where to cut `text[from, end)` into pieces: each at most `pieceLength` long, cut at the best
 * boundary in the second half of the window. Returns the cut offsets and whether each was a
 * paragraph break.
 */
function cuts(text: string, from: number, end: number): Array<{ at: number; paragraph: boolean }> {
  const result: Array<{ at: number; paragraph: boolean }> = [];
  let start = from;
  while (end - start > pieceLength) {
    const limit = start + pieceLength;
    const after = start + (pieceLength >> 1);
    let at = lastBoundary(paragraphBreak, text, start, limit, after);
    if (at === -1) at = lastBoundary(sentenceEnd, text, start, limit, after);
    if (at === -1) at = lastBoundary(lineBreak, text, start, limit, after);
    if (at === -1) at = lastBoundary(clauseEnd, text, start, limit, after);
    if (at === -1) at = lastBoundary(space, text, start, limit, start);
    // no space at all: runs longer than `maxTokenLength` were taken out, so this cannot happen;
    // cut anyway rather than loop
    if (at === -1) at = limit;
    // the parser ends a paragraph at a line break after a sentence: a cut at any line break starts
    // a new one, a cut at spaces within a line continues the paragraph
    let spaceStart = at;
    while (spaceStart > start && isSpace(text.charCodeAt(spaceStart - 1))) spaceStart -= 1;
    result.push({ at, paragraph: text.slice(spaceStart, at).includes('\n') });
    start = at;
  }
  return result;
}

interface PositionedNode {
  position?: { start: Point; end: Point };
  children?: PositionedNode[];
}
interface Point {
  line: number;
  column: number;
  offset?: number;
}

/** Marks a point already moved (a symbol: no JSON or copy of the tree carries it). */
const moved = Symbol('moved');

/** Moves every position in a piece's tree to the whole note's offsets, lines and columns. */
function shift(nodes: PositionedNode[], offset: number, line: number, column: number): void {
  // the parser shares point objects between nodes: each is moved once, in place (marked on the
  // point itself: a set of every point of the piece cost more than the moving)
  const move = (point: Point & { [moved]?: true }): void => {
    if (point[moved]) return;
    point[moved] = true;
    if (point.line === 1) point.column += column - 1;
    point.line += line - 1;
    if (point.offset !== undefined) point.offset += offset;
  };
  const stack = [...nodes];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.position) {
      move(node.position.start);
      move(node.position.end);
    }
    if (node.children) for (const child of node.children) stack.push(child);
  }
}

/**
 * Parses a note with retext-english in bounded pieces (see `pieceLength`, `maxTokenLength`). A note
 * shorter than `pieceLength` with no over-long run parses exactly as retext-english parses it.
 *
 * @param text The note.
 * @returns The nlcst tree, offsets into `text`, and the ranges left out as too long to check.
 */
export function parseNote(text: string): ParsedNote {
  return finish(parseNoteSteps(text));
}

/** Runs steps to the end and returns what they give. */
export function finish<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** One piece of a note parsed on its own: `[from, to)`, and whether it continues the paragraph before it. */
export interface NotePiece {
  from: number;
  to: number;
  /** Cut inside a paragraph: the piece's first paragraph continues the last one before it. */
  continues: boolean;
}

/** The pieces a note is parsed in (see `pieceLength`), in order, leaving out the `skipped` runs. */
export function notePieces(text: string, skipped: ReadonlyArray<[number, number]>): NotePiece[] {
  const pieces: NotePiece[] = [];
  let start = 0;
  for (const [runStart, runEnd] of [...skipped, [text.length, text.length] as [number, number]]) {
    let continues = false;
    for (const cut of cuts(text, start, runStart)) {
      pieces.push({ from: start, to: cut.at, continues });
      // the parser ends a paragraph at a line break after a sentence: a cut at any line break
      // starts a new one, a cut at spaces within a line continues the paragraph
      continues = !cut.paragraph;
      start = cut.at;
    }
    if (runStart > start) pieces.push({ from: start, to: runStart, continues });
    start = runEnd;
  }
  return pieces;
}

/** Parses one piece of a note; offsets, lines and columns are the piece's own. */
export function parsePiece(text: string, piece: NotePiece): Root {
  return parser.parse(text.slice(piece.from, piece.to));
}

/** `parseNote` in steps: it yields after each piece, so a caller can pause between them. */
export function* parseNoteSteps(text: string): Generator<void, ParsedNote, void> {
  const skipped = longRuns(text);
  if (skipped.length === 0 && text.length <= pieceLength) return { tree: parser.parse(text) as Root, skipped };
  const children: RootContent[] = [];
  // line and column of the piece's start, kept up to date as pieces advance
  let line = 1;
  let lineStart = 0;
  let counted = 0;
  const advanceTo = (offset: number): void => {
    for (
      let index = text.indexOf('\n', counted);
      index !== -1 && index < offset;
      index = text.indexOf('\n', index + 1)
    ) {
      line += 1;
      lineStart = index + 1;
    }
    counted = Math.max(counted, offset);
  };
  const addPiece = (piece: NotePiece): void => {
    const { from } = piece;
    advanceTo(from);
    const parsed = parsePiece(text, piece);
    shift(parsed.children as PositionedNode[], from, line, from - lineStart + 1);
    let nodes = parsed.children;
    const previous = children.findLast((node): node is Paragraph => node.type === 'ParagraphNode');
    const first = nodes.findIndex((node) => node.type === 'ParagraphNode');
    if (piece.continues && previous && first !== -1) {
      // a cut inside a paragraph: the piece's first paragraph continues the previous one, with
      // the spaces between them inside it (as one parse would have them)
      const between: RootContent[] = [];
      while (children.at(-1)?.type === 'WhiteSpaceNode') between.unshift(children.pop() as RootContent);
      for (const node of [...between, ...nodes.slice(0, first + 1)]) {
        if (node.type === 'ParagraphNode') previous.children.push(...node.children);
        else if (node.type === 'WhiteSpaceNode') previous.children.push(node);
      }
      const last = nodes[first] as Paragraph;
      if (previous.position && last.position) previous.position.end = last.position.end;
      nodes = nodes.slice(first + 1);
    }
    for (const node of nodes) children.push(node);
  };
  const pieces = notePieces(text, skipped);
  for (const [index, piece] of pieces.entries()) {
    addPiece(piece);
    if (index < pieces.length - 1) yield;
  }
  advanceTo(text.length);
  const end = { line, column: text.length - lineStart + 1, offset: text.length };
  return {
    tree: { type: 'RootNode', children, position: { start: { line: 1, column: 1, offset: 0 }, end } },
    skipped,
  };
}
