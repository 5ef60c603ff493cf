import { describe, expect, it } from 'vitest';
import { isPlainText, matchWords, type WordPattern } from '../src/plain-words.ts';
import { seededRandom } from '../../../test/support/seeded-random.ts';

// the fit step's word patterns (guard-words.ts, guard.ts, place.ts), each with its ASCII twin
const patterns: WordPattern[] = [
  { unicode: /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu, ascii: /[A-Za-z0-9][A-Za-z0-9'’-]*/g },
  { unicode: /[\p{L}\p{N}']+/gu, ascii: /[A-Za-z0-9']+/g },
  { unicode: /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu, ascii: /[A-Za-z0-9]+(?:['’][A-Za-z]+)?/g },
];

// ASCII letters, digits and marks, the marks beyond ASCII a note often holds, and letters and digits beyond ASCII
const alphabet = [
  ...'aZ09 \'-.,;:()"',
  '’',
  '‘',
  '“',
  '”',
  '–',
  '—',
  '…',
  '\u00a0',
  '£',
  'é',
  'Ł',
  '²',
  '١',
  'ß',
  '😀',
];

describe('words read by the ASCII twin of a word pattern', () => {
  it('finds the same words as the Unicode pattern, on plain text and any other', () => {
    const random = seededRandom(21);
    for (let run = 0; run < 3000; run += 1) {
      let text = '';
      const length = Math.floor(random() * 40);
      for (let index = 0; index < length; index += 1) text += alphabet[Math.floor(random() * alphabet.length)];
      for (const pattern of patterns) expect(matchWords(text, pattern)).toEqual(text.match(pattern.unicode) ?? []);
    }
  });

  it('reads curly quotation marks and dashes as plain, and no letter or digit beyond ASCII', () => {
    expect(isPlainText('Jade’s “safe” place – at home…')).toBe(true);
    expect(isPlainText('Chloé')).toBe(false);
    expect(isPlainText('x²')).toBe(false);
  });
});
