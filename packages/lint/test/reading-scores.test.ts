import { readFileSync } from 'node:fs';
import { daleChall } from 'dale-chall';
import retextEnglish from 'retext-english';
import retextReadability from 'retext-readability';
import { spache } from 'spache';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { parseNote } from '../src/parse-note.ts';
import { hardSentences } from '../src/analyse/reading-scores.ts';
import { readingWordLists } from '../src/analyse/word-lists.ts';

// The reading-age check ships its own copy of retext-readability's scoring and compact word lists
// (a smaller bundle): both must give exactly what retext-readability and its lists give.

const corpus = (name: string) => readFileSync(new URL(`../../../test/corpus/real/${name}`, import.meta.url), 'utf8');

describe('the reading-age check', () => {
  it('ships the Dale–Chall and Spache lists word for word', () => {
    const { daleChall: familiar, spache: spacheWords } = readingWordLists();
    expect([...familiar].sort()).toEqual([...new Set(daleChall)].sort());
    expect([...spacheWords].sort()).toEqual([...new Set(spache)].sort());
  });

  it('finds the same sentences hard as retext-readability, at every age, on real published text', () => {
    const text = corpus('dev-language.yml');
    const tree = parseNote(text).tree;
    let found = 0;
    for (const [age, threshold, minWords] of [
      [6, 5 / 7, 8],
      [10, 4 / 7, 5],
      [15, 5 / 7, 8],
    ] as const) {
      const file = new VFile(text);
      unified().use(retextEnglish).use(retextReadability, { age, threshold, minWords }).runSync(tree, file);
      const expected = file.messages.map(({ place }) =>
        place && 'start' in place ? [place.start.offset, place.end.offset] : [],
      );
      const actual = hardSentences(tree, { age, threshold, minWords }).map((place) => [
        place.start.offset,
        place.end.offset,
      ]);
      expect(actual).toEqual(expected);
      found += actual.length;
    }
    // the comparison means something: many sentences are hard at some ages, not at others
    expect(found).toBeGreaterThan(100);
  });
});
