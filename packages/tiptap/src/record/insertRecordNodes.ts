import type { RecordTemplate } from '@casenote/guides';
import { Fragment } from '@tiptap/pm/model';
import { TextSelection, type Transaction } from '@tiptap/pm/state';
import { Transform } from '@tiptap/pm/transform';
import { buildRecordNodes } from './buildRecordNodes.ts';
import type { InsertRecordOptions } from './types.ts';

/**
 * Adds the template to a transaction at its selection (replacing selected text): it replaces an
 * empty paragraph, goes before or after a paragraph when the caret is at its start or end, and splits
 * the paragraph otherwise. Afterwards the first section's prompt is selected (typing replaces it), or
 * the caret waits in its empty paragraph. The caller dispatches the transaction, so the insertion is
 * one undo step.
 *
 * @returns Whether the template could be placed there; when not, the transaction is left unchanged.
 */
export function insertRecordNodes(
  tr: Transaction,
  template: RecordTemplate,
  options: InsertRecordOptions = {},
): boolean {
  const content = Fragment.from(buildRecordNodes(tr.doc.type.schema, template, options));
  // Worked out on a scratch transform first, so a schema that cannot take the nodes leaves `tr` alone.
  const scratch = new Transform(tr.doc);
  const { from: selectionFrom, to: selectionTo } = tr.selection;
  if (selectionTo > selectionFrom) scratch.delete(selectionFrom, selectionTo);
  const $caret = scratch.doc.resolve(scratch.mapping.map(selectionFrom));
  const block = $caret.parent;
  let from = $caret.pos;
  let to = $caret.pos;
  if (block.isTextblock && $caret.depth > 0) {
    if (block.content.size === 0) {
      from = $caret.before();
      to = $caret.after();
    } else if ($caret.parentOffset === block.content.size) {
      from = to = $caret.after();
    } else if ($caret.parentOffset === 0) {
      from = to = $caret.before();
    } else {
      scratch.split($caret.pos);
      from = to = $caret.pos + 1;
    }
  }
  try {
    scratch.replaceWith(from, to, content);
  } catch {
    return false;
  }
  // The nodes must land as they are (not inside a code block, not re-wrapped by the schema).
  if (!scratch.doc.slice(from, from + content.size).content.eq(content)) return false;

  for (const step of scratch.steps) tr.step(step);
  // The first section: its heading at `from`, its body paragraph straight after it.
  const heading = tr.doc.nodeAt(from);
  const body = heading ? tr.doc.nodeAt(from + heading.nodeSize) : null;
  if (heading && body?.isTextblock) {
    const bodyStart = from + heading.nodeSize + 1;
    tr.setSelection(TextSelection.create(tr.doc, bodyStart, bodyStart + body.content.size));
  }
  tr.scrollIntoView();
  return true;
}
