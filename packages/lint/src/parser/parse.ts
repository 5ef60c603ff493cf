/**
 * parse-latin's parse: the text's tokens split into sentences at terminal marks, the sentences into
 * paragraphs at white space holding a line break, each level's steps run in order (see ./tree.ts).
 */
import { newLine, terminalMarker } from './expressions.ts';
import { paragraphSteps, rootSteps } from './paragraph-steps.ts';
import { sentenceSteps } from './sentence-steps.ts';
import { text, type Node, type Parent, type Step } from './tree.ts';

/** A tokenizer: the text's words, white space, punctuation and symbols, with positions. */
export type Tokenize = (value: string) => Node[];

/**
 * Parses a text as parse-english does, with the given tokenizer and the step that breaks a sentence
 * at a blank line.
 */
export function parse(value: string, tokenize: Tokenize, breakImplicitSentences: Step): Parent {
  const paragraphStepsOfParse = paragraphSteps(breakImplicitSentences);
  const sentence: Parent = { type: 'SentenceNode', children: value ? tokenize(value) : [] };
  run(sentenceSteps, sentence);
  const paragraph: Parent = {
    type: 'ParagraphNode',
    children: splitNode(sentence, 'PunctuationNode', terminalMarker),
  };
  run(paragraphStepsOfParse, paragraph);
  const root: Parent = { type: 'RootNode', children: splitNode(paragraph, 'WhiteSpaceNode', newLine) };
  run(rootSteps, root);
  return root;
}

function run(steps: readonly Step[], node: Parent): void {
  for (const step of steps) step(node);
}

/** The node's children split after each child of `childType` that `expression` matches, as nodes of its type. */
function splitNode(node: Parent, childType: string, expression: RegExp): Node[] {
  const result: Node[] = [];
  let start = 0;
  for (let index = 0; index < node.children.length; index++) {
    const token = node.children[index] as Node;
    if (index === node.children.length - 1 || (token.type === childType && expression.test(text(token)))) {
      const parent: Parent = { type: node.type, children: node.children.slice(start, index + 1) };
      const first = node.children[start] as Node;
      if (first.position && token.position) parent.position = { start: first.position.start, end: token.position.end };
      result.push(parent);
      start = index + 1;
    }
  }
  return result;
}
