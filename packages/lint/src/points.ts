// Where things stand in a note's text: a note's line and column for an offset, and whether findings cover a span.

type PointFinder = (offset: number) => { line: number; column: number; offset: number };

/** 1-based line and column (UTF-16 units) of an offset; CRLF counts as one line break. */
export function pointFinder(text: string): PointFinder {
  const lineStarts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lineStarts.push(index + 1);
  return (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((lineStarts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (lineStarts[low] as number) + 1, offset };
  };
}

/**
 * Whether any of `spans` overlaps `[from, to)`: the spans sorted by start with the furthest end so
 * far, so each question is one binary search (a long note can hold thousands of findings).
 */
export function coverIndex(spans: ReadonlyArray<{ from: number; to: number }>): (from: number, to: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.from - b.from);
  const reach: number[] = [];
  for (const span of sorted) reach.push(Math.max(span.to, reach.at(-1) ?? -1));
  return (from, to) => {
    // the last span starting before `to`
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((sorted[middle] as { from: number }).from < to) low = middle + 1;
      else high = middle;
    }
    return low > 0 && (reach[low - 1] as number) > from;
  };
}
