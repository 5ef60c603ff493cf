// Every Storybook docs page (the MDX guides and each component's autodocs page) as a reader sees
// it, in real headless Chromium against the built Storybook: the page renders, and no markdown or
// JSDoc shows through as raw text (a table's `| --- |` row, an `@example` or `@default` tag).
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { type LocalBrowser, launchLocalBrowser } from '../support/local-browser.ts';
import { interfaceMembers } from './props-of.ts';

const baseUrl = inject('storybookUrl');

interface IndexEntry {
  id: string;
  type: string;
}

/** What raw markdown and JSDoc look like once rendered as plain text. */
const rawText: Array<[string, RegExp]> = [
  ['a markdown table row', /\|\s*:?-{3,}:?\s*\|/],
  ['a JSDoc tag', /(^|\s)@(example|default|param|returns?|see)\b/],
];

/** Each component docs page and the props a host passes it (what its props table must list). */
const propsTables: Record<string, string[]> = {
  'editor--docs': [
    ...interfaceMembers('packages/react/src/use-case-note-editor-options.ts', 'UseCaseNoteEditorOptions').filter(
      (name) => name !== 'ariaLabel' && name !== 'ariaDescribedBy',
    ),
    ...interfaceMembers('packages/react/src/case-note-editor.tsx', 'CaseNoteEditorProps'),
  ],
  'components-diagnosticcard--docs': [
    ...interfaceMembers('packages/react/src/use-diagnostic-card.ts', 'UseDiagnosticCardOptions'),
    ...interfaceMembers('packages/react/src/diagnostic-card.tsx', 'DiagnosticCardProps'),
  ],
  'components-diagnosticspanel--docs': interfaceMembers(
    'packages/react/src/diagnostics-panel.tsx',
    'DiagnosticsPanelProps',
  ),
  'components-writtentochildmeter--docs': interfaceMembers(
    'packages/react/src/written-to-child-meter.tsx',
    'WrittenToChildMeterProps',
  ),
  'records-contact-record--docs': interfaceMembers(
    'packages/react/src/contact-record-checklist.tsx',
    'ContactRecordChecklistProps',
  ),
  'records-threshold-guide--docs': interfaceMembers('packages/react/src/threshold-panel.tsx', 'ThresholdPanelProps'),
};

let browser: LocalBrowser;
let docsIds: string[] = [];

beforeAll(async () => {
  const response = await fetch(`${baseUrl}index.json`);
  const index = (await response.json()) as { entries: Record<string, IndexEntry> };
  docsIds = Object.values(index.entries)
    .filter((entry) => entry.type === 'docs')
    .map((entry) => entry.id)
    .sort();
  browser = await launchLocalBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** The docs page's text once it has rendered and stopped changing. */
async function renderedText(id: string): Promise<string> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await page.goto(`${baseUrl}iframe.html?id=${encodeURIComponent(id)}&viewMode=docs`);
    const docs = page.locator('#storybook-docs .sbdocs-content');
    await docs.waitFor();
    // Stories embedded in the page mount their editors after the first render: read the text once
    // two readings in a row agree.
    let previous = '';
    for (let reading = 0; reading < 40; reading += 1) {
      // biome-ignore lint/performance/useDomNodeTextContent: the text as rendered, what a reader sees
      const text = await docs.innerText();
      if (text === previous && text.length > 0) break;
      previous = text;
      await page.waitForTimeout(250);
    }
    expect(errors, `${id} threw`).toEqual([]);
    return previous;
  } finally {
    await page.close();
  }
}

describe('Storybook docs pages', () => {
  test('every docs page renders, with no raw markdown table or JSDoc tag in its text', async () => {
    expect(docsIds.length).toBeGreaterThan(0);
    const failures: string[] = [];
    for (const id of docsIds) {
      const text = await renderedText(id);
      if (text.trim().length === 0) failures.push(`${id} shows nothing`);
      for (const [what, pattern] of rawText) {
        const found = pattern.exec(text);
        if (found)
          failures.push(
            `${id} shows ${what} as text: “${text.slice(Math.max(0, found.index - 40), found.index + 40)}”`,
          );
      }
    }
    console.log(`[docs] checked ${docsIds.length} docs pages`);
    expect(failures).toEqual([]);
  }, 600_000);

  test('every prop a host passes is in its component’s props table', async () => {
    const failures: string[] = [];
    for (const [id, props] of Object.entries(propsTables)) {
      expect(docsIds, `no docs page ${id}`).toContain(id);
      expect(props.length, `${id}: no props read from the source`).toBeGreaterThan(0);
      const page = await browser.context.newPage();
      try {
        await page.goto(`${baseUrl}iframe.html?id=${encodeURIComponent(id)}&viewMode=docs`);
        const firstCells = page.locator('.docblock-argstable tbody tr td:first-child');
        await firstCells.first().waitFor();
        const listed = new Set((await firstCells.allInnerTexts()).map((cell) => cell.trim().split(/[\s*]/)[0] ?? ''));
        for (const prop of new Set(props)) if (!listed.has(prop)) failures.push(`${id} lacks ${prop}`);
      } finally {
        await page.close();
      }
    }
    expect(failures).toEqual([]);
  }, 300_000);
});
