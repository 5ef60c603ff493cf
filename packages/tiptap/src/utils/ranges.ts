import type { Transaction } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

// Document ranges: what an edit changed, what is still to check, what is on screen.

export interface Range {
  from: number;
  to: number;
}

/** The ranges a transaction changed, in the new document's positions. */
export function collectChangedRanges(tr: Transaction): Range[] {
  const ranges: Range[] = [];
  const maps = tr.mapping.maps;
  maps.forEach((stepMap, index) => {
    const rest = tr.mapping.slice(index + 1);
    stepMap.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
      ranges.push({ from: rest.map(newStart, -1), to: rest.map(newEnd, 1) });
    });
  });
  return ranges;
}

/**
 * Carries the ranges still to be re-linted through a transaction and adds the ones it changed,
 * merging overlaps so the list stays as short as the number of places edited.
 */
export function mapDirtyRanges(dirty: readonly Range[], tr: Transaction, changed: readonly Range[]): Range[] {
  const all = dirty
    .map(({ from, to }) => ({ from: tr.mapping.map(from, -1), to: tr.mapping.map(to, 1) }))
    .concat(changed)
    .sort((a, b) => a.from - b.from);
  const merged: Range[] = [];
  for (const range of all) {
    const last = merged[merged.length - 1];
    if (last && range.from <= last.to) last.to = Math.max(last.to, range.to);
    else merged.push({ ...range });
  }
  return merged;
}

/**
 * Blocks as document ranges inside their content (so the one-position widening of
 * `findTextblocks` does not reach the block before), neighbouring blocks merged into one range.
 */
export function toRanges(blocks: ReadonlyArray<{ pos: number; end: number }>): Range[] {
  const ranges: Array<Range & { end: number }> = [];
  for (const { pos, end } of [...blocks].sort((a, b) => a.pos - b.pos)) {
    const last = ranges[ranges.length - 1];
    if (last && last.end === pos) {
      last.to = end - 1;
      last.end = end;
    } else {
      ranges.push({ from: pos + 1, to: end - 1, end });
    }
  }
  return ranges.map(({ from, to }) => ({ from, to }));
}

/**
 * The document range on screen, or `null` when that cannot be told (no layout, or the editor is
 * scrolled out of view). Only an ordering hint: every block is checked either way.
 */
export function visibleRange(view: EditorView): Range | null {
  try {
    const box = view.dom.getBoundingClientRect();
    const top = Math.max(box.top, 0);
    const bottom = Math.min(box.bottom, window.innerHeight);
    if (bottom <= top || box.width === 0) return null;
    const left = box.left + Math.min(box.width / 2, 40);
    const from = view.posAtCoords({ left, top: top + 1 })?.pos;
    const to = view.posAtCoords({ left, top: bottom - 1 })?.pos;
    return from === undefined || to === undefined ? null : { from: Math.min(from, to), to: Math.max(from, to) };
  } catch {
    return null;
  }
}

/**
 * Blocks in document order, reordered to start at the first one that reaches `range` (on screen):
 * those from there on first, then those before.
 */
export function inViewFirst<Block>(blocks: readonly Block[], range: Range, endOf: (block: Block) => number): Block[] {
  const firstShown = blocks.findIndex((block) => endOf(block) >= range.from);
  if (firstShown <= 0) return [...blocks];
  return [...blocks.slice(firstShown), ...blocks.slice(0, firstShown)];
}
