import { describe, expect, it } from 'vitest';
import { Matcher, resolveHits, tokenize } from '@casenote/rules';

/** What one rule's patterns flag in `text`, with the possessive reading on or off, as "words" and whether read so. */
function flagged(text: string, patterns: string[], possessives: boolean, caseSensitive = false): string[] {
  const matcher = new Matcher([{ rule: 0, patterns, caseSensitive, possessives }]);
  const tokens = tokenize(text);
  return resolveHits(matcher.match(tokens)).map(
    (hit) =>
      `${text.slice(tokens[hit.start]!.start, tokens[hit.end - 1]!.end)}${hit.possessive ? " (without 's)" : ''}`,
  );
}

describe("the phrase matcher reads a child's status before a possessive", () => {
  it("reads the term's last word for a child with its possessive ending, when the rule asks", () => {
    expect(flagged("a looked after child's care", ['looked-after child|children'], true)).toEqual([
      "looked after child's (without 's)",
    ]);
    expect(flagged('the Looked After Children’s team', ['looked-after child|children'], true)).toEqual([
      "Looked After Children’s (without 's)",
    ]);
    // a case-sensitive term reads its capitals as written
    expect(flagged("the Relevant Child's plan", ['Relevant Child'], true, true)).toEqual([
      "Relevant Child's (without 's)",
    ]);
    expect(flagged("a looked after child's care", ['looked-after child|children'], false)).toEqual([]);
  });

  it('leaves a possessive that is not a word for a child, or that stands inside the term, as written', () => {
    expect(flagged("the adoption panel's view", ['adoption panel+'], true)).toEqual([]);
    expect(flagged("the child's plan review", ['child plan'], true)).toEqual([]);
    expect(flagged("the children's guardian", ["children's guardian"], true)).toEqual(["children's guardian"]);
    // a plural's possessive is not read
    expect(flagged("the looked after children' team", ['looked-after child|children'], true)).toEqual([
      'looked after children',
    ]);
  });
});
