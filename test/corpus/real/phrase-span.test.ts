import { describe, expect, it } from 'vitest';
import { phraseSpan } from './phrase-span.ts';

describe('the measures find a labelled phrase as a word, not as letters inside a longer word', () => {
  it('finds "LA" where the council is named, not in "law"', () => {
    const text = 'The law says that you should hear back from the LA within six weeks.';
    expect(phraseSpan(text, 'LA')).toEqual({ start: text.indexOf('LA '), end: text.indexOf('LA ') + 2 });
  });

  it('ignores case, as before', () => {
    expect(phraseSpan('Your Pathway Plan is yours.', 'pathway plan')).toEqual({ start: 5, end: 17 });
  });

  it('does not find a phrase that occurs only inside a longer word (no fallback to its letters)', () => {
    expect(phraseSpan('Two placements broke down.', 'placement')).toEqual({ start: -1, end: -1 });
  });

  it('gives the old reading on request, for reporting figures both ways', () => {
    expect(phraseSpan('The law and the LA.', 'LA', { substring: true })).toEqual({ start: 4, end: 6 });
  });

  it('reports an absent phrase as before (start -1)', () => {
    expect(phraseSpan('Nothing here.', 'PEP').start).toBe(-1);
  });
});
