/** A 1-based line and column; the column counts UTF-16 code units, like the diagnostic offsets. */
export interface LineColumn {
  line: number;
  column: number;
}

/**
 * Builds a function that turns a UTF-16 offset into text into a 1-based line and column.
 * `\r\n`, `\n` and a lone `\r` each end one line.
 *
 * @example
 * const locate = createLocator('Hi\r\nthere');
 * locate(4); // { line: 2, column: 1 }
 */
export function createLocator(text: string): (offset: number) => LineColumn {
  const lineStarts = [0];
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 13 /* \r */) {
      if (text.charCodeAt(index + 1) === 10 /* \n */) index++;
      lineStarts.push(index + 1);
    } else if (code === 10) {
      lineStarts.push(index + 1);
    }
  }

  return (offset) => {
    // Binary search for the last line that starts at or before the offset.
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((lineStarts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1 };
  };
}
