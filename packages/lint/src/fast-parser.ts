/**
 * retext-english's parser (./parser/, parse-english 7 over parse-latin 7) with two of its steps done
 * without regular expressions per character or per space: splitting text into words, white space,
 * punctuation and symbols (by character code, from the parser's classes as runs), and breaking a
 * sentence at a space holding two line breaks (by counting them, not splitting the space into
 * lines). The tree is parse-english's own but for one step (a section letter's full stop ends its sentence,
 * ./parser/label-letter.ts); test/fast-parser.test.ts compares them.
 */
import type { Paragraph, Root, Sentence, SentenceContent } from 'nlcst';
import { surrogate, tokenClass } from './parser/classes.ts';
import { parse } from './parser/parse.ts';
import type { Node, Step } from './parser/tree.ts';

type NodeType = 'WordNode' | 'WhiteSpaceNode' | 'PunctuationNode' | 'SymbolNode';
const types: readonly NodeType[] = ['WordNode', 'WhiteSpaceNode', 'PunctuationNode', 'SymbolNode'];

interface Point {
  line: number;
  column: number;
  offset: number;
}

/** Line breaks in a space (CRLF counts once), as parse-latin counts the lines it splits the space into, minus one. */
function lineBreaks(value: string): number {
  let count = 0;
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code === 13) {
      count++;
      if (value.charCodeAt(index + 1) === 10) index++;
    } else if (code === 10) count++;
  }
  return count;
}

/**
 * parse-latin's `breakImplicitSentences` paragraph step: a sentence holding a space with two or
 * more line breaks (not first or last in it) is split there, the space between the two halves.
 */
function breakImplicitSentences(paragraph: Paragraph): void {
  const siblings = paragraph.children;
  for (let index = 0; index < siblings.length; index++) {
    const child = siblings[index] as Paragraph['children'][number];
    if (child.type !== 'SentenceNode') continue;
    const children = child.children;
    for (let position = 1; position < children.length - 1; position++) {
      const node = children[position] as SentenceContent;
      if (node.type !== 'WhiteSpaceNode' || lineBreaks(node.value) < 2) continue;
      child.children = children.slice(0, position);
      const insertion: Sentence = { type: 'SentenceNode', children: children.slice(position + 1) };
      const tail = children[position - 1] as SentenceContent;
      const head = children[position + 1] as SentenceContent;
      siblings.splice(index + 1, 0, node, insertion);
      if (child.position && tail.position && head.position) {
        const end = child.position.end;
        child.position.end = tail.position.end;
        insertion.position = { start: head.position.start, end };
      }
      // the inserted sentence is read next, as parse-latin reads it
      break;
    }
  }
}

/** parse-latin's `tokenize`: the same nodes and positions. */
function tokenize(value: string): SentenceContent[] {
  const children: SentenceContent[] = [];
  if (!value) return children;
  let line = 1;
  let column = 1;
  let offset = 0;
  let from = 0;
  // points are object literals written out, not made by a closure: a closure made anew for each
  // call is a new call target each time, which deoptimises the optimised tokenizer
  let start: Point = { line, column, offset };
  let previousType = -1;
  let previous = -1;
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    const type = tokenClass(code);
    if (
      from < index &&
      previousType !== -1 &&
      !(
        previousType === type &&
        // words and white space continue; so does the same punctuation or symbol, or a surrogate
        (type === 0 || type === 1 || code === previous || surrogate(code))
      )
    ) {
      // one point object for each boundary: the end of one node is the start of the next (nothing
      // changes a point in place but parse-note's `shift`, which moves each shared point once)
      const boundary: Point = { line, column, offset };
      children.push(createNode(previousType, value.slice(from, index), start, boundary));
      from = index;
      start = boundary;
    }
    if (code === 13 || (code === 10 && previous !== 13)) {
      line++;
      column = 1;
    } else if (code !== 10) column++;
    offset++;
    previousType = type;
    previous = code;
  }
  if (previousType !== -1 && from < value.length)
    children.push(createNode(previousType, value.slice(from), start, { line, column, offset }));
  return children;
}

function createNode(type: number, value: string, start: Point, end: Point): SentenceContent {
  if (type === 0)
    return {
      type: 'WordNode',
      children: [{ type: 'TextNode', value, position: { start, end } }],
      position: { start, end },
    };
  return { type: types[type], value, position: { start, end } } as SentenceContent;
}

/** Parses text as retext-english does. */
export function parseEnglish(text: string): Root {
  return parse(
    text,
    tokenize as (value: string) => Node[],
    breakImplicitSentences as unknown as Step,
  ) as unknown as Root;
}
