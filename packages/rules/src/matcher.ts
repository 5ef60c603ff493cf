import { ANY, expandPattern, normaliseWord, type Step } from './pattern.ts';

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

interface Accept {
  rule: number;
  kind: AcceptKind;
  spanStart: number;
  spanEnd: number;
  length: number;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  any: TrieNode | undefined;
  accepts: Accept[] | undefined;
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

/** Reported by `compileMatcher` when two rules compile to the same word sequence. */
export interface PhraseClash {
  rule: number;
  otherRule: number;
  phrase: string;
}

const newNode = (): TrieNode => ({ next: new Map(), any: undefined, accepts: undefined });

function describe(steps: Step[]): string {
  return steps.map((step) => (step === ANY ? '*' : step.replace(/^=/, ''))).join(' ');
}

/**
 * A compiled matcher: all rule phrases in one trie, matched in a single pass over the words.
 */
export class Matcher {
  private readonly root: TrieNode = newNode();
  /** Duplicate phrases found while compiling (a validation error for rule packs). */
  readonly clashes: PhraseClash[] = [];

  constructor(inputs: MatcherInput[]) {
    for (const input of inputs) {
      const caseSensitive = input.caseSensitive ?? false;
      for (const pattern of input.patterns) this.insert(input.rule, 'match', pattern, caseSensitive);
      for (const pattern of input.exceptions ?? []) this.insert(input.rule, 'exception', pattern, caseSensitive);
      // an expansion is ordinary words, whatever the acronym's case rule
      for (const pattern of input.expansions ?? []) this.insert(input.rule, 'expansion', pattern, false);
    }
  }

  private insert(rule: number, kind: AcceptKind, pattern: string, caseSensitive: boolean): void {
    for (const sequence of expandPattern(pattern, caseSensitive)) {
      let node = this.root;
      for (const step of sequence.steps) {
        if (step === ANY) {
          node.any ??= newNode();
          node = node.any;
        } else {
          let child = node.next.get(step);
          if (!child) {
            child = newNode();
            node.next.set(step, child);
          }
          node = child;
        }
      }
      node.accepts ??= [];
      const accept: Accept = { rule, kind, spanStart: sequence.spanStart, spanEnd: sequence.spanEnd, length: sequence.steps.length };
      // the same words twice for one rule are one entry; for two rules a clash (matches) or two
      // separate entries (each rule keeps its own exceptions and expansions)
      const same = node.accepts.find(
        (other) => other.kind === kind && other.spanStart === accept.spanStart && other.spanEnd === accept.spanEnd && (kind === 'match' || other.rule === rule),
      );
      if (same) {
        if (same.rule !== rule && kind === 'match') {
          this.clashes.push({ rule, otherRule: same.rule, phrase: describe(sequence.steps) });
        }
        continue;
      }
      node.accepts.push(accept);
    }
  }

  /**
   * Finds every match of every rule in a run of tokens (one sentence, or any text that matches
   * must not cross).
   */
  match(tokens: readonly Token[]): Hit[] {
    const hits: Hit[] = [];
    const stackNodes: TrieNode[] = [];
    const stackPositions: number[] = [];
    for (let first = 0; first < tokens.length; first += 1) {
      stackNodes.push(this.root);
      stackPositions.push(first);
      while (stackNodes.length > 0) {
        const node = stackNodes.pop() as TrieNode;
        const position = stackPositions.pop() as number;
        if (node.accepts) {
          for (const accept of node.accepts) {
            hits.push({
              rule: accept.rule,
              kind: accept.kind,
              start: first + accept.spanStart,
              end: first + accept.spanEnd,
              fullStart: first,
              fullEnd: first + accept.length,
            });
          }
        }
        const token = tokens[position];
        if (!token || (position > first && token.breakBefore)) continue;
        const byLower = node.next.get(token.lower);
        if (byLower) {
          stackNodes.push(byLower);
          stackPositions.push(position + 1);
        }
        const byExact = node.next.get(`=${token.exact}`);
        if (byExact) {
          stackNodes.push(byExact);
          stackPositions.push(position + 1);
        }
        if (node.any) {
          stackNodes.push(node.any);
          stackPositions.push(position + 1);
        }
      }
    }
    return hits;
  }
}

/**
 * Drops matches that fall inside one of their rule's exceptions, and repeated matches of one rule
 * over the same words (keeping the longest), returning flagged hits in text order.
 */
export function resolveHits(hits: readonly Hit[]): Hit[] {
  const exceptions = hits.filter((hit) => hit.kind === 'exception');
  const matches = hits.filter(
    (hit) =>
      hit.kind === 'match' &&
      !exceptions.some((exception) => exception.rule === hit.rule && exception.fullStart <= hit.start && exception.fullEnd >= hit.end),
  );
  matches.sort((a, b) => a.start - b.start || b.end - a.end || a.rule - b.rule);
  const kept: Hit[] = [];
  for (const hit of matches) {
    const overlapping = kept.find((other) => other.rule === hit.rule && other.start < hit.end && hit.start < other.end);
    if (!overlapping) kept.push(hit);
  }
  return kept;
}

const wordPattern = /[\p{L}\p{N}\p{M}'\u2019\u02bc]+(?:[.&][\p{L}\p{N}]+)*/gu;

/**
 * A plain tokenizer for short strings (suggestions, phrases) where a full retext parse is not
 * needed: words split at hyphens, with `breakBefore` set after other punctuation or a sentence end.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const found of text.matchAll(wordPattern)) {
    const start = found.index;
    const word = found[0];
    const between = text.slice(previousEnd, start);
    tokens.push({
      lower: normaliseWord(word),
      exact: word.replace(/[\u2019\u02bc]/g, "'"),
      start,
      end: start + word.length,
      breakBefore: tokens.length > 0 && /[^\s\-\u2010\u2011]/u.test(between),
    });
    previousEnd = start + word.length;
  }
  return tokens;
}
