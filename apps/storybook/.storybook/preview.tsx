import type { Preview } from '@storybook/react-vite';
// The components' default stylesheet, as a host would import it.
import '@casenote/react/styles.css';

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    // Accessibility violations fail the story's test (addon-vitest) instead of only being reported.
    a11y: { test: 'error' },
    options: {
      storySort: { order: ['Introduction', 'Editor', 'Components', 'Training', '*'] },
    },
  },
};

export default preview;
