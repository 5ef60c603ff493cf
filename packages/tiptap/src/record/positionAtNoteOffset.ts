import type { Node as PMNode } from '@tiptap/pm/model';
import { buildNoteText, findNoteTextBlock, type NoteText } from '../utils/noteText.ts';

/**
 * The document position of an offset in the note text that the whole-note analysis and the record
 * check read (textblocks joined with a blank line, code blocks left out). An offset in the blank line
 * between two blocks is the end of the block before it.
 *
 * @param doc The document (or pass a `NoteText` already built from it).
 * @param offset A UTF-16 offset in that text, as `checkRecordCompleteness` or `findRelatedIndicators` give.
 * @returns The position, or `null` for a document with no text blocks.
 * @example
 * const section = checkRecordCompleteness(buildNoteText(editor.state.doc).text, template).sections[0];
 * positionAtNoteOffset(editor.state.doc, section.bodyFrom ?? 0);
 */
export function positionAtNoteOffset(doc: PMNode | NoteText, offset: number): number | null {
  const note = 'blocks' in doc ? doc : buildNoteText(doc);
  const block = findNoteTextBlock(note, offset);
  if (!block) return null;
  return block.start + Math.max(0, Math.min(offset - block.offset, block.text.length));
}
