import { ANY, parseSlots, slotOptionsOf } from './pattern.ts';

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
   * The keys the word after the first must have in any match (`=` keys without their `=` in
   * `secondExact`), a quick "no" before the walk: every way of reading the first word, through
   * optional slots and into a many-word alternative, is followed to the word that must come next.
   * Null when the pattern gives no such test (it can end after one word, or a wildcard may follow).
   */
  second: Set<string> | null;
  secondExact: Set<string> | null;
  /** Whether a word of the closed inner list may stand before the flagged words' last word (`isInnerWord`). */
  inner: boolean;
  /** Whether the pattern's last word may be read with a possessive ending (`possessiveStem`); set by the matcher. */
  possessive?: boolean;
}

/**
 * The keys of `CompiledPattern.second` (see there), or null: the slots the first word can fill
 * (the first and any after optional ones), then for each the keys that can come next.
 */
function secondKeys(slots: CompiledSlot[]): { second: Set<string>; secondExact: Set<string> } | null {
  const second = new Set<string>();
  const secondExact = new Set<string>();
  const add = (key: string): void => {
    if (key.charCodeAt(0) === 61 /* = */) secondExact.add(key.slice(1));
    else second.add(key);
  };
  /** Adds the keys that can start at slot `from` (through optional slots); false when the pattern may end there or take any word. */
  const addStartingAt = (from: number): boolean => {
    for (let index = from; ; index += 1) {
      const slot = slots[index];
      if (!slot || slot.any) return false;
      for (const key of slot.single) add(key);
      for (const sequence of slot.multi) add(sequence[0] as string);
      if (!slot.optional) return true;
    }
  };
  for (let index = 0; ; index += 1) {
    const slot = slots[index];
    if (!slot || slot.any) return null;
    // a one-word alternative here: the next word starts the slots after it
    if (slot.single.size > 0 && !addStartingAt(index + 1)) return null;
    // a many-word alternative: the next word is its second
    for (const sequence of slot.multi) add(sequence[1] as string);
    if (!slot.optional) return { second, secondExact };
  }
}

/** Compiles one pattern of a rule into word slots. */
export function compilePattern(
  rule: number,
  kind: AcceptKind,
  pattern: string,
  caseSensitive: boolean,
  inner = false,
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
  return { rule, kind, slots, second: keys?.second ?? null, secondExact, inner };
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

/**
 * `firstKeys(compilePattern(…, pattern, caseSensitive))`, reading only the pattern's first slots (through
 * optional ones): a matcher indexes every pattern by these and compiles one when a word it can start with is
 * first met (most patterns never are in a note).
 */
export function leadingKeys(pattern: string, caseSensitive: boolean): Set<string> | null {
  const keys = new Set<string>();
  for (const token of pattern.trim().split(/\s+/)) {
    if (token.length === 0) continue;
    const options = slotOptionsOf(token, caseSensitive);
    let optional = false;
    for (const option of options) {
      if (option.length === 0) optional = true;
      else if (option.length === 1 && option[0] === ANY) return null;
      else if (option.length === 1) keys.add(option[0] as string);
    }
    for (const option of options) if (option.length > 1) keys.add(option[0] as string);
    if (!optional) return keys;
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
