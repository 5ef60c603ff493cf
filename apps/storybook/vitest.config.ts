import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { chromiumArgs, findChromium } from '../../test/support/chromium.ts';

const dirname = path.dirname(fileURLToPath(import.meta.url));

/**
 * Every story runs as a test in headless Chromium: it must render, its play function must pass,
 * and axe must find no accessibility violation (`a11y.test: 'error'` in preview.tsx).
 */
const browser = await findChromium();

export default defineConfig({
  plugins: [storybookTest({ configDir: path.join(dirname, '.storybook'), storybookUrl: 'http://127.0.0.1:6006' })],
  test: {
    name: 'storybook',
    // after the unit, browser and React 18 projects, before the end-to-end tests (see the root vitest.config.ts)
    sequence: { groupOrder: 3 },
    // one story file at a time: play functions type and move focus
    fileParallelism: false,
    // The 20,000-word story renders and runs axe over a large document on a two-core machine.
    testTimeout: 120_000,
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({
        launchOptions: { executablePath: browser.executablePath, args: chromiumArgs },
      }),
      instances: [{ browser: 'chromium' }],
      screenshotFailures: false,
    },
  },
});
