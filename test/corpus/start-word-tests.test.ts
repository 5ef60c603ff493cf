// A cheap test stands before each long case-insensitive pattern of the fit step (speed39): the long pattern is compiled
// and run only where its start word is there. If a start word is narrowed wrongly, a term the sentence defines, a label
// it reports or someone else's view stops being read, and a fix is offered where it should not be. This test runs every
// dev sentence (test/corpus/real/dev-files.ts; never a sealed set) through both: at every place a finding can start or
// end (the words before each word, or after each word, as the code reads them), wherever a long pattern matches, its
// start-word test must too.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { definesStartWordTest } from '../../packages/lint/src/fit/quoted.ts';
import { labelledStartWordTest } from '../../packages/lint/src/fit/reported-label.ts';
import { viewStartWordTests } from '../../packages/lint/src/fit/reported-view.ts';
import { refuseSealed, surveyFiles } from './real/dev-files.ts';

const realDir = `${import.meta.dirname}/real`;

/** Every dev sentence once: an item's text, or a passage's sentences. */
function devSentences(): string[] {
  const files = surveyFiles(realDir);
  refuseSealed(files);
  const texts = new Set<string>();
  for (const file of files) {
    const items = (parse(readFileSync(file, 'utf8')) ?? []) as Array<Record<string, unknown>>;
    for (const item of items) {
      if (typeof item.text === 'string') texts.add(item.text);
      if (Array.isArray(item.sentences))
        for (const sentence of item.sentences as Array<Record<string, unknown>>)
          if (typeof sentence.text === 'string') texts.add(sentence.text);
    }
  }
  return [...texts];
}

/** The words before each word of the sentence (where a finding starts), and the sentence itself. */
function wordsBefore(sentence: string): string[] {
  const found = [sentence];
  for (let index = 1; index < sentence.length; index += 1)
    if (/\s/.test(sentence[index - 1] as string) && !/\s/.test(sentence[index] as string))
      found.push(sentence.slice(0, index));
  return found;
}

/** The words after each word of the sentence (from each space or comma after a word, where a finding ends). */
function wordsAfter(sentence: string): string[] {
  const found: string[] = [];
  for (let index = 1; index < sentence.length; index += 1)
    if (/[\s,]/.test(sentence[index] as string) && !/[\s,]/.test(sentence[index - 1] as string))
      found.push(sentence.slice(index));
  return found;
}

const [heldOrCalled, claimed, writerLabelled] = viewStartWordTests;
const tests = [
  { name: 'a term the sentence defines (quoted.ts, mayDefine)', ...definesStartWordTest, pieces: wordsAfter },
  {
    name: 'a label reported of people in general (reported-label.ts, labelVerb)',
    ...labelledStartWordTest,
    pieces: wordsBefore,
  },
  {
    name: 'a view held by someone, a reputation, name-calling (reported-view.ts, viewWordBefore)',
    ...heldOrCalled,
    pieces: wordsBefore,
  },
  {
    name: 'a sentence that ends by saying it was claimed (reported-view.ts, claimedAfter)',
    ...claimed,
    pieces: wordsAfter,
  },
  {
    name: 'a label someone else gave the writer (reported-view.ts, writerIsBefore)',
    ...writerLabelled,
    pieces: wordsBefore,
  },
];

describe('a start-word test matches wherever its long pattern does, on every dev sentence', () => {
  const sentences = devSentences();

  it('reads the dev sentences', () => {
    expect(sentences.length).toBeGreaterThan(20_000);
  });

  for (const test of tests)
    it(test.name, () => {
      const missed: string[] = [];
      let matched = 0;
      for (const sentence of sentences)
        for (const piece of test.pieces(sentence))
          if (test.patterns.some((pattern) => pattern.test(piece))) {
            matched += 1;
            if (!test.start.test(piece) && missed.length < 5) missed.push(piece);
          }
      expect(missed).toEqual([]);
      // the long patterns do match somewhere in the dev text, so the test has something to check
      expect(matched).toBeGreaterThan(0);
    }, 120_000);
});
