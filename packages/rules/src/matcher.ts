import {
  type AcceptKind,
  type CompiledPattern,
  type CompiledSlot,
  compilePattern,
  exactKeysOf,
  leadingKeys,
} from './compile-pattern.ts';
import { isInnerWord } from './inner-words.ts';
import { possessiveHit, possessiveStem, stemIn } from './possessive.ts';
import { addPending, fillStarting, type Starting } from './starting.ts';
import type { Hit } from './resolve-hits.ts';
import type { MatcherInput, Token } from './matcher-types.ts';

export type { MatcherInput, Token } from './matcher-types.ts';

/** One pattern of a rule (by its number in the matcher) with the keys it can start with (null: any word), for `Matcher.matchRule`. */
interface RulePattern {
  index: number;
  /** Whether its last word may be read with a possessive ending (as `CompiledPattern.possessive`). */
  possessive: boolean;
  keys: Set<string> | null;
  /** The `=` keys of `keys` without their `=`, so a token's `exact` is looked up as it is. */
  exactKeys: Set<string> | null;
}

function tokenMatches(token: Token, key: string): boolean {
  return key.charCodeAt(0) === 61 /* = */ ? key.slice(1) === token.exact : key === token.lower;
}

/**
 * A compiled matcher: each pattern kept as a short list of word slots and indexed by the words it
 * can start with, so one pass over the text tries only the patterns that can match at each word.
 */
