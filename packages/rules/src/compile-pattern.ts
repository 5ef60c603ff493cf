import { ANY, parseSlots } from './pattern.ts';

/** What reaching a trie node means. */
export type AcceptKind = 'match' | 'exception' | 'expansion';

/** One slot of a compiled pattern: the words that may stand there. */
export interface CompiledSlot {
  /** One-word alternatives, by trie key. */
  single: Set<string>;
  /** Alternatives of two or more words (a hyphenated word split at its hyphens). */
  multi: string[][];
  any: boolean;
  /** Some one-word alternatives must match letter case exactly (keys starting `=`). */
  hasExact: boolean;
  /** Those alternatives without their `=`, so a token's `exact` is looked up as it is. */
  exactSingle: Set<string>;
  optional: boolean;
  spanOpens: boolean;
  spanCloses: boolean;
}

export interface CompiledPattern {
  rule: number;
  kind: AcceptKind;
  slots: CompiledSlot[];
  /**
   * When the first slot takes exactly one word and the second slot is required: the keys the word
   * after the first must have (`=` keys without their `=` in `secondExact`), a quick "no" before the
   * walk. Null when the pattern gives no such test.
   */
  second: Set<string> | null;
  secondExact: Set<string> | null;
}

/** The second word's keys for `CompiledPattern.second` (see there), or null. */
function secondKeys(slots: CompiledSlot[]): { second: Set<string>; secondExact: Set<string> } | null {
  const [first, next] = slots;
  if (!first || !next || first.optional || first.any || first.multi.length > 0) return null;
  if (next.optional || next.any) return null;
  const second = new Set<string>();
  const secondExact = new Set<string>();
  const add = (key: string): void => {
    if (key.charCodeAt(0) === 61 /* = */) secondExact.add(key.slice(1));
    else second.add(key);
  };
  for (const key of next.single) add(key);
  for (const sequence of next.multi) add(sequence[0] as string);
  return { second, secondExact };
}

/** Compiles one pattern of a rule into word slots. */
export function compilePattern(
  rule: number,
  kind: AcceptKind,
  pattern: string,
  caseSensitive: boolean,
): CompiledPattern {
  const slots = parseSlots(pattern, caseSensitive).map((slot): CompiledSlot => {
    const compiled: CompiledSlot = {
      single: new Set(),
      multi: [],
      any: false,
      hasExact: false,
      exactSingle: new Set(),
      optional: false,
      spanOpens: slot.spanOpens,
      spanCloses: slot.spanCloses,
    };
    for (const option of slot.options) {
      if (option.length === 0) compiled.optional = true;
      else if (option.length === 1 && option[0] === ANY) compiled.any = true;
      else if (option.length === 1) {
        compiled.single.add(option[0] as string);
        if ((option[0] as string).startsWith('=')) {
          compiled.hasExact = true;
          compiled.exactSingle.add((option[0] as string).slice(1));
        }
      } else compiled.multi.push(option as string[]);
    }
    return compiled;
  });
  if (!slots.some((slot) => slot.spanOpens)) {
    (slots[0] as CompiledSlot).spanOpens = true;
    (slots.at(-1) as CompiledSlot).spanCloses = true;
  }
  const keys = secondKeys(slots);
  const secondExact = keys && keys.secondExact.size > 0 ? keys.secondExact : null;
  return { rule, kind, slots, second: keys?.second ?? null, secondExact };
}

/** The trie keys a pattern can start with, or null when it can start with any word. */
export function firstKeys(pattern: CompiledPattern): Set<string> | null {
  const keys = new Set<string>();
  for (const slot of pattern.slots) {
    if (slot.any) return null;
    for (const key of slot.single) keys.add(key);
    for (const sequence of slot.multi) keys.add(sequence[0] as string);
    if (!slot.optional) return keys;
  }
  return keys;
}

/** The `=` keys of `keys` without their `=` (null stays null). */
export function exactKeysOf(keys: Set<string> | null): Set<string> | null {
  if (keys === null) return null;
  const exact = new Set<string>();
  for (const key of keys) if (key.charCodeAt(0) === 61 /* = */) exact.add(key.slice(1));
  return exact;
}
