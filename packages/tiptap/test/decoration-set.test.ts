import { getSchema } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import type { Node as PMNode } from '@tiptap/pm/model';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { describe, expect, it } from 'vitest';
import { buildDecorationSet, forDrawing } from '../src/utils/buildDecorationSet.ts';

const schema = getSchema([StarterKit]);

function note(paragraphs: number): PMNode {
  const blocks = [];
  for (let index = 0; index < paragraphs; index += 1) {
    const text = schema.text(`Paragraph ${index} has a few words in it.`);
    blocks.push(
      index % 7 === 3
        ? schema.node('bulletList', null, [schema.node('listItem', null, [schema.node('paragraph', null, [text])])])
        : schema.node('paragraph', null, [text]),
    );
  }
  return schema.node('doc', null, blocks);
}

/** Every decoration of the set with its range and spec, in order. */
const listed = (set: DecorationSet) =>
  set.find().map((decoration) => [decoration.from, decoration.to, decoration.spec]);

/** Inline decorations over words inside each paragraph (a few per paragraph, some overlapping). */
function wordDecorations(doc: PMNode): Decoration[] {
  const decorations: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    decorations.push(Decoration.inline(pos + 1, pos + 10, { class: 'a' }, { id: `a${pos}` }));
    decorations.push(Decoration.inline(pos + 5, pos + 14, { class: 'b' }, { id: `b${pos}` }));
    return false;
  });
  return decorations;
}

describe('building the underlines of a long note at once', () => {
  it('gives the same underlines as ProseMirror builds, paragraphs and lists alike', () => {
    const doc = note(300);
    const decorations = wordDecorations(doc);
    const built = buildDecorationSet(doc, decorations);
    expect(listed(built)).toEqual(listed(DecorationSet.create(doc, [...decorations])));
    expect(built.find().length).toBe(decorations.length);
  });

  it('gives each paragraph the same underlines to draw', () => {
    const doc = note(120);
    const decorations = wordDecorations(doc);
    const built = buildDecorationSet(doc, decorations);
    const created = DecorationSet.create(doc, [...decorations]);
    const paragraph = doc.child(5);
    let offset = 0;
    for (let index = 0; index < 5; index += 1) offset += doc.child(index).nodeSize;
    const specs = (set: DecorationSet) =>
      (set.forChild(offset, paragraph) as DecorationSet).find().map((decoration) => decoration.spec);
    expect(specs(built)).toEqual(specs(created));
    expect(specs(built)).toHaveLength(2);
  });

  it('keeps a range across two paragraphs, as ProseMirror would', () => {
    const doc = note(100);
    const decorations = [...wordDecorations(doc), Decoration.inline(3, 80, { class: 'across' }, { id: 'across' })];
    expect(listed(buildDecorationSet(doc, decorations))).toEqual(listed(DecorationSet.create(doc, [...decorations])));
  });

  it('leaves the array it is given as it was', () => {
    const doc = note(100);
    const decorations = wordDecorations(doc);
    const before = [...decorations];
    buildDecorationSet(doc, decorations);
    expect(decorations).toEqual(before);
  });

  it('hands the view the same underlines for every paragraph when drawing, and the same set each time', () => {
    const doc = note(200);
    const decorations = wordDecorations(doc).filter((_, index) => index % 3 !== 1);
    const set = buildDecorationSet(doc, decorations);
    const drawn = forDrawing(set);
    expect(forDrawing(set)).toBe(drawn);
    expect(listed(drawn)).toEqual(listed(set));
    doc.forEach((child, offset) => {
      const specs = (source: DecorationSet) =>
        (source.forChild(offset, child) as DecorationSet).find().map((decoration) => decoration.spec);
      expect(specs(drawn)).toEqual(specs(set));
    });
  });
});
