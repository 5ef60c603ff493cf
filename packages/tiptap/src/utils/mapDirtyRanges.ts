import type { Transaction } from '@tiptap/pm/state';

type Range = { from: number; to: number };

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
