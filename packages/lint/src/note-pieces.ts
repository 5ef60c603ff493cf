// The pieces a note is parsed in: the quick path (./note-sentences.ts) and the tree (./parse-note.ts)
// cut a note at the same places, so both read it alike.

/**
 * The English parser's work grows faster than the text on some shapes (lists without full stops,
 * dotted numbers, long joined words) and it recurses deeply enough on one very long "word" to
 * overflow the stack. So a note is parsed in pieces of at most this many characters, cut at a
 * paragraph break, else a sentence end, else a line break, else a comma, else a space; offsets stay those of the
 * whole note. A real sentence is far shorter than this, so real notes parse as one.
 */
export const pieceLength = 4000;

/**
 * Longer runs of characters without a space (a pasted blob, a joined "word" of thousands of parts)
 * are too long to check: they are left out of the parse, and the rest of the note is checked.
 * Real words and links are far shorter.
 */
export const maxTokenLength = 500;

const isSpace = (code: number): boolean =>
  code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x2028 || code === 0x2029 || code === 0x3000;

/** Runs of non-space characters longer than `maxTokenLength` (left out of the parse), found in one linear scan. */
export function longRuns(text: string): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let start = -1;
  for (let index = 0; index <= text.length; index += 1) {
    const space = index === text.length || isSpace(text.charCodeAt(index));
    if (!space && start === -1) start = index;
    else if (space && start !== -1) {
      if (index - start > maxTokenLength) runs.push([start, index]);
      start = -1;
    }
  }
  return runs;
}

const paragraphBreak = /\n[^\S\n]*\n\s*/g;
const sentenceEnd = /[.!?]["'\u201d\u2019)\]]*\s+/g;
const lineBreak = /\n\s*/g;
// phrases never run over a comma, semicolon or colon: cutting after one splits no finding
const clauseEnd = /[,;:)\]]\s+/g;
const space = /\s+/g;

/** The end of the last match of `pattern` in `text[from, to)` that ends after `after`, or -1. */
function lastBoundary(pattern: RegExp, text: string, from: number, to: number, after: number): number {
  const window = text.slice(from, to);
  pattern.lastIndex = 0;
  let found = -1;
  for (let match = pattern.exec(window); match; match = pattern.exec(window)) {
    const end = from + match.index + match[0].length;
    if (end > after && end < to) found = end;
  }
  return found;
}

/**
 * Where to cut `text[from, end)` into pieces: each at most `pieceLength` long, cut at the best
 * boundary in the second half of the window. Returns the cut offsets and whether each was a
 * paragraph break.
 */
function cuts(text: string, from: number, end: number): Array<{ at: number; paragraph: boolean }> {
  const result: Array<{ at: number; paragraph: boolean }> = [];
  let start = from;
  while (end - start > pieceLength) {
    const limit = start + pieceLength;
    const after = start + (pieceLength >> 1);
    let at = lastBoundary(paragraphBreak, text, start, limit, after);
    if (at === -1) at = lastBoundary(sentenceEnd, text, start, limit, after);
    if (at === -1) at = lastBoundary(lineBreak, text, start, limit, after);
    if (at === -1) at = lastBoundary(clauseEnd, text, start, limit, after);
    if (at === -1) at = lastBoundary(space, text, start, limit, start);
    // no space at all: runs longer than `maxTokenLength` were taken out, so this cannot happen;
    // cut anyway rather than loop
    if (at === -1) at = limit;
    // the parser ends a paragraph at a line break after a sentence: a cut at any line break starts
    // a new one, a cut at spaces within a line continues the paragraph
    let spaceStart = at;
    while (spaceStart > start && isSpace(text.charCodeAt(spaceStart - 1))) spaceStart -= 1;
    result.push({ at, paragraph: text.slice(spaceStart, at).includes('\n') });
    start = at;
  }
  return result;
}

/** One piece of a note parsed on its own: `[from, to)`, and whether it continues the paragraph before it. */
export interface NotePiece {
  from: number;
  to: number;
  /** Cut inside a paragraph: the piece's first paragraph continues the last one before it. */
  continues: boolean;
}

/** The pieces a note is parsed in (see `pieceLength`), in order, leaving out the `skipped` runs. */
export function notePieces(text: string, skipped: ReadonlyArray<[number, number]>): NotePiece[] {
  const pieces: NotePiece[] = [];
  let start = 0;
  for (const [runStart, runEnd] of [...skipped, [text.length, text.length] as [number, number]]) {
    let continues = false;
    for (const cut of cuts(text, start, runStart)) {
      pieces.push({ from: start, to: cut.at, continues });
      // the parser ends a paragraph at a line break after a sentence: a cut at any line break
      // starts a new one, a cut at spaces within a line continues the paragraph
      continues = !cut.paragraph;
      start = cut.at;
    }
    if (runStart > start) pieces.push({ from: start, to: runStart, continues });
    start = runEnd;
  }
  return pieces;
}

/** Runs steps to the end and returns what they give. */
export function finish<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
