import type { NoteText, NoteTextBlock } from './buildNoteText.ts';

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
