import type { Node as PMNode } from '@tiptap/pm/model';

/**
 * The plain text of a textblock, one character per document position, so that offset `i` in the
 * text is position `blockPos + 1 + i` in the document. Hard breaks become a line break; other
 * inline nodes (images, mentions) a space; an inline node with content is bracketed by spaces for
 * its opening and closing tokens.
 */
export function getBlockText(block: PMNode): string {
  let text = '';
  block.forEach((child) => {
    text += inlineText(child);
  });
  return text;
}

function inlineText(node: PMNode): string {
  if (node.isText) return node.text ?? '';
  if (node.isLeaf) return /break/i.test(node.type.name) ? '\n' : ' ';
  let inner = '';
  node.forEach((child) => {
    inner += inlineText(child);
  });
  return ` ${inner} `;
}
