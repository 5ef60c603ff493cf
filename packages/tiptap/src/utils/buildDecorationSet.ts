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

const indexedSets = new WeakMap<DecorationSet, DecorationSet>();
let Indexed: SetConstructor | undefined;

/**
 * The set as the view should draw it. On each update ProseMirror asks the set for every top-level
 * node's part, and `forChild` finds it by reading the set's parts from the start: with thousands
 * of underlined paragraphs, every keystroke took time in proportion to paragraphs × underlined
 * paragraphs (hundreds of ms after a 1 MB paste). The same set with `forChild` as a binary search;
 * the same object for the same set, so the view sees no change when there is none.
 */
export function forDrawing(set: DecorationSet): DecorationSet {
  if (!internalsKnown || set === DecorationSet.empty) return set;
  let indexed = indexedSets.get(set);
  if (!indexed) {
    Indexed ??= indexedSetClass();
    const { local, children } = set as unknown as SetInternals;
    indexed = new Indexed([...local], [...children]);
    indexedSets.set(set, indexed);
  }
  return indexed;
}

function indexedSetClass(): SetConstructor {
  const Base = DecorationSet as unknown as SetConstructor;
  return class IndexedDecorationSet extends Base {
    override forChild(offset: number, node: PMNode): DecorationSet {
      const { local, children } = this as unknown as SetInternals;
      // decorations of the top level itself are rare (none of the extension's): ProseMirror handles those
      if (local.length > 0 || node.isLeaf)
        return DecorationSet.prototype.forChild.call(this, offset, node) as DecorationSet;
      let low = 0;
      let high = children.length / 3;
      while (low < high) {
        const middle = (low + high) >> 1;
        if ((children[middle * 3] as number) < offset) low = middle + 1;
        else high = middle;
      }
      return children[low * 3] === offset ? (children[low * 3 + 2] as DecorationSet) : DecorationSet.empty;
    }
  };
}
