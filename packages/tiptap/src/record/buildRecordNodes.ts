import type { RecordTemplate } from '@casenote/lint';
import type { Node as PMNode, Schema } from '@tiptap/pm/model';
import type { InsertRecordOptions } from './types.ts';

/**
 * The template as document nodes: a heading node per section when the schema has one (otherwise a
 * paragraph `Heading:`), then the prompt as a paragraph, or an empty paragraph without prompts.
 * Plain text only, so typing over a prompt never inherits a mark.
 */
export function buildRecordNodes(
  schema: Schema,
  template: RecordTemplate,
  options: InsertRecordOptions = {},
): PMNode[] {
  const { headingLevel = 2, prompts = true } = options;
  const paragraph = schema.nodes.paragraph;
  if (!paragraph) throw new Error('insertRecordTemplate needs a schema with a paragraph node');
  const heading = schema.nodes.heading;
  return template.sections.flatMap((section) => [
    heading
      ? heading.create({ level: headingLevel }, schema.text(section.heading))
      : paragraph.create(null, schema.text(`${section.heading}:`)),
    prompts ? paragraph.create(null, schema.text(section.prompt)) : paragraph.create(),
  ]);
}
