import { describe, expect, it } from 'vitest';
import { getBuiltinRulesToRun, Matcher, resolveHits, tokenize } from '@casenote/rules';
import { compilePattern, firstKeys, leadingKeys } from '../src/compile-pattern.ts';

/** What one rule's patterns flag in `text`, as the flagged words. */
function flagged(matcher: Matcher, text: string): string[] {
  const tokens = tokenize(text);
  return resolveHits(matcher.match(tokens)).map((hit) =>
    text.slice(tokens[hit.start]!.start, tokens[hit.end - 1]!.end),
  );
}

describe('the phrase matcher compiles a pattern when a note first has a word it can start with', () => {
  it('indexes every built-in pattern by the same first words its compiled form starts with', () => {
    for (const rule of getBuiltinRulesToRun()) {
      const exact = rule.caseSensitive ?? false;
      const written = [
        ...rule.patterns.map((pattern) => [pattern, exact] as const),
        ...(rule.exceptions ?? []).map((pattern) => [pattern, exact] as const),
        ...(rule.acronym ? [[rule.acronym.expansion, false] as const] : []),
      ];
      for (const [pattern, caseSensitive] of written)
        expect(leadingKeys(pattern, caseSensitive), `${rule.id}: ${pattern}`).toEqual(
          firstKeys(compilePattern(0, 'match', pattern, caseSensitive)),
        );
    }
  });

  it('reads first words through optional slots, word classes, verbs and hyphenated words', () => {
    for (const [pattern, caseSensitive] of [
      ['a|an? [looked-after child]', false],
      ['<be>? [{put} <self> at risk]', false],
      ['[Form F] assessment?', true],
      ['the? * gang', false],
    ] as const)
      expect(leadingKeys(pattern, caseSensitive)).toEqual(
        firstKeys(compilePattern(0, 'match', pattern, caseSensitive)),
      );
  });

  it('does not read the rest of a pattern until a note has a word it can start with', () => {
    // an unknown word class after the first word: compiled (and refused) only when "zebra" is met
    const matcher = new Matcher([
      { rule: 0, patterns: ['zebra <nosuchclass>'] },
      { rule: 1, patterns: ['hard to reach'] },
    ]);
    expect(flagged(matcher, 'The family were described as hard to reach.')).toEqual(['hard to reach']);
    expect(() => matcher.match(tokenize('A zebra crossing.'))).toThrow(/unknown word class/);
  });

  it('flags the same words whichever words of the note were met first', () => {
    const patterns = ['<be>? [{put} <self> at risk]', 'hard to reach', 'LAC'];
    const fresh = (): Matcher => new Matcher([{ rule: 0, patterns, exceptions: ['not hard to reach'] }]);
    const text = 'She is putting herself at risk. The family is not hard to reach, and Jade is hard to reach.';
    const warmed = fresh();
    flagged(warmed, 'Hard to reach families and risk.');
    expect(flagged(warmed, text)).toEqual(flagged(fresh(), text));
    expect(flagged(fresh(), text)).toEqual(['putting herself at risk', 'hard to reach']);
  });
});
