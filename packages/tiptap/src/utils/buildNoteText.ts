import type { Node as PMNode } from '@tiptap/pm/model';
import { BLOCK_SEPARATOR } from '../constants.ts';
import { findTextblocks } from './findTextblocks.ts';
import { getBlockText } from './getBlockText.ts';

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
