/**
 * parse-latin's Unicode character classes, shipped as runs (generated/classes.ts, written by
 * scripts/build-parser-classes.ts from the package's own expressions) instead of its expressions,
 * which spell every class out in `\uXXXX` escapes and were a tenth of the engine's bundle. Each run
 * is a class letter (`A` for class 0, `B` for 1…) and its length in base 36; runs follow each other
 * from code point 0.
 */
import { lowerInitialRuns, numericalRuns, tokenRuns } from './generated/classes.ts';

const runPattern = /([A-Z])([0-9a-z]+)/g;

/** Values by code point as runs (used by the generator). */
export function encodeRuns(values: readonly number[]): string {
  let out = '';
  for (let start = 0; start < values.length; ) {
    const value = values[start] as number;
    let end = start + 1;
    while (end < values.length && values[end] === value) end += 1;
    out += String.fromCharCode(65 + value) + (end - start).toString(36);
    start = end;
  }
  return out;
}

/** Each run's first code point and class, in order. */
function decodeRuns(encoded: string): { starts: number[]; values: number[] } {
  const starts: number[] = [];
  const values: number[] = [];
  let at = 0;
  for (const [, letter, length] of encoded.matchAll(runPattern)) {
    starts.push(at);
    values.push((letter as string).charCodeAt(0) - 65);
    at += Number.parseInt(length as string, 36);
  }
  return { starts, values };
}

/** The class of a code point in decoded runs (binary search for its run). */
function classIn(runs: { starts: number[]; values: number[] }, point: number): number {
  let low = 0;
  let high = runs.starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((runs.starts[middle] as number) <= point) low = middle;
    else high = middle - 1;
  }
  return runs.values[low] ?? 0;
}

/** The token class of a UTF-16 unit in `encoded` runs, without caching (used by the generator). */
export function tokenClassOf(code: number, encoded: string): number {
  return classIn(decodeRuns(encoded), code);
}

export const surrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdfff;

let tokenTable: Uint8Array | undefined;

/**
 * The class parse-latin's tokenizer gives one UTF-16 unit (its `whiteSpace`, `punctuation` and
 * `word` expressions, tested in that order): 0 word, 1 white space, 2 punctuation, 3 symbol.
 */
export function tokenClass(code: number): number {
  if (!tokenTable) {
    tokenTable = new Uint8Array(0x10000);
    const { starts, values } = decodeRuns(tokenRuns);
    for (let index = 0; index < starts.length; index += 1)
      tokenTable.fill(values[index] as number, starts[index], starts[index + 1] ?? 0x10000);
  }
  return tokenTable[code] as number;
}

type Runs = { starts: number[]; values: number[] };
let lowerInitial: Runs | undefined;
let numerical: Runs | undefined;

/** parse-latin's `lowerInitial`: whether a text starts with a lower-case letter. */
export function startsLowerCase(value: string): boolean {
  const point = value.codePointAt(0);
  if (point === undefined) return false;
  lowerInitial ??= decodeRuns(lowerInitialRuns);
  return classIn(lowerInitial, point) === 1;
}

/** parse-latin's `numerical`: whether a text is all digits and numbers (and not empty). */
export function isNumerical(value: string): boolean {
  if (value === '') return false;
  numerical ??= decodeRuns(numericalRuns);
  for (let index = 0; index < value.length; ) {
    const point = value.codePointAt(index) as number;
    if (classIn(numerical, point) !== 1) return false;
    index += point > 0xffff ? 2 : 1;
  }
  return true;
}
