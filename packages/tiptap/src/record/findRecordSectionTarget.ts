import { checkRecordCompleteness, type RecordTemplate } from '@casenote/guides';
import type { Node as PMNode } from '@tiptap/pm/model';
import { buildNoteText, findNoteTextBlock } from '../utils/noteText.ts';
import { positionAtNoteOffset } from './positionAtNoteOffset.ts';
import type { RecordSectionTarget } from './types.ts';

/**
 * Where to put the writer for one section of a record: its prompt selected when the prompt is still
 * the whole paragraph under the heading (typing replaces it); otherwise the end of what is written
 * there; otherwise the start of an empty paragraph under the heading; otherwise the end of the heading.
 * Reads the document as it is now, so the answer is never stale.
 *
 * @param doc The editor's document.
 * @param template The record template the section belongs to.
 * @param sectionId The section's `id`.
 * @returns The range, or `null` when the section's heading is not in the note.
 * @example
 * const target = findRecordSectionTarget(editor.state.doc, defaultContactRecord, 'consent');
 */
export function findRecordSectionTarget(
  doc: PMNode,
  template: RecordTemplate,
  sectionId: string,
): RecordSectionTarget | null {
  const note = buildNoteText(doc);
  const { sections } = checkRecordCompleteness(note.text, template);
  const section = sections.find((candidate) => candidate.id === sectionId);
  if (!section || section.from === undefined || section.bodyFrom === undefined || section.to === undefined) return null;
  const caretAt = (offset: number): RecordSectionTarget | null => {
    const position = positionAtNoteOffset(note, offset);
    return position === null ? null : { from: position, to: position, promptSelected: false };
  };

  const headingBlock = findNoteTextBlock(note, section.from);
  const headingIndex = headingBlock ? note.blocks.indexOf(headingBlock) : -1;
  const headingOnItsOwn =
    headingBlock !== undefined && section.bodyFrom >= headingBlock.offset + headingBlock.text.length;
  const next = headingOnItsOwn ? note.blocks[headingIndex + 1] : undefined;
  const prompt = template.sections.find((candidate) => candidate.id === sectionId)?.prompt.trim();
  // Where the next section's heading starts: blocks before it belong to this section.
  const nextHeading = Math.min(
    ...sections
      .filter((other) => other.from !== undefined && other.from > (section.from as number))
      .map((other) => other.from as number),
    note.text.length + 1,
  );
  if (next && next.offset < nextHeading && next.text.trim() === prompt) {
    const start = next.start + (next.text.length - next.text.trimStart().length);
    return { from: start, to: start + (prompt?.length ?? 0), promptSelected: true };
  }
  if (section.words > 0) return caretAt(section.to);
  if (next && next.offset < nextHeading) return caretAt(next.offset + next.text.length);
  return caretAt(section.bodyFrom);
}
