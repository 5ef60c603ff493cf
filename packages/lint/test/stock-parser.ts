import type { Root } from 'nlcst';
import { toString as nodeText } from 'nlcst-to-string';
import { ParseEnglish } from 'parse-english';
import { stopEndsAfterLabelLetter } from '../src/parser/label-letter.ts';

interface Node {
  type: string;
  value?: string;
  children?: Node[];
}
type Plugin = (node: Node) => void;

// parse-latin's own step that keeps a stop after a single letter in the word (not an export of the package)
const { mergePrefixExceptions } = (await import(
  new URL('lib/plugin/merge-prefix-exceptions.js', import.meta.resolve('parse-latin')).href
)) as { mergePrefixExceptions: Plugin };

/** parse-latin's step, but leaving a section letter's stop to end its sentence ("in Section F."), as the linter does. */
const mergePrefixExceptionsButLabelLetters: Plugin = (paragraph) => {
  const held: Node[] = [];
  for (const sentence of paragraph.children ?? []) {
    const children = (sentence.children ?? []).filter((child) => child.type !== 'WhiteSpaceNode');
    const period = children[children.length - 1];
    const word = children[children.length - 2];
    if (period?.type !== 'PunctuationNode' || period.value !== '.' || word?.type !== 'WordNode') continue;
    if (
      !stopEndsAfterLabelLetter(nodeText(word as never), (distance) => {
        const node = children[children.length - 2 - distance];
        return node && nodeText(node as never);
      })
    )
      continue;
    // the stock step reads this stop as not a full stop, and leaves it
    period.value = '\u0000';
    held.push(period);
  }
  mergePrefixExceptions(paragraph);
  for (const period of held) period.value = '.';
};

class ParseEnglishWithLabelLetters extends ParseEnglish {}
ParseEnglishWithLabelLetters.prototype.tokenizeParagraphPlugins = ParseEnglish.prototype.tokenizeParagraphPlugins.map(
  (plugin) => (plugin === (mergePrefixExceptions as never) ? (mergePrefixExceptionsButLabelLetters as never) : plugin),
);

/**
 * The stock parser (retext-english's parse-english) with the linter's one departure from it: a full stop after a
 * section's letter ends its sentence (../src/parser/label-letter.ts). The trees the linter's parsers must match.
 */
export const stockParse = (text: string): Root => new ParseEnglishWithLabelLetters().parse(text) as Root;
