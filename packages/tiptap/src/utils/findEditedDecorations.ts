import type { Decoration, DecorationSet } from '@tiptap/pm/view';
import { isDiagnosticDecoration } from './isDiagnosticDecoration.ts';

/**
 * Decorations whose text was edited: the change lies inside them or across them. Typing right
 * before or after a flagged word leaves it alone; the next run re-checks it anyway.
 */
export function findEditedDecorations(
  set: DecorationSet,
  changed: ReadonlyArray<{ from: number; to: number }>,
): Decoration[] {
  const edited: Decoration[] = [];
  for (const { from, to } of changed) {
    for (const decoration of set.find(from, to, isDiagnosticDecoration)) {
      const overlaps =
        from === to ? decoration.from < from && decoration.to > from : decoration.from < to && decoration.to > from;
      if (overlaps || decoration.from >= decoration.to) edited.push(decoration);
    }
  }
  return edited;
}
