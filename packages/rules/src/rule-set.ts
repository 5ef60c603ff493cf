import { Matcher, type MatcherInput, type Token } from './matcher.ts';
import { ANY, parseSlots } from './pattern.ts';
import { findPhraseClashes, phraseKeys, phraseOwners } from './phrase-clashes.ts';
import { resolveHits } from './resolve-hits.ts';
import { tokenize } from './tokenize.ts';
import { RulePackError } from './validate.ts';
import type { LintRule } from './types.ts';

/** What a set checked before gives the next check: its ids, its rules by word, its matcher and its suggestions read. */
interface Checked {
  ids: ReadonlyMap<string, LintRule>;
  /** The words (trie keys) each rule's patterns are made of, wildcards aside, and the rules each word is in. */
  words: readonly ReadonlySet<string>[];
  byWord: ReadonlyMap<string, readonly number[]>;
  matcher: Matcher;
  suggestions: { rule: number; text: string; tokens: Token[]; where: Offered }[];
}

/**
 * Where a suggestion is offered, as the readers a sentence can be written to: the child, an adult in the child's
 * family, anyone else (professionals, the public; a linter without the note analysis reads every sentence so). A
 * rule fires for the readers its `reader` condition allows (`child`: the child; `family`: the child or the family;
 * none: all three); its `childSuggestions` are offered where it fires and the sentence is written to the child, its
 * `suggestions` where it fires and, if it gives `childSuggestions`, the sentence is not.
 */
type Offered = number;
const CHILD = 1;
const FAMILY = 2;
const OTHER = 4;
const readersOf = (rule: LintRule): Offered =>
  rule.when?.reader === 'child' ? CHILD : rule.when?.reader === 'family' ? CHILD | FAMILY : CHILD | FAMILY | OTHER;
const offeredAt = (rule: LintRule): { text: string; where: Offered }[] => [
  ...rule.suggestions.map((text) => ({
    text,
    where: readersOf(rule) & (rule.childSuggestions ? FAMILY | OTHER : CHILD | FAMILY | OTHER),
  })),
  ...(rule.childSuggestions ?? []).map((text) => ({ text, where: readersOf(rule) & CHILD })),
];
/** Whether a rule's conditions can hold where a suggestion is offered: its readers and those places share one. */
const canFlagAt = (rule: LintRule, where: Offered): boolean => (readersOf(rule) & where) !== 0;

// one entry per set checked before (in practice the built-in rules), for as long as the set lives
const checkedSets = new WeakMap<readonly LintRule[], Checked>();

const inputOf = (rule: LintRule, index: number): MatcherInput => ({
  rule: index,
  patterns: rule.patterns,
  exceptions: rule.exceptions,
  caseSensitive: rule.caseSensitive,
});

function checkedOf(rules: readonly LintRule[]): Checked {
  let checked = checkedSets.get(rules);
  if (!checked) {
    const words = rules.map((rule) => literalWords(rule.patterns, rule.caseSensitive ?? false));
    const byWord = new Map<string, number[]>();
    for (const [index, own] of words.entries())
      for (const word of own) (byWord.get(word) ?? byWord.set(word, []).get(word))?.push(index);
    checked = {
      ids: new Map(rules.map((rule) => [rule.id, rule])),
      words,
      byWord,
      matcher: new Matcher(rules.map(inputOf)),
      suggestions: rules.flatMap((rule, index) =>
        offeredAt(rule).map(({ text, where }) => ({ rule: index, text, where, tokens: tokenize(text) })),
      ),
    };
    checkedSets.set(rules, checked);
  }
  return checked;
}

/** Every word any of the patterns can have, as the trie keys their expansions are made of (wildcards aside). */
function literalWords(patterns: readonly string[], caseSensitive: boolean): Set<string> {
  const words = new Set<string>();
  for (const pattern of patterns)
    for (const slot of parseSlots(pattern, caseSensitive))
      for (const option of slot.options) for (const step of option) if (step !== ANY) words.add(step);
  return words;
}

/**
 * The phrases of the rules checked before that `inputs` could clash with, with their first rule: only the rules
 * whose words include every word of one of the new phrases are expanded (a clash is the same word sequence), so
 * a host's pack is checked against the built-in rules without expanding a thousand rules' phrases.
 */
