import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import react from '@vitejs/plugin-react';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { chromiumArgs, findChromium } from './test/support/chromium.ts';
import SlowFilesFirst from './test/support/slow-files-first.ts';

const conditions = ['@casenote/source', 'module', 'browser', 'development|production'];
/** Longer than the longest wait a browser test allows itself (50 s for a 20,000-word note to settle). */
const browserTestTimeout = 60_000;

const browser = await findChromium();

export default defineConfig({
  test: {
    reporters: ['default', './test/support/summary-reporter.ts'],
    // Vitest's default is one worker fewer than the cores, which on a two-core machine runs every file one after
    // another. The unit files (CPU-bound, no shared state) run two at a time at least; the browser projects and
    // the end-to-end tests then run one file at a time, each project after the last (`groupOrder`), as before.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // The unit files that read whole corpora start first, so no worker runs one alone at the end.
    sequence: { sequencer: SlowFilesFirst },
    projects: [
      {
        resolve: { conditions: ['@casenote/source', 'module', 'node', 'development|production'] },
        ssr: { resolve: { conditions: ['@casenote/source', 'module', 'node', 'development|production'] } },
        test: {
          name: 'unit',
          sequence: { groupOrder: 0 },
          environment: 'node',
          // The unit files share no state a test changes (no mocks, no globals; the CLI's tests run it as a
          // process), so each worker keeps its modules from file to file: the engine is imported and its rules
          // decoded once per worker, not once per file (about 110 files).
          isolate: false,
          include: [
            'packages/{rules,lint,guides,cli}/test/**/*.test.ts',
            'test/corpus/**/*.test.ts',
            'test/fuzz/**/*.test.ts',
            'test/architecture/**/*.test.ts',
          ],
          testTimeout: 30_000,
        },
      },
      {
        plugins: [react()],
        resolve: { conditions },
        define: { 'import.meta.env.EXPECTED_REACT_MAJOR': JSON.stringify('19') },
        test: {
          name: 'browser',
          sequence: { groupOrder: 1 },
          include: ['packages/{tiptap,react,element}/test/**/*.test.{ts,tsx}'],
          // The tests bound their own waits (a worker loading its modules, an idle-time analysis: up to 30 s
          // on a loaded machine); the test's limit must not cut them short.
          testTimeout: browserTestTimeout,
          // One file at a time: tests type and move focus, and files running side by side in one
          // browser can take the focus (and so the keystrokes) from each other.
          fileParallelism: false,
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
      },
      {
        // The React components again on React 18, which the peer range allows (^18.2 || ^19).
        plugins: [react()],
        resolve: {
          conditions,
          alias: [
            { find: /^react-dom(\/.*)?$/, replacement: 'react-dom-18$1' },
            { find: /^react(\/.*)?$/, replacement: 'react-18$1' },
          ],
        },
        optimizeDeps: {
          include: [
            'react-18',
            'react-18/jsx-runtime',
            'react-18/jsx-dev-runtime',
            'react-dom-18',
            'react-dom-18/client',
          ],
        },
        define: { 'import.meta.env.EXPECTED_REACT_MAJOR': JSON.stringify('18') },
        test: {
          name: 'react18',
          sequence: { groupOrder: 2 },
          testTimeout: browserTestTimeout,
          include: ['packages/react/test/**/*.test.{ts,tsx}'],
          fileParallelism: false,
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
      },
      ...(existsSync('apps/storybook/vitest.config.ts') ? ['apps/storybook/vitest.config.ts'] : []),
      {
        test: {
          name: 'e2e',
          sequence: { groupOrder: 4 },
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: existsSync('test/e2e/global-setup.ts') ? ['test/e2e/global-setup.ts'] : [],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
