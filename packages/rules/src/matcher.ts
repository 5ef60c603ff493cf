import { ANY, expandPattern, parseSlots, type Step } from './pattern.ts';

/** A word of the text being matched. Hyphenated words arrive as one token per part. */
export interface Token {
  /** Lower-cased, straight-apostrophe form. */
  lower: string;
  /** The word as written, with straight apostrophes (for case-sensitive rules). */
  exact: string;
  /** UTF-16 offsets into the text. */
  start: number;
  end: number;
  /** True when punctuation other than a hyphen separates this word from the previous one. */
  breakBefore: boolean;
}

/** What reaching a trie node means. */
export type AcceptKind = 'match' | 'exception' | 'expansion';

function describe(steps: Step[]): string {
  return steps.map((step) => (step === ANY ? '*' : step.replace(/^=/, ''))).join(' ');
}

/** One slot of a compiled pattern: the words that may stand there. */
interface CompiledSlot {
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

interface CompiledPattern {
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

/** One place a rule's pattern matched, in token indices (end exclusive). */
export interface Hit {
  rule: number;
  kind: AcceptKind;
  /** The flagged span. */
  start: number;
  end: number;
  /** The whole matched sequence, context included. */
  fullStart: number;
  fullEnd: number;
}

/** Patterns of one rule to compile; `rule` is the caller's index for it. */
export interface MatcherInput {
  rule: number;
  patterns: string[];
  exceptions?: string[];
  expansions?: string[];
  caseSensitive?: boolean;
}

/** Reported by `findPhraseClashes` when two rules compile to the same word sequence. */
export interface PhraseClash {
  rule: number;
  otherRule: number;
  phrase: string;
}

function compilePattern(rule: number, kind: AcceptKind, pattern: string, caseSensitive: boolean): CompiledPattern {
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
function firstKeys(pattern: CompiledPattern): Set<string> | null {
  const keys = new Set<string>();
  for (const slot of pattern.slots) {
    if (slot.any) return null;
    for (const key of slot.single) keys.add(key);
    for (const sequence of slot.multi) keys.add(sequence[0] as string);
    if (!slot.optional) return keys;
  }
  return keys;
}

/** One pattern of a rule with the keys it can start with (null: any word), for `Matcher.matchRule`. */
interface RulePattern {
  pattern: CompiledPattern;
  keys: Set<string> | null;
  /** The `=` keys of `keys` without their `=`, so a token's `exact` is looked up as it is. */
  exactKeys: Set<string> | null;
}

function exactKeysOf(keys: Set<string> | null): Set<string> | null {
  if (keys === null) return null;
  const exact = new Set<string>();
  for (const key of keys) if (key.charCodeAt(0) === 61 /* = */) exact.add(key.slice(1));
  return exact;
}

function tokenMatches(token: Token, key: string): boolean {
  return key.charCodeAt(0) === 61 /* = */ ? key.slice(1) === token.exact : key === token.lower;
}

/**
 * A compiled matcher: each pattern kept as a short list of word slots and indexed by the words it
 * can start with, so one pass over the text tries only the patterns that can match at each word.
 */
export class Matcher {
  private readonly byFirstKey = new Map<string, CompiledPattern[]>();
  /** The patterns under `=` keys (case-sensitive first words), by the word as written. */
  private readonly byFirstExact = new Map<string, CompiledPattern[]>();
  private readonly anyStart: CompiledPattern[] = [];
  /** Each rule's patterns with the keys they can start with (null: any word), for `matchRule`. */
  private readonly byRule = new Map<number, RulePattern[]>();
  /** Every key any pattern of a rule can start with (null: some pattern starts with any word), split like `RulePattern`. */
  private readonly startsByRule = new Map<number, { keys: Set<string>; exactKeys: Set<string> } | null>();

  private readonly wordsByRule = new Map<number, Set<string> | null>();

  constructor(inputs: MatcherInput[]) {
    for (const input of inputs) {
      const caseSensitive = input.caseSensitive ?? false;
      const add = (kind: AcceptKind, pattern: string, exact: boolean): void => {
        const compiled = compilePattern(input.rule, kind, pattern, exact);
        const keys = firstKeys(compiled);
        const entry = { pattern: compiled, keys, exactKeys: exactKeysOf(keys) };
        const own = this.byRule.get(input.rule);
        if (own) own.push(entry);
        else this.byRule.set(input.rule, [entry]);
        const starts = this.startsByRule.get(input.rule);
        if (keys === null) this.startsByRule.set(input.rule, null);
        else if (starts !== null) {
          const union = starts ?? { keys: new Set<string>(), exactKeys: new Set<string>() };
          for (const key of keys) union.keys.add(key);
          for (const key of entry.exactKeys ?? []) union.exactKeys.add(key);
          this.startsByRule.set(input.rule, union);
        }
        if (keys === null) {
          this.anyStart.push(compiled);
          return;
        }
        for (const key of keys) {
          const list = this.byFirstKey.get(key);
          if (list) list.push(compiled);
          else this.byFirstKey.set(key, [compiled]);
          if (key.charCodeAt(0) !== 61 /* = */) continue;
          const exact = this.byFirstExact.get(key.slice(1));
          if (exact) exact.push(compiled);
          else this.byFirstExact.set(key.slice(1), [compiled]);
        }
      };
      for (const pattern of input.patterns) add('match', pattern, caseSensitive);
      for (const pattern of input.exceptions ?? []) add('exception', pattern, caseSensitive);
      // an expansion is ordinary words, whatever the acronym's case rule
      for (const pattern of input.expansions ?? []) add('expansion', pattern, false);
    }
  }

  /**
   * Finds every match of every rule in a run of tokens (one sentence, or any text that matches
   * must not cross).
   */
  match(tokens: readonly Token[]): Hit[] {
    const hits: Hit[] = [];
    for (let first = 0; first < tokens.length; first += 1) {
      const token = tokens[first] as Token;
      const byLower = this.byFirstKey.get(token.lower);
      const byExact = this.byFirstExact.get(token.exact);
      const next = tokens[first + 1];
      if (byLower)
        for (const pattern of byLower)
          if (this.secondMayMatch(pattern, next)) this.matchAt(pattern, tokens, first, hits);
      if (byExact)
        for (const pattern of byExact)
          if (this.secondMayMatch(pattern, next)) this.matchAt(pattern, tokens, first, hits);
      for (const pattern of this.anyStart) this.matchAt(pattern, tokens, first, hits);
    }
    return hits;
  }

  /**
   * The matches of one rule's patterns only (its exceptions and expansions included), as `match`
   * finds them for that rule: enough to ask whether that rule flags some words, at a fraction of
   * the cost of trying every rule.
   */
  matchRule(tokens: readonly Token[], rule: number): Hit[] {
    const hits: Hit[] = [];
    const own = this.byRule.get(rule);
    if (!own) return hits;
    const starts = this.startsByRule.get(rule) ?? null;
    for (let first = 0; first < tokens.length; first += 1) {
      const token = tokens[first] as Token;
      // most words start none of the rule's patterns
      if (starts !== null && !starts.keys.has(token.lower) && !starts.exactKeys.has(token.exact)) continue;
      const next = tokens[first + 1];
      for (const { pattern, keys, exactKeys } of own)
        if (
          (keys === null || keys.has(token.lower) || (exactKeys as Set<string>).has(token.exact)) &&
          this.secondMayMatch(pattern, next)
        )
          this.matchAt(pattern, tokens, first, hits);
    }
    return hits;
  }

  /**
   * Every word key (`lower`, or `=Exact` for case-sensitive words) a flagged span of `rule` can be
   * made of, or null when one of its patterns has a slot for any word. A token outside this set
   * can never lie inside one of the rule's findings.
   */
  ruleWords(rule: number): ReadonlySet<string> | null {
    let words = this.wordsByRule.get(rule);
    if (words === undefined) {
      words = new Set<string>();
      for (const { pattern } of this.byRule.get(rule) ?? []) {
        if (pattern.kind !== 'match') continue;
        for (const slot of pattern.slots) {
          if (slot.any) {
            words = null;
            break;
          }
          for (const key of slot.single) words.add(key);
          for (const sequence of slot.multi) for (const key of sequence) words.add(key);
        }
        if (words === null) break;
      }
      this.wordsByRule.set(rule, words);
    }
    return words;
  }

  /** False when the word after the first cannot be the pattern's second word (see `CompiledPattern.second`). */
  private secondMayMatch(pattern: CompiledPattern, next: Token | undefined): boolean {
    const second = pattern.second;
    if (second === null) return true;
    if (next === undefined || next.breakBefore) return false;
    return second.has(next.lower) || pattern.secondExact?.has(next.exact) === true;
  }

  private matchAt(pattern: CompiledPattern, tokens: readonly Token[], first: number, hits: Hit[]): void {
    this.walk(pattern, tokens, first, 0, first, first, first, hits);
  }

  /** Depth-first over the slots from `position`; a method, not a closure, to keep the hot path allocation-free. */
  private walk(
    pattern: CompiledPattern,
    tokens: readonly Token[],
    first: number,
    slotIndex: number,
    position: number,
    spanStart: number,
    spanEnd: number,
    hits: Hit[],
  ): void {
    const slots = pattern.slots;
    if (slotIndex === slots.length) {
      if (position > first && spanEnd > spanStart) {
        hits.push({
          rule: pattern.rule,
          kind: pattern.kind,
          start: spanStart,
          end: spanEnd,
          fullStart: first,
          fullEnd: position,
        });
      }
      return;
    }
    const slot = slots[slotIndex] as CompiledSlot;
    const start = slot.spanOpens ? position : spanStart;
    if (slot.optional)
      this.walk(pattern, tokens, first, slotIndex + 1, position, start, slot.spanCloses ? position : spanEnd, hits);
    const token = tokens[position];
    if (!token || (position > first && token.breakBefore)) return;
    if (slot.any || slot.single.has(token.lower) || (slot.hasExact && slot.exactSingle.has(token.exact))) {
      this.walk(
        pattern,
        tokens,
        first,
        slotIndex + 1,
        position + 1,
        start,
        slot.spanCloses ? position + 1 : spanEnd,
        hits,
      );
    }
    for (const sequence of slot.multi) {
      let matched = true;
      for (let offset = 0; offset < sequence.length; offset += 1) {
        const next = tokens[position + offset];
        if (
          !next ||
          (position + offset > first && next.breakBefore) ||
          !tokenMatches(next, sequence[offset] as string)
        ) {
          matched = false;
          break;
        }
      }
      const after = position + sequence.length;
      if (matched)
        this.walk(pattern, tokens, first, slotIndex + 1, after, start, slot.spanCloses ? after : spanEnd, hits);
    }
  }
}

/**
 * Finds phrases that two rules both match (every expanded word sequence, compared with its
 * flagged span). Used when validating rule sets, not on the hot path.
 */
export function findPhraseClashes(inputs: MatcherInput[]): PhraseClash[] {
  const owners = new Map<string, number>();
  const clashes: PhraseClash[] = [];
  for (const input of inputs) {
    for (const pattern of input.patterns) {
      for (const sequence of expandPattern(pattern, input.caseSensitive ?? false)) {
        const key = `${sequence.spanStart}:${sequence.spanEnd}:${sequence.steps.map((step) => (step === ANY ? '*' : step)).join('\u0001')}`;
        const owner = owners.get(key);
        if (owner === undefined) owners.set(key, input.rule);
        else if (owner !== input.rule)
          clashes.push({ rule: input.rule, otherRule: owner, phrase: describe(sequence.steps) });
      }
    }
  }
  return clashes;
}

/**
 * Drops matches that fall inside one of their rule's exceptions, and repeated matches of one rule
 * over the same words (keeping the longest), returning flagged hits in text order.
 */
export function resolveHits(hits: readonly Hit[]): Hit[] {
  // each rule's exceptions sorted by start, with the furthest end reached so far: a match is
  // excepted when the last exception starting at or before it reaches its end (a binary search)
  const exceptions = new Map<number, { starts: number[]; reach: number[] }>();
  for (const hit of [...hits].filter((one) => one.kind === 'exception').sort((a, b) => a.fullStart - b.fullStart)) {
    let rule = exceptions.get(hit.rule);
    if (!rule) {
      rule = { starts: [], reach: [] };
      exceptions.set(hit.rule, rule);
    }
    rule.starts.push(hit.fullStart);
    rule.reach.push(Math.max(hit.fullEnd, rule.reach.at(-1) ?? -1));
  }
  const excepted = (hit: Hit): boolean => {
    const rule = exceptions.get(hit.rule);
    if (!rule) return false;
    let low = 0;
    let high = rule.starts.length - 1;
    if ((rule.starts[0] as number) > hit.start) return false;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((rule.starts[middle] as number) <= hit.start) low = middle;
      else high = middle - 1;
    }
    return (rule.reach[low] as number) >= hit.end;
  };
  const matches = hits.filter((hit) => hit.kind === 'match' && !excepted(hit));
  matches.sort((a, b) => a.start - b.start || b.end - a.end || a.rule - b.rule);
  // in start order, a match overlaps a kept one of its rule exactly when it starts before the
  // furthest end kept for that rule
  const keptEnd = new Map<number, number>();
  const kept: Hit[] = [];
  for (const hit of matches) {
    if (hit.start < (keptEnd.get(hit.rule) ?? -1)) continue;
    kept.push(hit);
    keptEnd.set(hit.rule, Math.max(hit.end, keptEnd.get(hit.rule) ?? -1));
  }
  return kept;
}