function ownersFor(inputs: readonly MatcherInput[], before: readonly LintRule[], earlier: Checked) {
  if (before.length === 0) return new Map<string, number>();
  const candidates = new Set<number>();
  for (const input of inputs)
    for (const { steps } of phraseKeys(input)) {
      const words = steps.filter((step): step is string => step !== ANY);
      const lists = words.map((word) => earlier.byWord.get(word) ?? []);
      const fewest = lists.reduce((a, b) => (b.length < a.length ? b : a), lists[0] ?? [...before.keys()]);
      for (const rule of fewest) if (words.every((word) => earlier.words[rule]?.has(word))) candidates.add(rule);
    }
  return phraseOwners([...candidates].sort((a, b) => a - b).map((rule) => inputOf(before[rule] as LintRule, rule)));
}

/** The entry's index within its own pack, for error messages. */
function packIndex(rules: readonly LintRule[], index: number): number {
  const pack = (rules[index] as LintRule).pack;
  return rules.slice(0, index).filter((rule) => rule.pack === pack).length;
}

/**
 * Checks a whole rule set: unique ids, no phrase claimed by two rules, and every suggestion free of
 * any rule's phrases (a suggestion must lint clean). With `before`, a set checked already (the
 * built-in rules, checked when they were built), `rules` are checked among themselves and against
 * it, and `before` is not checked again: a host's pack is ready in milliseconds, not seconds.
 *
 * @throws RulePackError for the first problem found (in `rules`, never in `before`).
 */
export function validateRuleSet(rules: readonly LintRule[], before: readonly LintRule[] = []): Matcher {
  const earlier = checkedOf(before);
  const offset = before.length;
  /** The error for the rule at `index` of `rules`, named by its pack, place in the pack, id and field. */
  const fail = (index: number, field: string, problem: string): RulePackError => {
    const rule = rules[index] as LintRule;
    return new RulePackError(rule.pack, packIndex(rules, index), rule.id, field, problem);
  };
  const seen = new Map(earlier.ids);
  for (const [index, rule] of rules.entries()) {
    const other = seen.get(rule.id);
    if (other) throw fail(index, 'id', `duplicate id; "${rule.id}" is already used in ${other.pack}`);
    seen.set(rule.id, rule);
  }
  const ruleAt = (index: number) => (index < offset ? before[index] : rules[index - offset]) as LintRule;
  const inputs = rules.map((rule, index) => inputOf(rule, offset + index));
  const clash = findPhraseClashes(inputs, ownersFor(inputs, before, earlier))[0];
  if (clash) {
    const other = ruleAt(clash.otherRule);
    throw fail(
      clash.rule - offset,
      'patterns',
      `the phrase "${clash.phrase}" is already matched by rule "${other.id}" (${other.pack}); merge the two rules`,
    );
  }
  const matcher = new Matcher(inputs);
  // the earlier set's suggestions against these rules, then these rules' suggestions against both; a rule whose
  // conditions cannot hold where a suggestion is offered does not count (its own hits, exceptions too, are set aside)
  const flaggedBy = (tokens: Token[], both: boolean, where: Offered) =>
    resolveHits(matcher.match(tokens).filter((hit) => canFlagAt(ruleAt(hit.rule), where)))[0] ??
    (both && offset > 0
      ? resolveHits(earlier.matcher.match(tokens).filter((hit) => canFlagAt(ruleAt(hit.rule), where)))[0]
      : undefined);
  for (const suggestion of earlier.suggestions) {
    const flagged = flaggedBy(suggestion.tokens, false, suggestion.where);
    if (flagged)
      throw fail(
        flagged.rule - offset,
        'patterns',
        `it flags the suggestion "${suggestion.text}" of rule "${ruleAt(suggestion.rule).id}"; every suggested wording must lint clean`,
      );
  }
  for (const [index, rule] of rules.entries()) {
    for (const { text: suggestion, where } of offeredAt(rule)) {
      const flagged = flaggedBy(tokenize(suggestion), true, where);
      if (flagged)
        throw fail(
          index,
          'suggestions',
          `the suggestion "${suggestion}" is itself flagged by rule "${ruleAt(flagged.rule).id}"; every suggested wording must lint clean`,
        );
    }
  }
  return matcher;
}
