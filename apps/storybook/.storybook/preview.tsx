import type { ArgTypesEnhancer } from 'storybook/internal/types';
import type { Preview } from '@storybook/react-vite';
// The components' default stylesheet, as a host would import it.
import '@casenote/react/styles.css';

/** A JSDoc tag where it starts a clause (not an `@` inside code such as a package name). */
const jsDocTag = /(?:^|\s+)@(example|default|defaultValue|param|returns?|see|remarks)\b\s*/g;

/**
 * A JSDoc comment split into its description and its `@default` value. Storybook shows the
 * description as markdown, so tags left in would appear as raw text: `@default` becomes the props
 * table's Default column, and `@example` is dropped (examples live in the stories instead).
 */
function splitJsDoc(text: string): { description: string; defaultValue?: string } {
  const tags = [...text.matchAll(jsDocTag)];
  const first = tags[0];
  if (!first) return { description: text.trim() };
  let defaultValue: string | undefined;
  tags.forEach((tag, index) => {
    const start = tag.index + tag[0].length;
    const end = tags[index + 1]?.index ?? text.length;
    if (tag[1] === 'default' || tag[1] === 'defaultValue') defaultValue = text.slice(start, end).trim();
  });
  return { description: text.slice(0, first.index).trim(), defaultValue };
}

function describeComponent(component?: { __docgenInfo?: { description?: string } }): string {
  return splitJsDoc(component?.__docgenInfo?.description ?? '').description;
}

/** The props tables' descriptions without JSDoc tags, with `@default` in the Default column. */
const cleanPropDescriptions: ArgTypesEnhancer = ({ argTypes }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => {
      if (!argType.description) return [name, argType];
      const { description, defaultValue } = splitJsDoc(argType.description);
      const table = argType.table ?? {};
      const shownDefault = table.defaultValue ?? (defaultValue ? { summary: defaultValue } : undefined);
      return [name, { ...argType, description, table: { ...table, defaultValue: shownDefault } }];
    }),
  );
// After Storybook has read the components' docgen into argTypes.
cleanPropDescriptions.secondPass = true;

const preview: Preview = {
  argTypesEnhancers: [cleanPropDescriptions],
  parameters: {
    layout: 'padded',
    docs: { extractComponentDescription: describeComponent },
    controls: { expanded: true },
    // Accessibility violations fail the story's test (addon-vitest) instead of only being reported.
    a11y: { test: 'error' },
    options: {
      storySort: { order: ['Introduction', 'Editor', 'Components', 'Training', '*'] },
    },
  },
};

export default preview;
