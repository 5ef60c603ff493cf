/**
 * normalize-strings' map (MIT, © Pablo Terradillos; see ../../LICENSE), as syllable uses it: each
 * accented or special Latin letter read as the plain letter it stands for ("é" as "e", "ø" as
 * "o"), any other character kept. Shipped as runs (generated/letters.ts, written by
 * scripts/build-syllable-letters.ts from the package): a gap in decimal, then the letters of the
 * code points that follow it one after another.
 */
import { letterRuns } from './generated/letters.ts';

/** The letter map as runs (used by the generator). */
export function encodeLetters(map: ReadonlyMap<number, string>): string {
  let out = '';
  let next = 0;
  for (const code of [...map.keys()].sort((a, b) => a - b)) {
    if (code !== next || out === '') out += String(code - next);
    out += map.get(code);
    next = code + 1;
  }
  return out;
}

/** The letter map from its runs. */
export function decodeLetters(encoded: string): Map<number, string> {
  const map = new Map<number, string>();
  let next = 0;
  for (const [, gap, letters] of encoded.matchAll(/(\d+)([A-Za-z]+)/g)) {
    next += Number(gap);
    for (const letter of letters as string) map.set(next++, letter);
  }
  return map;
}

let letters: Map<number, string> | undefined;

/** The text with each mapped character read as its plain letter. */
export function lettersOf(value: string): string {
  letters ??= decodeLetters(letterRuns);
  let out = '';
  for (let index = 0; index < value.length; index += 1)
    out += letters.get(value.charCodeAt(index)) ?? (value[index] as string);
  return out;
}
