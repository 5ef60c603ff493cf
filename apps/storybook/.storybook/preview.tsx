import type { Preview } from '@storybook/react-vite';
// The components' default stylesheet, as a host would import it.
import '@casenote/react/styles.css';

/**
 * The component's JSDoc without its tags: Storybook shows the description as markdown, so an
 * `@example` or `@default` would appear as raw text. Examples live in the stories instead.
 */
function describeComponent(component?: { __docgenInfo?: { description?: string } }): string {
  const text = component?.__docgenInfo?.description ?? '';
  return text
    .split(/\n\s*@\w+/)[0]
    .replace(/\s*@default\s+\S+/g, '')
    .trim();
}

const preview: Preview = {
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
