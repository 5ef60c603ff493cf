import type { CompiledPattern } from './compile-pattern.ts';

/**
 * The patterns that can start with one word: those that may go on with any word (`open`), and
 * the others by the keys their second word may have (see `CompiledPattern.second`). Filled when
 * the word is first met (`pending`: the patterns' numbers in the matcher, in order, until then):
 * most of the packs' patterns start with words a note never has, and are never compiled.
 */
export interface Starting {
  pending: number[] | null;
  open: CompiledPattern[];
  bySecond: Map<string, CompiledPattern[]>;
  bySecondExact: Map<string, CompiledPattern[]> | null;
}

/** Before a key's patterns are compiled (never written to: `fillStarting` gives each its own). */
const noneYet: Map<string, CompiledPattern[]> = new Map();

/** Notes pattern number `pattern` under `key`, to be compiled when the key is first met. */
export function addPending(index: Map<string, Starting>, key: string, pattern: number): void {
  const starting = index.get(key);
  if (starting) (starting.pending as number[]).push(pattern);
  else index.set(key, { pending: [pattern], open: [], bySecond: noneYet, bySecondExact: null });
}

/** Compiles a key's patterns (`patternAt`), in the order they were given, and indexes them. */
export function fillStarting(starting: Starting, patternAt: (index: number) => CompiledPattern): void {
  const pending = starting.pending as number[];
  starting.pending = null;
  starting.bySecond = new Map();
  for (const index of pending) addStarting(starting, patternAt(index));
}

function addStarting(starting: Starting, pattern: CompiledPattern): void {
  if (pattern.second === null) {
    starting.open.push(pattern);
    return;
  }
  for (const second of pattern.second) pushTo(starting.bySecond, second, pattern);
  if (pattern.secondExact) {
    starting.bySecondExact ??= new Map();
    for (const second of pattern.secondExact) pushTo(starting.bySecondExact, second, pattern);
  }
}

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
