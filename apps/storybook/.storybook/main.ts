import type { StorybookConfig } from '@storybook/react-vite';
import { defaultClientConditions, mergeConfig } from 'vite';

/**
 * The host app. Stories live in the repository's top-level `stories/` folder; the workspace
 * packages are read from their TypeScript sources (export condition `@casenote/source`), so the
 * Storybook needs no package build first.
 */
const config: StorybookConfig = {
  stories: ['../../../stories/**/*.mdx', '../../../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  typescript: { reactDocgen: 'react-docgen' },
  core: {
    // Case notes are sensitive and the machines are offline: nothing is sent anywhere.
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
    enableCrashReports: false,
  },
  viteFinal(viteConfig) {
    return mergeConfig(viteConfig, {
      resolve: { conditions: ['@casenote/source', ...defaultClientConditions] },
    });
  },
};

export default config;
