import type { Node as PMNode } from '@tiptap/pm/model';

/** A textblock and its position in the document. */
export interface TextblockAt {
  node: PMNode;
  pos: number;
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
