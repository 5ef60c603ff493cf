import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import type { Root } from 'nlcst';
import { createLinter, lint } from '../src/index.ts';
import { maxTokenLength, parseNote, pieceLength } from '../src/parse-note.ts';
import { parseSentences, treeSentences } from '../src/note-sentences.ts';

const joiners = ['-', '.', "'", '&', '_', ':', '@'];
/** The input that overflowed the parser's stack: ~62,000 parts joined by punctuation, one "word". */
const crashWord = Array.from({ length: 62_000 }, (_, index) => `w${joiners[index % joiners.length]}`)
  .join('')
  .slice(0, -1);

const visit = [
  'I visited you at home today and you showed me your drawings of the dog.',
  'Jade is LAC and her IRO will chair the review next month.',
  'Dad was described as hostile and refused to engage with the CIN plan.',
  'You said "I want to see my brother more" and I have written that in your plan.',
];

function sentenceSpans(tree: Root): string[] {
  return tree.children.flatMap((paragraph) =>
    paragraph.type === 'ParagraphNode'
      ? paragraph.children.flatMap((sentence) =>
          sentence.type === 'SentenceNode'
            ? [
                `${sentence.position?.start.offset}-${sentence.position?.end.offset}@${sentence.position?.start.line}:${sentence.position?.start.column}`,
              ]
            : [],
        )
      : [],
  );
}

describe('a note too long or too odd for one parse', () => {
  it('checks the rest of a note holding a 124,000-character joined "word" instead of crashing', () => {
    const text = `Jade is LAC. ${crashWord} The SW visited. Dad was hostile.`;
    const findings = createLinter({ analysis: false }).lint(text);
    expect(findings.map((finding) => finding.actual)).toEqual(['LAC', 'The SW', 'hostile']);
    for (const finding of findings) expect(text.slice(finding.from, finding.to)).toBe(finding.actual);
  });

  it('checks the rest of a note holding a million-character joined "word" (deeper than any stack)', () => {
    // the 124,000-character input overflows a worker's or browser's smaller stack; this one overflowed
    // Node's default stack too before notes were parsed in bounded pieces
    const huge = Array.from({ length: 500_000 }, (_, index) => `w${joiners[index % joiners.length]}`).join('');
    const text = `Jade is LAC.\n\n${huge}\n\nThe SW visited.`;
    expect(lint(text, { analysis: false }).map((finding) => text.slice(finding.from, finding.to))).toEqual([
      'LAC',
      'The SW',
    ]);
  });

  it('leaves a run without spaces longer than the cap out of the parse and says where', () => {
    const long = 'x'.repeat(maxTokenLength + 1);
    const text = `Jade is LAC. ${long} Mum is LAC too.`;
    const { skipped } = parseNote(text);
    expect(skipped).toEqual([[13, 13 + long.length]]);
    expect(lint(text, { analysis: false }).map((finding) => finding.from)).toEqual([8, text.lastIndexOf('LAC')]);
  });

  it('reads a long note in pieces into the same sentences, lines and columns as one parse', () => {
    const paragraphs = Array.from({ length: 60 }, (_, index) =>
      visit
        .slice(index % 4)
        .concat(visit)
        .join(' '),
    );
    const parser = unified().use(retextEnglish).freeze();
    for (const text of [
      paragraphs.join('\n\n'),
      paragraphs.join(' '),
      paragraphs.join('\n'),
      paragraphs.join('\r\n\r\n'),
    ]) {
      expect(text.length).toBeGreaterThan(pieceLength * 3);
      expect(sentenceSpans(parseNote(text).tree)).toEqual(sentenceSpans(parser.parse(text) as Root));
    }
  });

  it('reads the same sentences, paragraphs and words piece by piece as from the whole parsed tree', () => {
    const paragraphs = Array.from({ length: 40 }, (_, index) =>
      visit
        .slice(index % 4)
        .concat(visit)
        .join(index % 3 === 0 ? '\n' : ' '),
    );
    const long = 'x'.repeat(maxTokenLength + 1);
    for (const text of [
      paragraphs.join('\n\n'),
      // cuts inside paragraphs: the piece after the cut continues the paragraph
      paragraphs.join(' '),
      paragraphs.join('\n'),
      paragraphs.join('\r\n\r\n'),
      // no full stops at all: cuts at commas and spaces
      'Jade is LAC and the SW said mum was hostile and hard to reach, '.repeat(300),
      // runs left out of the parse, inside and between paragraphs
      `${paragraphs.slice(0, 8).join(' ')} ${long} ${paragraphs.slice(8, 20).join(' ')}\n\n${long}\n\n${paragraphs.slice(20).join('\n\n')}`,
      'Jade is LAC. “She said: I am scared.',
      '',
    ]) {
      expect(parseSentences(text)).toEqual(treeSentences(parseNote(text).tree, text));
    }
  });

  it('finds the same words on a long line without full stops as in short pieces of it', () => {
    const unit = 'Jade is LAC and the SW said mum was hostile and hard to reach, ';
    const text = unit.repeat(200);
    const findings = lint(text, { analysis: false });
    expect(findings).toHaveLength(lint(unit, { analysis: false }).length * 200);
    for (const finding of findings) expect(text.slice(finding.from, finding.to)).toBe(finding.actual);
  });

  it('gives findings in range on a long list of acronyms one per line', () => {
    const text = Array.from({ length: 3000 }, (_, index) => ['LAC', 'CIN', 'SW', 'IRO'][index % 4]).join('\n');
    const findings = lint(text);
    expect(findings.filter((finding) => finding.scope !== 'note').length).toBeGreaterThanOrEqual(3000);
    for (const finding of findings) {
      if (finding.scope === 'note') continue;
      expect(text.slice(finding.from, finding.to)).toBe(finding.actual);
    }
  });
});