export class Matcher {
  /** Each pattern as written, by its number: compiled when first needed (`patternAt`). */
  private readonly written: Array<{
    rule: number;
    kind: AcceptKind;
    pattern: string;
    exact: boolean;
    inner: boolean;
    possessive: boolean;
  }> = [];
  private readonly compiled: Array<CompiledPattern | undefined> = [];
  private readonly byFirstKey = new Map<string, Starting>();
  /** The patterns under `=` keys (case-sensitive first words), by the word as written. */
  private readonly byFirstExact = new Map<string, Starting>();
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
        const index = this.written.length;
        const possessive = kind !== 'expansion' && input.possessives === true;
        this.written.push({
          rule: input.rule,
          kind,
          pattern,
          exact,
          inner: kind === 'match' && input.innerWords === true,
          possessive,
        });
        this.compiled.push(undefined);
        const keys = leadingKeys(pattern, exact);
        const entry = { index, possessive, keys, exactKeys: exactKeysOf(keys) };
        const own = this.byRule.get(input.rule);
        if (own) own.push(entry);
        else this.byRule.set(input.rule, [entry]);
        if (keys === null) {
          this.anyStart.push(this.patternAt(index));
          return;
        }
        for (const key of keys) {
          addPending(this.byFirstKey, key, index);
          if (key.charCodeAt(0) === 61 /* = */) addPending(this.byFirstExact, key.slice(1), index);
        }
      };
      for (const pattern of input.patterns) add('match', pattern, caseSensitive);
      for (const pattern of input.exceptions ?? []) add('exception', pattern, caseSensitive);
      // an expansion is ordinary words, whatever the acronym's case rule
      for (const pattern of input.expansions ?? []) add('expansion', pattern, false);
    }
  }

  /** Pattern number `index`, compiled (once) when first needed. */
  private patternAt(index: number): CompiledPattern {
    let pattern = this.compiled[index];
    if (pattern === undefined) {
      const {
        rule,
        kind,
        pattern: written,
        exact,
        inner,
        possessive,
      } = this.written[index] as Matcher['written'][number];
      pattern = compilePattern(rule, kind, written, exact, inner);
      if (possessive) pattern.possessive = true;
      this.compiled[index] = pattern;
    }
    return pattern;
  }

  /** The patterns starting with a key, compiled when the key is first met (in the order they were given). */
  private ready(starting: Starting | undefined): Starting | undefined {
    if (starting?.pending) fillStarting(starting, (index) => this.patternAt(index));
    return starting;
  }

  /**
   * Finds every match of every rule in a run of tokens (one sentence, or any text that matches
   * must not cross).
   */
  match(tokens: readonly Token[]): Hit[] {
    const hits: Hit[] = [];
    for (let first = 0; first < tokens.length; first += 1) {
      const token = tokens[first] as Token;
      const byLower = this.ready(this.byFirstKey.get(token.lower));
      const byExact = this.ready(this.byFirstExact.get(token.exact));
      const next = tokens[first + 1];
      if (byLower) this.matchStarting(byLower, tokens, first, next, hits);
      if (byExact) this.matchStarting(byExact, tokens, first, next, hits);
      // a one-word term with a possessive ending: only the patterns that can end here
      const stem = possessiveStem(token.lower);
      if (stem !== undefined) {
        this.matchEndingAt(this.ready(this.byFirstKey.get(stem)), tokens, first, hits);
        this.matchEndingAt(
          this.ready(this.byFirstExact.get(possessiveStem(token.exact) as string)),
          tokens,
          first,
          hits,
        );
      }
      for (const pattern of this.anyStart) this.matchAt(pattern, tokens, first, hits);
    }
    return hits;
  }

  /**
   * Tries the patterns starting with the word at `first`: those with no second-word test, and of
   * the others only those the next word can continue (looked up by that word, so the many
   * patterns starting with a common word are not each asked in turn). Each pattern is tried at
   * most once, as `secondMayMatch` would let it.
   */
  private matchStarting(
    starting: Starting,
    tokens: readonly Token[],
    first: number,
    next: Token | undefined,
    hits: Hit[],
  ): void {
    for (const pattern of starting.open) this.matchAt(pattern, tokens, first, hits);
    if (next === undefined || next.breakBefore) return;
    this.matchBySecond(starting, tokens, first, next, hits);
    // an inner word ("significant emotional harm"): the word after it may be the term's second
    const after = tokens[first + 2];
    if (isInnerWord(next.lower) && after !== undefined && !after.breakBefore)
      this.matchBySecond(starting, tokens, first, after, hits);
  }

  /** The patterns of `starting` that may end after their first word and read a possessive, tried at `first`. */
  private matchEndingAt(starting: Starting | undefined, tokens: readonly Token[], first: number, hits: Hit[]): void {
    if (starting)
      for (const pattern of starting.open) if (pattern.possessive) this.matchAt(pattern, tokens, first, hits);
  }

  private matchBySecond(starting: Starting, tokens: readonly Token[], first: number, next: Token, hits: Hit[]): void {
    const bySecond = starting.bySecond.get(next.lower);
    if (bySecond) for (const pattern of bySecond) this.matchAt(pattern, tokens, first, hits);
    const bySecondExact = starting.bySecondExact?.get(next.exact);
    if (bySecondExact)
      for (const pattern of bySecondExact)
        if (!(pattern.second as Set<string>).has(next.lower)) this.matchAt(pattern, tokens, first, hits);
    // the second word with a possessive ending, as the term's last ("a looked after child's care")
    const stem = possessiveStem(next.lower);
    if (stem === undefined) return;
    const byStem = starting.bySecond.get(stem);
    if (byStem) for (const pattern of byStem) if (pattern.possessive) this.matchAt(pattern, tokens, first, hits);
    const byStemExact = starting.bySecondExact?.get(possessiveStem(next.exact) as string);
    if (byStemExact)
      for (const pattern of byStemExact) if (pattern.possessive) this.matchAt(pattern, tokens, first, hits);
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
    const starts = this.startsOf(rule, own);
    for (let first = 0; first < tokens.length; first += 1) {
      const token = tokens[first] as Token;
      // most words start none of the rule's patterns
      if (
        starts !== null &&
        !starts.keys.has(token.lower) &&
        !starts.exactKeys.has(token.exact) &&
        !stemIn(starts.keys, starts.exactKeys, token)
      )
        continue;
      const next = tokens[first + 1];
      for (const { index, possessive, keys, exactKeys } of own) {
        if (
          keys !== null &&
          !keys.has(token.lower) &&
          !(exactKeys as Set<string>).has(token.exact) &&
          !(possessive && stemIn(keys, exactKeys, token))
        )
          continue;
        const pattern = this.patternAt(index);
        if (this.secondMayMatch(pattern, next, tokens[first + 2])) this.matchAt(pattern, tokens, first, hits);
      }
    }
    return hits;
  }

  /** Every key any pattern of a rule can start with, made when the rule is first matched alone. */
  private startsOf(rule: number, own: readonly RulePattern[]): { keys: Set<string>; exactKeys: Set<string> } | null {
    let starts = this.startsByRule.get(rule);
    if (starts === undefined) {
      const union = { keys: new Set<string>(), exactKeys: new Set<string>() };
      for (const { keys, exactKeys } of own) {
        if (keys === null) {
          this.startsByRule.set(rule, null);
          return null;
        }
        for (const key of keys) union.keys.add(key);
        for (const key of exactKeys as Set<string>) union.exactKeys.add(key);
      }
      starts = union;
      this.startsByRule.set(rule, starts);
    }
    return starts;
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
      for (const { index } of this.byRule.get(rule) ?? []) {
        if (this.written[index]?.kind !== 'match') continue;
        const pattern = this.patternAt(index);
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
  private secondMayMatch(pattern: CompiledPattern, next: Token | undefined, after: Token | undefined): boolean {
    const second = pattern.second;
    if (second === null) return true;
    if (next === undefined || next.breakBefore) return false;
    if (second.has(next.lower) || pattern.secondExact?.has(next.exact) === true) return true;
    // the term's last word with a possessive ending ("a looked after child's care")
    if (pattern.possessive && stemIn(second, pattern.secondExact, next)) return true;
    // past an inner word ("significant emotional harm"), as `matchStarting` looks
    if (!isInnerWord(next.lower)) return false;
    return (
      after !== undefined &&
      !after.breakBefore &&
      (second.has(after.lower) || pattern.secondExact?.has(after.exact) === true)
    );
  }

  private matchAt(pattern: CompiledPattern, tokens: readonly Token[], first: number, hits: Hit[]): void {
    this.walk(pattern, tokens, first, 0, first, first, first, -1, hits);
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
    inner: number,
    hits: Hit[],
  ): void {
    const slots = pattern.slots;
    if (slotIndex === slots.length) {
      if (position > first && spanEnd > spanStart) {
        const hit: Hit = {
          rule: pattern.rule,
          kind: pattern.kind,
          start: spanStart,
          end: spanEnd,
          fullStart: first,
          fullEnd: position,
        };
        if (inner !== -1) hit.inner = inner;
        hits.push(hit);
      }
      return;
    }
    const slot = slots[slotIndex] as CompiledSlot;
    const start = slot.spanOpens ? position : spanStart;
    if (slot.optional)
      this.walk(
        pattern,
        tokens,
        first,
        slotIndex + 1,
        position,
        start,
        slot.spanCloses ? position : spanEnd,
        inner,
        hits,
      );
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
        inner,
        hits,
      );
    } else if (
      pattern.possessive &&
      slotIndex === slots.length - 1 &&
      !slot.any &&
      stemIn(slot.single, slot.hasExact ? slot.exactSingle : null, token)
    ) {
      // the term's last word with a possessive ending ("a looked after child's care"): the match ends here
      const hit = possessiveHit(pattern, first, position, start, slot.spanCloses ? position + 1 : spanEnd, inner);
      if (hit) hits.push(hit);
    } else if (
      pattern.inner &&
      inner === -1 &&
      slot.spanCloses &&
      position > start &&
      !slot.any &&
      isInnerWord(token.lower)
    ) {
      // an inner word before the term's last word ("significant emotional harm"): one, read with the term
      const last = tokens[position + 1];
      if (
        last !== undefined &&
        !last.breakBefore &&
        (slot.single.has(last.lower) || (slot.hasExact && slot.exactSingle.has(last.exact)))
      )
        this.walk(pattern, tokens, first, slotIndex + 1, position + 2, start, position + 2, position, hits);
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
        this.walk(pattern, tokens, first, slotIndex + 1, after, start, slot.spanCloses ? after : spanEnd, inner, hits);
    }
  }
}
