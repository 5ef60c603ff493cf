import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ParseEnglish } from 'parse-english';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseEnglish } from '../src/fast-parser.ts';
import { generateNote } from '../../../test/bench/generate-note.ts';

const corpus = join(import.meta.dirname, '../../../test/corpus');

/** Every `text` in the development corpora (never the sealed held-out sets). */
function corpusTexts(): string[] {
  const files = [
    ...readdirSync(corpus)
      .filter((name) => name.endsWith('.yml') && !name.startsWith('heldout'))
      .map((name) => join(corpus, name)),
    ...readdirSync(join(corpus, 'real'))
      .filter((name) => name.endsWith('.yml'))
      .map((name) => join(corpus, 'real', name)),
  ];
  const texts: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) for (const entry of value) visit(entry);
    else if (value && typeof value === 'object')
      for (const [key, entry] of Object.entries(value)) {
        if (key === 'text' && typeof entry === 'string') texts.push(entry);
        else visit(entry);
      }
  };
  for (const file of files) visit(parse(readFileSync(file, 'utf8')));
  return texts;
}

const odd = [
  '',
  ' ',
  'Jade’s “older boyfriend” picked her up… Mum said: “no!!” — then left?!',
  'Line one\r\nLine two\rLine three\n\n\nLine four\u2028five\u00a0six\u3000seven',
  'Emoji 😀😀 and 👩‍👧 and a lone \ud83d half, and another \ude00 half',
  'Café naïve Zoë — combining e\u0301 marks; Ελληνικά, русский, 中文, العربية',
  '££ $$ %% && ** ++ == ~~ ^^ ``` ||| ... --- ___ ::: ;;; ,,, ??? !!! ((( ))) [[[ ]]]',
  'e.g. i.e. Mr. Dr. S.47 10.30am 1,000 £5.50 3/4 and/or he/she 24/7 #tag @name http://x.y/z?q=1&r=2',
  '\t\tTabbed\t \v\f text with soft\u00adhyphen and zero\u200bwidth',
  // spaces holding two line breaks with other spaces between them split a sentence in the paragraph
  'Jade said\n\u00a0\nhello there.\r\n\u3000\r\nMum was here\r\u00a0\rand left \n\u00a0\n\u00a0\n again. Then\u00a0\n\u00a0\n\u00a0 ok',
];

describe("the linter's parser", () => {
  it('gives exactly the tree retext-english gives, on every corpus text, the bench notes and odd text', () => {
    const texts = [...corpusTexts(), generateNote(1500), generateNote(1500, 7), ...odd];
    expect(texts.length).toBeGreaterThan(1000);
    for (const text of texts) expect(parseEnglish(text)).toEqual(new ParseEnglish().parse(text));
  });

  it('reads every character code as the stock parser does', () => {
    const all = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code));
    // in runs, so neighbours of every class meet
    for (let start = 0; start < all.length; start += 512) {
      const text = all.slice(start, start + 512).join('');
      expect(parseEnglish(text)).toEqual(new ParseEnglish().parse(text));
    }
  });
});
