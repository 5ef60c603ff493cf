import type { Paragraph, Root, RootContent } from 'nlcst';
import { parseEnglish } from './fast-parser.ts';
import { finish, longRuns, type NotePiece, notePieces, pieceLength } from './note-pieces.ts';

export { finish, longRuns, maxTokenLength, type NotePiece, notePieces, pieceLength } from './note-pieces.ts';

// the parser retext-english plugs into unified, used directly: the linter needs no unified pipeline
const parser = { parse: parseEnglish };

/** A parsed note, and the ranges left out because one run of characters was too long to check. */
export interface ParsedNote {
  tree: Root;
  /** `[from, to)` offsets of each run without spaces longer than `maxTokenLength`, in order. */
  skipped: Array<[number, number]>;
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
