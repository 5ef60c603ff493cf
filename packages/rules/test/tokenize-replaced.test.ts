import { describe, expect, it } from 'vitest';
import { changedWordsInto, type Token, tokenize, tokenizeReplaced, wordsAroundChange } from '@casenote/rules';

const sentences = [
  'Jade is putting herself at risk by going to the park at night.',
  'The family are hard-to-reach, and the case was stepped down (to early help).',
  'SW visited Jade at the placement; she presented as withdrawn.',
  '“I want to see my brother more,” you said — and I wrote it down.',
  'Kacper’s after-school club: Mon-Fri, 3.30pm.',
];
const inserts = ['', 'is being put at risk', 'you', ' hard to reach ', 'child in care,', '“', 'a-b', 'x.y', '  '];

describe('tokenizeReplaced', () => {
  it('reads a text with one span replaced exactly as tokenize reads the whole new text', () => {
    let checked = 0;
    for (const text of sentences)
      for (let from = 0; from <= text.length; from += 3)
        for (let to = from; to <= Math.min(text.length, from + 12); to += 4)
          for (const insert of inserts) {
            const changed = text.slice(0, from) + insert + text.slice(to);
            const replaced = tokenizeReplaced(text, () => tokenize(text), from, to, insert);
            expect(replaced.text).toBe(changed);
            const all = tokenize(changed);
            expect(replaced.tokens, `${JSON.stringify(changed)}`).toEqual(all);
            // the words read again are the new text's words between the spaces around the change
            for (const token of replaced.around)
              expect(all).toContainEqual({ ...token, breakBefore: expect.any(Boolean) });
            // for a matcher: the same words and breaks in order, the words read again where they stand
            const into: Token[] = [];
            const window = wordsAroundChange(text, from, to, insert);
            const at = changedWordsInto(tokenize(text), changed, window, into);
            const words = (tokens: Token[]) =>
              tokens.map(({ lower, exact, breakBefore }) => [lower, exact, breakBefore]);
            expect(words(into)).toEqual(words(all));
            expect(into.slice(at, at + window.around.length).map(({ start, end }) => [start, end])).toEqual(
              all.slice(at, at + window.around.length).map(({ start, end }) => [start, end]),
            );
            checked += 1;
          }
    expect(checked).toBeGreaterThan(1000);
  });
});
