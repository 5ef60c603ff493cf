/**
 * The note parser's syntax tree and the steps its root and paragraphs share. The parser is
 * parse-latin 7 and parse-english 7 (MIT, © Titus Wormer; see ../../LICENSE) carried into this package
 * step for step, with the package's Unicode expressions read from compact runs (./classes.ts);
 * test/fast-parser.test.ts holds its trees to parse-english's own on every corpus text and on
 * every character.
 */
import { toString as nodeText } from 'nlcst-to-string';

export interface Point {
  line: number;
  column: number;
  offset?: number;
}

/** A node of the tree, as the steps read it (an nlcst node). */
export interface Node {
  type: string;
  value?: string;
  children?: Node[];
  position?: { start: Point; end: Point };
}

/** A node with children: root, paragraph, sentence or word. */
export interface Parent extends Node {
  children: Node[];
}

/** One step over a parent's children. */
export type Step = (parent: Parent) => void;

/**
 * The text of a node: nlcst-to-string's, read directly for a node with a value and for a word of
 * one text node (most words; the steps ask for the text of most nodes, and joining a list of one
 * for each cost more than the steps' own work).
 */
export const text = (node: Node): string => {
  if (typeof node.value === 'string') return node.value;
  const children = node.children;
  if (children?.length === 1) {
    const value = (children[0] as Node).value;
    if (typeof value === 'string') return value;
  }
  return nodeText(node as never);
};

export const isParent = (node: Node): node is Parent => 'children' in node;

/** Whether a node is punctuation or a symbol. */
export const isMark = (node: Node | undefined): boolean =>
  node !== undefined && (node.type === 'SymbolNode' || node.type === 'PunctuationNode');

/**
 * A step over each child that may change the children (returns the index to go on from, as
 * unist-util-modify-children's; a plain loop, which the engine optimises where the library's
 * callback through `call` was not).
 */
export const modify =
  (step: (child: Node, index: number, parent: Parent) => number | undefined): Step =>
  (parent) => {
    // the array the step began with, as the library reads it (a step may swap a child's array, never this one)
    const children = parent.children;
    for (let index = 0; index < children.length; index++) {
      const next = step(children[index] as Node, index, parent);
      if (typeof next === 'number') index = Math.max(next, 0) - 1;
    }
  };

/** A step over each child in turn (as unist-util-visit-children's: children added on the way are visited too). */
export const visit =
  (step: (child: Node, index: number, parent: Parent) => void): Step =>
  (parent) => {
    const children = parent.children;
    for (let index = 0; index < children.length; index++) step(children[index] as Node, index, parent);
  };

/** Moves white space at the start of a child out, before it. */
export const makeInitialWhiteSpaceSiblings = visit((child, index, parent) => {
  if (!isParent(child)) return;
  const head = child.children[0];
  if (head && head.type === 'WhiteSpaceNode') {
    child.children.shift();
    parent.children.splice(index, 0, head);
    const next = child.children[0];
    if (next?.position && child.position) child.position.start = next.position.start;
  }
});

/** Moves white space at the end of a child out, after it. */
export const makeFinalWhiteSpaceSiblings = modify((child, index, parent) => {
  if (!isParent(child)) return undefined;
  const tail = child.children[child.children.length - 1];
  if (tail && tail.type === 'WhiteSpaceNode') {
    child.children.pop();
    parent.children.splice(index + 1, 0, tail);
    const previous = child.children[child.children.length - 1];
    if (previous?.position && child.position) child.position.end = previous.position.end;
    return index;
  }
  return undefined;
});

/** Removes children left empty. */
export const removeEmptyNodes = modify((child, index, parent) => {
  if (isParent(child) && child.children.length === 0) {
    parent.children.splice(index, 1);
    return index;
  }
  return undefined;
});

/** Gives a parent the start of its first child and the end of its last, where it has none. */
export const patchPosition = visit((child, index, node) => {
  if (child.position && index < 1 && !node.position?.start) {
    node.position ??= {} as { start: Point; end: Point };
    node.position.start = child.position.start;
  }
  if (child.position && index === node.children.length - 1 && !node.position?.end) {
    node.position ??= {} as { start: Point; end: Point };
    node.position.end = child.position.end;
  }
});
