import { readFileSync } from 'node:fs';
import { daleChall } from 'dale-chall';
import retextEnglish from 'retext-english';
import retextReadability from 'retext-readability';
import { spache } from 'spache';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { devCorpusTexts } from '../../../test/corpus/load-corpus.ts';
import { readNote } from '../src/analyse/read-note.ts';
import { hardSentences, type ReadingOptions } from '../src/analyse/reading-scores.ts';
import { readingWordLists } from '../src/analyse/word-lists.ts';
import { sentenceWords } from '../src/note-sentences.ts';
import { parseNote } from '../src/parse-note.ts';

// The reading-age check ships its own copy of retext-readability's scoring and compact word lists,
// and reads sentences without parse-english's tree (a smaller bundle): it must find exactly the
// sentences retext-readability finds on that tree, with exactly its lists.

/** retext-readability with `options`: where it finds sentences too hard, on parse-english's tree of a text. */
function retextCheck(options: ReadingOptions): (text: string) => Array<Array<number | undefined>> {
  const processor = unified().use(retextEnglish).use(retextReadability, options);
  return (text) => {
    const file = new VFile(text);
    processor.runSync(parseNote(text).tree, file);
    return file.messages.map(({ place }) => (place && 'start' in place ? [place.start.offset, place.end.offset] : []));
  };
}

/** Where the check finds them, reading `text` as the linter does. */
const ownHard = (text: string, options: ReadingOptions): Array<Array<number | undefined>> =>
  hardSentences(sentenceWords(text), options).map((sentence) => [sentence.from, sentence.to]);

const corpus = (name: string) => readFileSync(new URL(`../../../test/corpus/real/${name}`, import.meta.url), 'utf8');

describe('the reading-age check', () => {
  it('ships the Dale–Chall and Spache lists word for word', () => {
    const { daleChall: familiar, spache: spacheWords } = readingWordLists();
    expect([...familiar].sort()).toEqual([...new Set(daleChall)].sort());
    expect([...spacheWords].sort()).toEqual([...new Set(spache)].sort());
  });

  it('finds the same sentences hard as retext-readability, at every age, on real published text', () => {
    const text = corpus('dev-language.yml');
    let found = 0;
    for (const [age, threshold, minWords] of [
      [6, 5 / 7, 8],
      [10, 4 / 7, 5],
      [15, 5 / 7, 8],
    ] as const) {
      const actual = ownHard(text, { age, threshold, minWords });
      expect(actual).toEqual(retextCheck({ age, threshold, minWords })(text));
      found += actual.length;
    }
    // the comparison means something: many sentences are hard at some ages, not at others
    expect(found).toBeGreaterThan(100);
  });

  it('gives the same hints as retext-readability on every dev corpus note, and on the text of its sentences joined as the check joins them', () => {
    // the options the check uses for a child of 9 (see ../src/analyse/readability.ts)
    const options = { age: 10, threshold: 5 / 7, minWords: 8 };
    const retextHard = retextCheck(options);
    let found = 0;
    for (const note of devCorpusTexts()) {
      const joined = readNote(note)
        .map((sentence) => sentence.text)
        .join('\n\n');
      // (a note of one sentence joins to itself: read once)
      for (const text of joined === note ? [note] : [note, joined]) {
        const actual = ownHard(text, options);
        const expected = retextHard(text);
        if (JSON.stringify(actual) !== JSON.stringify(expected)) expect([text, actual]).toEqual([text, expected]);
        found += actual.length;
      }
    }
    expect(found).toBeGreaterThan(500);
  }, 300_000);
});
