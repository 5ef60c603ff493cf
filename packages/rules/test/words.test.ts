import { describe, expect, it } from 'vitest';
import { countWords, DataError, findWords, hyphenParts, RulePackError, tokenize } from '@casenote/rules';

const texts = (text: string): string[] => findWords(text).map((word) => word.text);

describe('one word tokenizer', () => {
  it('keeps apostrophes, hyphens, full stops and ampersands inside a word', () => {
    expect(texts("Jade's after-school club, don’t e.g. A&E")).toEqual([
      "Jade's",
      'after-school',
      'club',
      'don’t',
      'e.g',
      'A&E',
    ]);
  });

  it('reads an ampersand standing alone as the word “and”, so names match however they are written', () => {
    expect(texts('Mum & Dad came; A&E, R&R and Q&A stay one word each &c')).toEqual([
      'Mum',
      '&',
      'Dad',
      'came',
      'A&E',
      'R&R',
      'and',
      'Q&A',
      'stay',
      'one',
      'word',
      'each',
      'c',
    ]);
    expect(countWords('Education, Health & Care Plan')).toBe(5);
    expect(tokenize('Education, Health & Care Plan').map((token) => token.lower)).toEqual(
      tokenize('Education, Health and Care Plan').map((token) => token.lower),
    );
    expect(tokenize('Health & Care').map((token) => token.breakBefore)).toEqual([false, false, false]);
  });

  it('leaves out punctuation at the edges of words', () => {
    expect(texts('“Go,” she said. The kids’ room - end.')).toEqual(['Go', 'she', 'said', 'The', 'kids', 'room', 'end']);
  });

  it('gives offsets into the text, in UTF-16 units', () => {
    expect(findWords('😀 Chloé met Zoë')).toEqual([
      { text: 'Chloé', start: 3, end: 8 },
      { text: 'met', start: 9, end: 12 },
      { text: 'Zoë', start: 13, end: 16 },
    ]);
  });

  it('counts a hyphenated word once', () => {
    expect(countWords('I visited you after-school.')).toBe(4);
    expect(countWords('')).toBe(0);
    expect(countWords('... -- !!')).toBe(0);
  });

  it('splits a word into its parts between hyphens', () => {
    expect(hyphenParts({ text: 'non-compliant', start: 4, end: 17 })).toEqual([
      { text: 'non', start: 4, end: 7 },
      { text: 'compliant', start: 8, end: 17 },
    ]);
  });

  it('is what the matcher tokenizes by, with a break after punctuation', () => {
    expect(tokenize('hard-to-reach, family').map((token) => `${token.lower}${token.breakBefore ? '!' : ''}`)).toEqual([
      'hard',
      'to',
      'reach',
      'family!',
    ]);
  });
});

describe('DataError', () => {
  it('names the document, the place and the field', () => {
    const error = new DataError(
      'guide.json',
      [
        { kind: 'level', index: 1, id: 'universal' },
        { kind: 'indicator', index: 0 },
      ],
      'keywords',
      'must be a list',
    );
    expect(error.message).toBe('guide.json: level 2 ("universal"): indicator 1: field "keywords": must be a list');
    expect(error.problem).toBe('must be a list');
  });

  it('is the base of rule pack errors', () => {
    const error = new RulePackError('team.yml', 2, 'lac-acronym', 'category', 'unknown category');
    expect(error).toBeInstanceOf(DataError);
    expect(error.name).toBe('RulePackError');
    expect(error.message).toBe('team.yml: entry 3 ("lac-acronym"): field "category": unknown category');
    expect(error.path).toEqual([{ kind: 'entry', index: 2, id: 'lac-acronym' }]);
  });
});
