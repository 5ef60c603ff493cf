import type { Hit, Token } from '@casenote/rules';
import type { CompiledRules } from './compile-rules.ts';
import { wordSet } from './word-set.ts';

// how far from a match a serial comma may stand and still lie inside one of its rule's exceptions
const reach = 6;

/** Whether the word at `index` is "and" or "or" after a comma and nothing else: a serial (Oxford) comma. */
function afterSerialComma(tokens: readonly Token[], index: number, text: string): boolean {
  const token = tokens[index] as Token;
  const previous = tokens[index - 1];
  if (!token.breakBefore || !previous || (token.lower !== 'and' && token.lower !== 'or')) return false;
  return text.slice(previous.end, token.start).trim() === ',';
}

const conjunctions = wordSet('and or');

/**
 * Whether the comma before the word at `index` joins single words of one list that ends in "and" or "or" within a few
 * words: "intimidating, hostile, degrading, humiliating or offensive" (the Equality Act's words for harassment).
 */
function inListOfWords(tokens: readonly Token[], index: number, text: string): boolean {
  const separator = (at: number): string =>
    text.slice((tokens[at - 1] as Token).end, (tokens[at] as Token).start).trim();
  if (!(tokens[index] as Token).breakBefore || index < 1 || separator(index) !== ',') return false;
  for (let at = index; at < Math.min(tokens.length - 1, index + reach); at += 1) {
    const next = tokens[at + 1] as Token;
    if (!next.breakBefore && conjunctions.has(next.lower)) return true;
    if (separator(at + 1) !== ',') return false;
  }
  return false;
}

/**
 * Whether one of the match's own rule's exceptions covers it when a serial comma nearby is read as no break:
 * "Education, Health, and Care Plan" is "Education, Health and Care Plan" written with an Oxford comma, and the
 * exception "health and care plan" should hold for both. So are the commas of a list of single words that ends in "and"
 * or "or" ("intimidating, hostile, degrading or offensive", read as "intimidating hostile degrading or offensive").
 * Matching never crosses a comma; this is asked only of a match whose rule has exceptions and which has such a comma
 * within a few words, so it costs nothing elsewhere.
 */
export function exceptedAcrossSerialComma(
  hit: Hit,
  tokens: readonly Token[],
  text: string,
  compiled: CompiledRules,
): boolean {
  if (!(compiled.active[hit.rule]?.rule.exceptions?.length ?? 0)) return false;
  const from = Math.max(1, hit.start - reach);
  const to = Math.min(tokens.length, hit.end + reach);
  let joined: Token[] | undefined;
  for (let index = from; index < to; index += 1) {
    if (!afterSerialComma(tokens, index, text) && !inListOfWords(tokens, index, text)) continue;
    joined ??= [...tokens];
    joined[index] = { ...(tokens[index] as Token), breakBefore: false };
  }
  if (!joined) return false;
  return compiled.matcher
    .matchRule(joined, hit.rule)
    .some((other) => other.kind === 'exception' && other.fullStart <= hit.start && other.fullEnd >= hit.end);
}
