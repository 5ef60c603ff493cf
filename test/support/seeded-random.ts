/**
 * mulberry32: a small, fast seeded generator of numbers in [0, 1), so a seed gives the same draw on every
 * machine (the fuzz cases, the bench's generated notes, the fix-reading samples).
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}
