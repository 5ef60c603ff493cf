import type { Node as PMNode } from '@tiptap/pm/model';
import { BLOCK_SEPARATOR } from '../constants.ts';

// The note's text as the engine reads it: one string per textblock, one character per document
// position, and the whole note as those strings joined for the analysis.

/** A textblock and its position in the document. */
export interface TextblockAt {
  node: PMNode;
  pos: number;
}

/** One textblock's place in the note text: where its text starts there and in the document. */
export interface NoteTextBlock {
  /** Offset of the block's first character in `NoteText.text`. */
  offset: number;
  /** Document position of the block's first character (the node's position + 1). */
  start: number;
  /** The block's text (as `getBlockText` writes it). */
  text: string;
}

/** The whole note as one string for the analysis, with the map back to document positions. */
export interface NoteText {
  text: string;
  blocks: NoteTextBlock[];
}

/**
 * The plain text of a textblock, one character per document position, so that offset `i` in the
 * text is position `blockPos + 1 + i` in the document. Hard breaks become a line break; other
 * inline nodes (images, mentions) a space; an inline node with content is bracketed by spaces for
 * its opening and closing tokens.
 */
export function getBlockText(block: PMNode): string {
  let text = '';
  block.forEach((child) => {
    text += inlineText(child);
  });
  return text;
}

function inlineText(node: PMNode): string {
  if (node.isText) return node.text ?? '';
  if (node.isLeaf) return /break/i.test(node.type.name) ? '\n' : ' ';
  let inner = '';
  node.forEach((child) => {
    inner += inlineText(child);
  });
  return ` ${inner} `;
}

/** The text between two positions inside one textblock, with inline nodes as `getBlockText` writes them. */
export function getRangeText(doc: PMNode, from: number, to: number): string {
  return doc.textBetween(from, to, '\n', (leaf) => (/break/i.test(leaf.type.name) ? '\n' : ' '));
}

/**
 * The textblocks to lint: all of them, or those touching the given ranges (widened by one position
 * so that a block split or joined at a boundary is included). Code blocks are skipped.
 */
export function findTextblocks(doc: PMNode, ranges: ReadonlyArray<{ from: number; to: number }> | null): TextblockAt[] {
  const found: TextblockAt[] = [];
  const seen = new Set<number>();
  const visit = (node: PMNode, pos: number): boolean => {
    if (!node.isTextblock) return true;
    if (!node.type.spec.code && !seen.has(pos)) {
      seen.add(pos);
      found.push({ node, pos });
    }
    return false;
  };
  if (ranges === null) {
    doc.descendants(visit);
    return found;
  }
  const size = doc.content.size;
  for (const { from, to } of ranges) {
    doc.nodesBetween(Math.max(0, from - 1), Math.min(size, to + 1), visit);
  }
  return found.sort((a, b) => a.pos - b.pos);
}

/**
 * Joins every checked textblock's text with a blank line between them, so the analysis sees
 * paragraphs as paragraphs, and remembers where each block starts in the string and the document.
 */
export function buildNoteText(doc: PMNode): NoteText {
  const blocks: NoteTextBlock[] = [];
  const parts: string[] = [];
  let offset = 0;
  for (const { node, pos } of findTextblocks(doc, null)) {
    if (parts.length > 0) offset += BLOCK_SEPARATOR.length;
    const text = getBlockText(node);
    blocks.push({ offset, start: pos + 1, text });
    parts.push(text);
    offset += text.length;
  }
  return { text: parts.join(BLOCK_SEPARATOR), blocks };
}

/**
 * The block an offset of the note text falls in (binary search). An offset in the separator
 * between two blocks belongs to the block before it.
 */
export function findNoteTextBlock(note: NoteText, offset: number): NoteTextBlock | undefined {
  const { blocks } = note;
  let low = 0;
  let high = blocks.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((blocks[middle] as NoteTextBlock).offset <= offset) low = middle;
    else high = middle - 1;
  }
  return blocks[low];
}
