import type { Root } from 'nlcst';
import { stockParse } from './stock-parser.ts';
import { describe, expect, it } from 'vitest';
import * as storyNotes from '../../../stories/fixtures/notes.ts';
import { generateNote } from '../../../test/bench/generate-note.ts';
import { devCorpusTexts } from '../../../test/corpus/load-corpus.ts';
import { parseSentences, treeSentences } from '../src/note-sentences.ts';
import { parseNote } from '../src/parse-note.ts';
import { end, isMark, isWord, readSentences, start } from '../src/parser/read-direct.ts';

/** The stories' notes, as the editor's text joins their paragraphs, and the long generated one. */
function storyTexts(): string[] {
  const texts: string[] = [];
  for (const value of Object.values(storyNotes))
    if (Array.isArray(value) && value.every((entry) => typeof entry === 'string'))
      texts.push(value.join('\n\n'), value.join('\n'), value.join(' '));
  texts.push(storyNotes.generateLongNoteParagraphs(3000).join('\n\n'));
  return texts;
}

/** Short texts of the shapes a parser trips on, each also with CRLF and blank-line paragraphs. */
const edgeCases = [
  '',
  ' ',
  '\n\n',
  'Mum said “no.” Then she left… He said ‘yes’. “Stop!” she said. (He cried.) [Seen.] She asked "why?"',
  'J. Smith met A.B. Jones and J.R.R. Tolkien. Dr. Patel, Mr Smith, Mrs. Khan, Ms. Lee and St. Mary’s. Cllr. Ali.',
  'He is 3.5 years old, weighs 14.2kg and lives at No. 12. Section 20. S.47 enquiries at 10.30am on 1.2.2024.',
  'See https://www.gov.uk/guidance/working-together?x=1&y=2. Email a.b@c.org.uk or www.nspcc.org.uk/help.',
  'Jade 😀 smiled 👩‍👧 and said 𝐡𝐞𝐥𝐥𝐨. A lone \ud83d half and \ude00 half. Café naïve e\u0301 Zoë.',
  'Line one\r\nLine two.\r\n\r\nNew paragraph.\rOld Mac line.\n\n\nThree breaks.\n \n \nSpaced breaks.',
  '- first item\n- second item\n* starred item\n1. numbered item\n2) other item\n\u2022 bullet item',
  '# Heading\n\nBody text here.\n## Second heading\nMore text\n\nACTIONS:\nSW to visit.',
  'self-harm, well–being, mother—in—law, pre- and post-natal, 10-15 minutes, -- dashes --- and — dash',
  'e.g. i.e. etc. cf. p. 4 viz. this; a.b.c. d; 1.2.3. then 4.5. and U.S.A. teams. w/ friends, o’ clock.',
  "'Twas late 'cause mum was out; rock 'n' roll; don't, can't, won't, Jade's, the Smiths' house.",
  'He left. then came back. 2 more visits. , and ; then... ... !!! ??? ?! !? .. . . .',
  '&c and & and &amp; and/or he/she 24/7 3/4 1/2/3 a/b/c abc/def',
  '"Quoted" start. \u201cCurly\u201d start. \u2018Single\u2019 start. \u00abGuillemets\u00bb start. (Bracket) start.',
  'Tabs\tand\u00a0non-breaking\u2009thin\u3000ideographic spaces.\u2028Line separator.\u2029Paragraph separator.',
  'A sentence with no end\nand another line\n\nthen a new paragraph without a stop',
  '!!!',
  '...',
  '. Starts with a stop. , starts with a comma.',
  '12. Numbered. 12.30pm. £5.50. ½. Ⅻ. ① ②. ٣.٤. Version 1.2. It works.',
  'Ok. Ida. Calif. Mass. Capt. Prof. Rev. Jan. 5. Sept. 3. Mon. Tues. Wed. Thurs. Fri. Sat. Sun.',
  'CAMHS (Child and Adolescent Mental Health Services). LAC. S20. IRO’s review. YP’s plan.',
  'She said: "I want to go home." He replied; "no". Then: nothing.',
  'Em—dash—joined and en–dash–joined; hy-phen-ated; under_scored; dot.ted; col:on; at@sign',
];

const variants = (text: string): string[] => [
  text,
  text.replace(/\n/g, '\r\n'),
  text.replace(/\. /g, '.\n\n'),
  text.replace(/ /g, '\n'),
];

