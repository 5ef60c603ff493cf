/**
 * retext-english's parser with its first step, splitting text into words, white space, punctuation
 * and symbols, done by character code instead of three regular expressions per character. The tree
 * is exactly the parser's own (test/parse-tree.test.ts compares them); the rest of the parse is
 * unchanged.
 */
import type { Root, SentenceContent } from 'nlcst';
import { ParseEnglish } from 'parse-english';

type NodeType = 'WordNode' | 'WhiteSpaceNode' | 'PunctuationNode' | 'SymbolNode';
const types: readonly NodeType[] = ['WordNode', 'WhiteSpaceNode', 'PunctuationNode', 'SymbolNode'];

/**
 * The parser's own character classes (parse-latin's `whiteSpace`, `punctuation` and `word`
 * expressions, tested in that order on one UTF-16 unit), read from a parser's output once per
 * character code and kept: 1 + the index in `types`, 0 while unknown.
 */
const classes = new Uint8Array(0x10000);

/** The class of one UTF-16 unit as the stock tokenizer gives it. */
function classOf(code: number): number {
  let known = classes[code] as number;
  if (known === 0) {
    // a lone character on its own parses as exactly one node of its class
    const node = new ParseEnglish().tokenize(String.fromCharCode(code))[0] as SentenceContent;
    known = types.indexOf(node.type as NodeType) + 1;
    classes[code] = known;
  }
  return known - 1;
}

interface Point {
  line: number;
  column: number;
  offset: number;
}

const isSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdfff;

class FastParseEnglish extends ParseEnglish {
  /** parse-latin's `tokenize`, the same nodes and positions. */
  override tokenize(value: string | null | undefined): SentenceContent[] {
    const children: SentenceContent[] = [];
    if (!value) return children;
    let line = 1;
    let column = 1;
    let offset = 0;
    const point = (): Point => ({ line, column, offset });
    let from = 0;
    let start = point();
    let previousType = -1;
    let previous = -1;
    for (let index = 0; index < value.length; index++) {
      const code = value.charCodeAt(index);
      const type = classOf(code);
      if (
        from < index &&
        previousType !== -1 &&
        !(
          previousType === type &&
          // words and white space continue; so does the same punctuation or symbol, or a surrogate
          (type === 0 || type === 1 || code === previous || isSurrogate(code))
        )
      ) {
        children.push(createNode(previousType, value.slice(from, index), start, point));
        from = index;
        start = point();
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
      children.push(createNode(previousType, value.slice(from), start, point));
    return children;
  }
}

function createNode(type: number, value: string, start: Point, point: () => Point): SentenceContent {
  if (type === 0)
    return {
      type: 'WordNode',
      children: [{ type: 'TextNode', value, position: { start, end: point() } }],
      position: { start, end: point() },
    };
  return { type: types[type], value, position: { start, end: point() } } as SentenceContent;
}

/** Parses text as retext-english does. */
export function parseEnglish(text: string): Root {
  return new FastParseEnglish().parse(text);
}
