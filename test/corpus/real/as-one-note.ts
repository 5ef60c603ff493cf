// The measures' second reading of a dev file (the lead's ruling, thirty-fourth session): each document's items read as
// one note, the way a host lints a letter or a page, so a sentence is read with the sentences around it (whom the page
// is written to, `reader: family`). Consecutive items with the same `doc` are joined with a blank line between; each
// finding is given back to the item its start lies in, its offsets made the item's own. A finding that starts in the
// blank line between two items (none should) is dropped.

/** A finding with offsets into the text it was found in. */
export interface Spanned {
  from: number;
  to: number;
}

const gap = '\n\n';

/** Groups items into documents: runs of consecutive items with the same `doc` (an item with none stands alone). */
export function documentRuns<T extends { doc?: string }>(items: readonly T[]): T[][] {
  const runs: T[][] = [];
  let last: string | undefined;
  for (const item of items) {
    const run = runs.at(-1);
    if (run && item.doc !== undefined && item.doc === last) run.push(item);
    else runs.push([item]);
    last = item.doc;
  }
  return runs;
}

/**
 * Lints each document's items as one note and returns every item's findings, in the items' order, with offsets into
 * the item's own text (as linting the item alone would give them).
 */
export function lintAsOneNote<T extends { text: string; doc?: string }, F extends Spanned>(
  items: readonly T[],
  lint: (text: string) => F[],
): F[][] {
  const result: F[][] = [];
  for (const run of documentRuns(items)) {
    const starts: number[] = [];
    let at = 0;
    for (const item of run) {
      starts.push(at);
      at += item.text.length + gap.length;
    }
    const perItem: F[][] = run.map(() => []);
    for (const finding of lint(run.map((item) => item.text).join(gap))) {
      const index = starts.findLastIndex((start) => start <= finding.from);
      const start = starts[index] ?? 0;
      const item = run[index];
      if (!item || finding.from >= start + item.text.length) continue;
      perItem[index]?.push({
        ...finding,
        from: finding.from - start,
        to: Math.min(finding.to - start, item.text.length),
      });
    }
    result.push(...perItem);
  }
  return result;
}
