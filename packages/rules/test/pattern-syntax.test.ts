import { describe, expect, it } from 'vitest';
import { expandPattern, Matcher, resolveHits, tokenize } from '@casenote/rules';

function words(text: string, patterns: string[], caseSensitive = false): string[] {
  const matcher = new Matcher([{ rule: 0, patterns, caseSensitive }]);
  const tokens = tokenize(text);
  return resolveHits(matcher.match(tokens)).map((hit) =>
    text.slice(tokens[hit.start]!.start, tokens[hit.end - 1]!.end),
  );
}

describe('patterns', () => {
  it('expands verbs, pronoun classes and plurals', () => {
    expect(words('She is putting herself at risk. They put themselves at risk.', ['{put} <self> at risk'])).toEqual([
      'putting herself at risk',
      'put themselves at risk',
    ]);
    expect(words('Two child prostitutes were named.', ['child prostitute+'])).toEqual(['child prostitutes']);
  });

  it('treats hyphen and space variants alike', () => {
    const found = words('Mum is hard-to-reach. Dad is hard to reach. He is non compliant, she is noncompliant.', [
      'hard-to-reach',
      'non-compliant',
    ]);
    expect(found).toEqual(['hard-to-reach', 'hard to reach', 'non compliant', 'noncompliant']);
  });

  it('supports optional words, alternatives, wildcards and a flagged span', () => {
    expect(words('She was sexually active. She was active.', ['sexually active'])).toEqual(['sexually active']);
    expect(words('He has contact with his dad and contact with Mum.', ['[contact] with <poss>? <family>'])).toEqual([
      'contact',
      'contact',
    ]);
    expect(words('I will contact you.', ['[contact] with <poss>? <family>'])).toEqual([]);
    expect(words('made a poor choice, made poor choices', ['{make} a? poor choice+'])).toEqual([
      'made a poor choice',
      'made poor choices',
    ]);
    expect(words('gave him a lift', ['{give} * a lift'])).toEqual(['gave him a lift']);
  });

  it('finds a phrase whichever way its first words are read: skipped, one word or part of a hyphenated one', () => {
    // the matcher tries a pattern only when the word after the first can continue it: every reading counts
    expect(words('She is defensive. He is very defensive. Dad is not defensive.', ['is very? defensive'])).toEqual([
      'is defensive',
      'is very defensive',
    ]);
    expect(words('Mum and his parents argued. Dad was upset.', ['his|her? parents argued', 'upset'])).toEqual([
      'his parents argued',
      'upset',
    ]);
    expect(words('a drug-dealer, a known drug dealer, a known dealer', ['a known? drug-dealer'])).toEqual([
      'a drug-dealer',
      'a known drug dealer',
    ]);
    expect(words('A hard-to-reach family; a hardtoreach family; a hard family.', ['hard-to-reach family'])).toEqual([
      'hard-to-reach family',
      'hardtoreach family',
    ]);
    expect(words('He was seen. She was.', ['was seen?'])).toEqual(['was seen', 'was']);
    expect(words('The EP came. The team came.', ['the new? [EP]'], true)).toEqual(['EP']);
  });

  it('does not match across punctuation other than hyphens', () => {
    expect(words('She felt hard, to reach the shelf.', ['hard to reach'])).toEqual([]);
  });

  it('matches letter case exactly for case-sensitive rules', () => {
    expect(words('Jade is LAC. The lac was dry.', ['LAC'], true)).toEqual(['LAC']);
  });

  it('lets the lower-case context words of a case-sensitive rule match at the start of a sentence', () => {
    const found = words('The EP came. the EP came. The ep came.', ['the [EP]'], true);
    expect(found).toEqual(['EP', 'EP']);
  });

  it('ignores apostrophe style', () => {
    expect(words('Jade’s dad', ["jade's dad"])).toEqual(['Jade’s dad']);
  });

  it('rejects malformed patterns', () => {
    expect(() => expandPattern('<nope> word', false)).toThrow(/unknown word class <nope>/);
    expect(() => expandPattern('[open', false)).toThrow(/without "]"/);
    expect(() => expandPattern('*', false)).toThrow(/any word/);
    expect(() => expandPattern('a||b', false)).toThrow(/empty alternative/);
  });

  it('refuses alternatives of several words written with spaces, which would never match what was meant', () => {
    // "verbal duel|verbal spat" reads as the slots "verbal", "duel|verbal", "spat"
    expect(() => expandPattern('[verbal duel+|verbal spat+]', false)).toThrow(/names "verbal" again beside it/);
    expect(() => expandPattern('young person|young people', false)).toThrow(/names "young" again beside it/);
    expect(() => expandPattern('worker|carer|worker', false)).toThrow(/names "worker" twice/);
    // written with hyphens, or as one slot after another, the same words are fine
    expect(expandPattern('[verbal duel+|spat+]', false).length).toBeGreaterThan(0);
    expect(expandPattern('young-person|young-people', false).length).toBeGreaterThan(0);
    expect(expandPattern('a|an? sexual|intimate relationship', false).length).toBeGreaterThan(0);
  });
});
