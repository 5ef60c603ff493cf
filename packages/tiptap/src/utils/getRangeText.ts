import type { Node as PMNode } from '@tiptap/pm/model';

/** The text between two positions inside one textblock, with inline nodes as `getBlockText` writes them. */
export function getRangeText(doc: PMNode, from: number, to: number): string {
  return doc.textBetween(from, to, '\n', (leaf) => (/break/i.test(leaf.type.name) ? '\n' : ' '));
}
