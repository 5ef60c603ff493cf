import { devCorpusTexts } from '../../../test/corpus/load-corpus.ts';
import { stockParse } from './stock-parser.ts';
import { describe, expect, it } from 'vitest';
import { parseEnglish } from '../src/fast-parser.ts';
import { isNumerical, startsLowerCase } from '../src/parser/classes.ts';
import * as expressions from '../src/parser/expressions.ts';
import { generateNote } from '../../../test/bench/generate-note.ts';

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
  // each of parse-english's and parse-latin's steps: abbreviations, elisions, initialisms, joined words
  'Mr. Smith met Dr. Patel on Jan. 5 at St. Mary’s. Mrs. Jones came too.',
  "We met at five o' clock. 'Twas late, 'cause mum was out; rock 'n' roll played w/ friends.",
  '&c and &amp; — pre- and post-natal care; self-harm, e-mail and/or text, 24/7 care, he/she said.',
  'e.g. the U.S.A. and U.K. teams; a.b.c. d; 1.2.3. then 4.5. and etc. so on; cf. p. 4; viz. this.',
  'He left. then came back. 2 more visits. (She cried.) “Stop.” ’Right.’ He said… yes?! No. , and ; then',
  'Version 1.2. It works. i.e. it does. A. B. C. Jade. jade. ÉCOLE. école. Ωmega. ωmega. 𝐚bc. 𝐀bc.',
  '٣.٤. ½. Ⅻ. ① ② 12.30pm. £5.50. 3.5kg. 10,000. No.5 Cllr. Prof. Capt. Rev. Mass. Calif. Ok. Ida.',
  // spaces holding two line breaks with other spaces between them split a sentence in the paragraph
  'Jade said\n\u00a0\nhello there.\r\n\u3000\r\nMum was here\r\u00a0\rand left \n\u00a0\n\u00a0\n again. Then\u00a0\n\u00a0\n\u00a0 ok',
];

describe("the linter's parser", () => {
  it('gives the tree retext-english gives (but for a section letter’s stop), on every corpus text, the bench notes and odd text', () => {
    const texts = [...devCorpusTexts(), generateNote(1500), generateNote(1500, 7), ...odd];
    expect(texts.length).toBeGreaterThan(1000);
    for (const text of texts) expect(parseEnglish(text)).toEqual(stockParse(text));
    // several thousand corpus texts, each parsed twice: more than the default time on a loaded machine
  }, 300_000);

  it('reads every character code as the stock parser does', () => {
    const all = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code));
    // in runs, so neighbours of every class meet
    for (let start = 0; start < all.length; start += 512) {
      const text = all.slice(start, start + 512).join('');
      expect(parseEnglish(text)).toEqual(stockParse(text));
    }
  });

  it("reads the packages' own expressions: the long classes by code point, the short ones as written", async () => {
    const latin = (await import(new URL('lib/expressions.js', import.meta.resolve('parse-latin')).href)) as Record<
      string,
      RegExp
    >;
    const english = (await import(new URL('lib/regex.js', import.meta.resolve('parse-english')).href)) as Record<
      string,
      RegExp
    >;
    for (const [name, expression] of Object.entries(expressions)) {
      // not exports of the packages: parse-english's apostrophe, parse-latin's step-local abbreviations
      if (name === 'apostrophe' || name === 'abbreviationPrefix') continue;
      const own = latin[name] ?? english[name];
      expect([name, own?.source, own?.flags]).toEqual([name, expression.source, expression.flags]);
    }
    const lowerInitial = latin.lowerInitial as RegExp;
    const numerical = latin.numerical as RegExp;
    const texts = (point: number) => [String.fromCodePoint(point), `${String.fromCodePoint(point)}a`];
    for (let point = 0; point <= 0x10ffff; point += 1)
      for (const text of texts(point)) {
        if (startsLowerCase(text) !== lowerInitial.test(text)) expect([text, startsLowerCase(text)]).toBe('');
        if (isNumerical(text) !== numerical.test(text)) expect([text, isNumerical(text)]).toBe('');
      }
    for (const text of ['', '12', '1a', '\ud835\udfce\ud835\udfcf', '\ud835', '\udfce1', '1\ud835', 'a\udc00'])
      expect([text, startsLowerCase(text), isNumerical(text)]).toEqual([
        text,
        lowerInitial.test(text),
        numerical.test(text),
      ]);
  }, 120_000);
});