/** Random texts over the characters the parser's steps look at (a fixed seed: the same texts each run). */
function randomTexts(count: number, seed: number): string[] {
  // words the steps name ("Mr", "etc", "o", "n", "twas"), lone surrogates, and every kind of mark and space
  const alphabet = [
    ...[
      'a',
      'b',
      'o',
      'ol',
      'n',
      'w',
      'W',
      'T',
      'J',
      'N',
      'p',
      'i',
      'e',
      'g',
      'em',
      'Mr',
      'Dr',
      'etc',
      'twas',
      'cause',
    ],
    ...['1', '12', '3', 'é', 'ω', '😀', '\ud83d', '\ude00'],
    ...[' ', ' ', ' ', '\n', '\n\n', '\r\n', '\r', '\t', '\u00a0', '\u3000'],
    ...[
      '.',
      '.',
      '..',
      '...',
      '!',
      '?',
      '…',
      '‽',
      ',',
      ';',
      ':',
      "'",
      '’',
      '"',
      '“',
      '”',
      '(',
      ')',
      '[',
      ']',
      '»',
      '}',
    ],
    ...['-', '–', '—', '\u2010', '/', '&', '@', '=', '_', '__', '\u00ad', '·', '*', '#', '%'],
  ];
  let state = seed;
  const random = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
  const texts: string[] = [];
  for (let index = 0; index < count; index++) {
    let text = '';
    const length = 1 + Math.floor(random() * 60);
    for (let part = 0; part < length; part++) text += alphabet[Math.floor(random() * alphabet.length)];
    texts.push(text);
  }
  return texts;
}

type Child = [kind: 'word' | 'space' | 'mark', from: number, to: number];

/** Each sentence of parse-english's tree: paragraph, offsets and children (a word's offsets are its tokens'). */
function treeStructure(tree: Root): Array<[number, number, number, Child[]]> {
  const sentences: Array<[number, number, number, Child[]]> = [];
  let paragraph = 0;
  for (const node of tree.children) {
    if (node.type !== 'ParagraphNode') continue;
    for (const sentence of node.children) {
      if (sentence.type !== 'SentenceNode') continue;
      const children: Child[] = sentence.children.map((child) => [
        child.type === 'WordNode' ? 'word' : child.type === 'WhiteSpaceNode' ? 'space' : 'mark',
        child.position?.start.offset as number,
        child.position?.end.offset as number,
      ]);
      sentences.push([
        paragraph,
        sentence.position?.start.offset as number,
        sentence.position?.end.offset as number,
        children,
      ]);
    }
    paragraph++;
  }
  return sentences;
}

function directStructure(text: string): Array<[number, number, number, Child[]]> {
  const sentences: Array<[number, number, number, Child[]]> = [];
  readSentences(text, (from, to, paragraph, units) => {
    const children: Child[] = units.map((unit) => [
      isWord(unit) ? 'word' : isMark(unit) ? 'mark' : 'space',
      start(unit),
      end(unit),
    ]);
    sentences.push([paragraph, from, to, children]);
  });
  return sentences;
}

/** The texts the two paths must read alike: every non-sealed corpus text, the stories' and bench notes, edge cases. */
function allTexts(): string[] {
  return [...devCorpusTexts(), ...storyTexts(), ...edgeCases.flatMap(variants), ...randomTexts(6000, 9)];
}

describe('the quick path reads every note exactly as the retext parser does', () => {
  it('finds the same paragraphs, sentences, words, spaces and marks as parse-english', () => {
    const texts = allTexts();
    expect(texts.length).toBeGreaterThan(4000);
    for (const text of texts) {
      const expected = treeStructure(stockParse(text));
      const actual = directStructure(text);
      if (JSON.stringify(actual) !== JSON.stringify(expected)) expect([text, actual]).toEqual([text, expected]);
    }
    // thousands of texts each parsed twice: more than the default time on a loaded machine
  }, 300_000);

  it("gives the linter the same sentences and words as the retext plugin reads from retext's tree", () => {
    const long = [generateNote(10_000), generateNote(1500, 7), storyNotes.generateLongNoteParagraphs(3000).join('\n')];
    for (const text of [...devCorpusTexts(), ...storyTexts(), ...edgeCases.flatMap(variants), ...long]) {
      const tree = text.length > 4000 ? parseNote(text).tree : stockParse(text);
      const expected = treeSentences(tree, text);
      const actual = parseSentences(text);
      if (JSON.stringify(actual) !== JSON.stringify(expected)) expect([text, actual]).toEqual([text, expected]);
    }
  }, 300_000);
});
