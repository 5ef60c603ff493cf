/**
 * A rule's conditions on its suggestions (`fixUnless`, DATA-FORMAT.md): beside certain words a suggestion reads in
 * another sense than the rule means ("community disposals" → "sentences" beside "fines"), so it is not offered as a
 * one-click fix there. The finding and its card stay; only the one-click offer is held back.
 */
import type { FixCondition, Token } from '@casenote/rules';

/** Whether a word or phrase (lower case, words split by spaces) stands at `at` in the tokens. */
function phraseAt(tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  return words.every((word, offset) => tokens[at + offset]?.lower === word);
}

/** Whether a condition's words are in the sentence outside the flagged words [start, end), within its reach. */
function met(condition: FixCondition, tokens: readonly Token[], start: number, end: number): boolean {
  const reach = condition.within ?? tokens.length;
  const phrases = condition.words.map((phrase) => phrase.split(' '));
  for (let at = Math.max(0, start - reach); at < Math.min(tokens.length, end + reach); at++) {
    if (at >= start && at < end) continue;
    if (phrases.some((words) => (at >= end || at + words.length <= start) && phraseAt(tokens, at, words))) return true;
  }
  return false;
}

const noneHeld: ReadonlySet<string> = new Set();

/**
 * The suggestions a rule holds back from one click in this sentence (tokens of the sentence; the flagged words
 * [start, end)): those named by every condition met, all of `suggestions` where a met condition names none.
 */
export function heldSuggestions(
  fixUnless: readonly FixCondition[] | undefined,
  suggestions: readonly string[],
  tokens: readonly Token[],
  start: number,
  end: number,
): ReadonlySet<string> {
  // most rules hold nothing back: no set is made for their findings
  if (fixUnless === undefined) return noneHeld;
  const held = new Set<string>();
  for (const condition of fixUnless)
    if (met(condition, tokens, start, end)) for (const s of condition.suggestions ?? suggestions) held.add(s);
  return held;
}
