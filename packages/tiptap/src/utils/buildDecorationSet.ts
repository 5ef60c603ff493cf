import type { Node as PMNode } from '@tiptap/pm/model';
import { type Decoration, DecorationSet } from '@tiptap/pm/view';

/**
 * ProseMirror's `DecorationSet.create(doc, decorations)` looks through every decoration once for
 * each top-level node, so its time grows with paragraphs × decorations: after a 1 MB paste (10,000
 * paragraphs, 6,000 findings, 25,000 sentences) one set took seconds. Decorations are drawn by
 * paragraph, so this builds each paragraph's part with `DecorationSet.create` on the paragraph
 * alone and puts the parts together in one pass, in time linear in the decorations. The parts are
 * put together with ProseMirror's own (internal) set constructor, exactly as `create` builds them;
 * should its shape ever change, this falls back to `create`, slower but the same.
 */

type SetInternals = { local: readonly Decoration[]; children: ReadonlyArray<number | DecorationSet> };
type SetConstructor = new (local: Decoration[], children: Array<number | DecorationSet>) => DecorationSet;
type Movable = Decoration & { copy?: (from: number, to: number) => Decoration };

const empty = DecorationSet.empty as unknown as Partial<SetInternals>;
const internalsKnown = Array.isArray(empty.local) && Array.isArray(empty.children);

/** Below this many decorations `create` is quick enough. */
const FEW = 64;

/**
 * A decoration set for `doc` holding `decorations`, the same as `DecorationSet.create(doc,
 * decorations)` would give, in linear time when each decoration lies inside one top-level node.
 * Does not change the array.
 */
export function buildDecorationSet(doc: PMNode, decorations: readonly Decoration[]): DecorationSet {
  if (decorations.length === 0) return DecorationSet.empty;
  const parts = internalsKnown && decorations.length > FEW ? byTopLevelNode(doc, decorations) : null;
  if (!parts) return DecorationSet.create(doc, [...decorations]);
  return new (DecorationSet as unknown as SetConstructor)([], parts);
}

/** Each top-level node's set, as `[from, to, set, …]`, or null when a decoration does not fit that shape. */
function byTopLevelNode(doc: PMNode, decorations: readonly Decoration[]): Array<number | DecorationSet> | null {
  const sorted = [...decorations].sort((a, b) => a.from - b.from || a.to - b.to);
  const parts: Array<number | DecorationSet> = [];
  let next = 0;
  let fits = true;
  doc.forEach((child, offset) => {
    if (!fits || next >= sorted.length) return;
    const end = offset + child.nodeSize;
    const inside: Decoration[] = [];
    for (let decoration = sorted[next]; decoration && decoration.from < end; decoration = sorted[++next]) {
      // on or across a top-level node's edges (a node decoration, a range over two paragraphs):
      // `create` keeps such decorations in the top level, so it builds this set itself
      const copy = (decoration as Movable).copy;
      if (decoration.from <= offset || decoration.to >= end || child.isLeaf || typeof copy !== 'function') {
        fits = false;
        return;
      }
      inside.push(copy.call(decoration, decoration.from - offset - 1, decoration.to - offset - 1));
    }
    if (inside.length === 0) return;
    const set = DecorationSet.create(child, inside);
    if (set !== DecorationSet.empty) parts.push(offset, end, set);
  });
  return fits && next >= sorted.length ? parts : null;
}
