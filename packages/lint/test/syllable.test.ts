import { devCorpusFiles } from '../../../test/corpus/load-corpus.ts';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { daleChall } from 'dale-chall';
import { spache } from 'spache';
import { syllable as packageSyllable } from 'syllable';
import { describe, expect, it } from 'vitest';
import { lettersOf } from '../src/syllable/letters.ts';
import { singularOf } from '../src/syllable/singular.ts';
import { syllable } from '../src/syllable/syllable.ts';

// the syllable package's own dependencies, as it loads them
const require = createRequire(import.meta.resolve('syllable'));
const pluralize = require('pluralize') as { singular(word: string): string; plural(word: string): string };
const normalize = require('normalize-strings') as (value: string) => string;

/** Every word of the development corpora (never the sealed held-out sets), as the files spell them. */
function corpusWords(): string[] {
  const files = devCorpusFiles();
  return [...new Set(files.flatMap((file) => readFileSync(file, 'utf8').split(/\s+/)))];
}

describe('the syllable count the reading ages use', () => {
  it('counts as the syllable package counts, on both word lists, their plurals and every corpus word', () => {
    const words = [...daleChall, ...spache, ...corpusWords()];
    const plurals = words.map((word) => pluralize.plural(word));
    const all = [...words, ...plurals, ...words.map((word) => word.toUpperCase()), 'Café déjà vu, naïve Zoë’s œuvre'];
    expect(all.length).toBeGreaterThan(10_000);
    const differ = all.filter((word) => syllable(word) !== packageSyllable(word));
    expect(differ).toEqual([]);
    // every word of every dev corpus three times over, twice (ours and the package's): it grows with the corpora and
    // took 52 s on a loaded two-core machine in CI, over the default 30 s
  }, 180_000);

  it('reads a word in the singular as pluralize does', () => {
    const words = [...daleChall, ...spache, ...corpusWords()].flatMap((word) => {
      const letters = word.toLowerCase().replace(/[^a-z]/g, '');
      return [letters, pluralize.plural(letters), word];
    });
    const extra = ['they', 'themselves', 'oxen', 'geese', 'children', 'people', 'mice', 'indices', 'analyses', 'sheep'];
    const differ = [...words, ...extra].filter((word) => singularOf(word) !== pluralize.singular(word));
    expect(differ).toEqual([]);
  });

  it('reads every character as normalize-strings does', () => {
    for (let code = 0; code < 0x10000; code += 1) {
      const unit = String.fromCharCode(code);
      if (lettersOf(unit) !== normalize(unit)) expect([code, lettersOf(unit)]).toEqual([code, normalize(unit)]);
    }
    expect(lettersOf('Ærøskøbing Łódź Straße')).toBe(normalize('Ærøskøbing Łódź Straße'));
  });
});
