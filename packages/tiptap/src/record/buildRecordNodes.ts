import type { RecordTemplate } from '@casenote/guides';
import type { NodeType, Node as PMNode, Schema } from '@tiptap/pm/model';
import type { InsertRecordOptions } from './types.ts';

/**
 * The template as document nodes: a heading node per section when the schema has one (otherwise a
 * paragraph `Heading:`), marked as template text (`recordSection`, never linted), then an empty
 * paragraph for the writer whose `recordPrompt` is shown in placeholder style until they type there
 * (the prompt is never note text, so it is neither linted nor saved as the writer's words).
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
  // A schema without the ContactRecord extension's attributes gets the nodes unmarked.
  const marked = (type: NodeType, attrs: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(attrs).filter(([name]) => name in (type.spec.attrs ?? {})));
  return template.sections.flatMap((section) => [
    heading
      ? heading.create(
          marked(heading, { level: headingLevel, recordSection: section.id }),
          schema.text(section.heading),
        )
      : paragraph.create(marked(paragraph, { recordSection: section.id }), schema.text(`${section.heading}:`)),
    paragraph.create(prompts ? marked(paragraph, { recordPrompt: section.prompt }) : null),
  ]);
}
