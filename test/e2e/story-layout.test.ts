// Layout of every story at phone width (390 px) and desktop width (1280 px), in real headless
// Chromium against the built Storybook. Each story is opened at phone width, then widened to desktop
// width as a window is (one load per story, not two), photographed at each
// (full page, into test/artifacts/story-layout/ for a person to look at) and checked for two
// things a reader notices at once: the page never scrolls sideways, and no editing area is
// squeezed so narrow that a note reads a word per line.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { type LocalBrowser, launchLocalBrowser } from '../support/local-browser.ts';
import { repoRoot } from './storybook-server.ts';

const baseUrl = inject('storybookUrl');
const artifactsDir = path.join(repoRoot, 'test/artifacts/story-layout');
const widths = [390, 1280] as const;
/** At phone width an editing area narrower than this shows a note a word or two per line. */
const minimumEditorWidth = 240;

interface IndexEntry {
  id: string;
  type: string;
  tags?: string[];
}

let browser: LocalBrowser;
let storyIds: string[] = [];

beforeAll(async () => {
  mkdirSync(artifactsDir, { recursive: true });
  const response = await fetch(`${baseUrl}index.json`);
  const index = (await response.json()) as { entries: Record<string, IndexEntry> };
  storyIds = Object.values(index.entries)
    .filter((entry) => entry.type === 'story' && (entry.tags ?? []).includes('dev'))
    .map((entry) => entry.id)
    .sort();
  // Nothing leaves the machine: only the local Storybook is reachable.
  browser = await launchLocalBrowser();
});

afterAll(async () => {
  await browser?.close();
});

interface Measured {
  scrollWidth: number;
  innerWidth: number;
  editorWidths: number[];
}

/** The story's page at each width in turn: opened at the first, then resized to each of the others. */
async function measure(id: string): Promise<Map<number, Measured>> {
  const page = await browser.context.newPage();
  const measured = new Map<number, Measured>();
  try {
    for (const [index, width] of widths.entries()) {
      await page.setViewportSize({ width, height: 800 });
      if (index === 0) {
        await page.goto(`${baseUrl}iframe.html?id=${encodeURIComponent(id)}&viewMode=story`);
        await page.locator('#storybook-root > *').first().waitFor();
        // A story with an editor mounts it just after the first render; one without never does.
        await page
          .locator('.ProseMirror')
          .first()
          .waitFor({ timeout: 3_000 })
          .catch(() => undefined);
      } else {
        // laid out again at the new width: two frames
        await page.evaluate(
          () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(undefined)))),
        );
      }
      await page.screenshot({ path: path.join(artifactsDir, `${id}--${width}.png`), fullPage: true });
      measured.set(
        width,
        await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth: window.innerWidth,
          editorWidths: [...document.querySelectorAll('.ProseMirror')].map(
            (element) => element.getBoundingClientRect().width,
          ),
        })),
      );
    }
    return measured;
  } finally {
    await page.close();
  }
}

describe('every story lays out at phone and desktop width', () => {
  test('no story scrolls sideways, and at 390 px every note has room for a line of words', async () => {
    expect(storyIds.length).toBeGreaterThan(0);
    const failures: string[] = [];
    for (const id of storyIds) {
      for (const [width, measured] of await measure(id)) {
        if (measured.scrollWidth > measured.innerWidth + 1) {
          failures.push(`${id} at ${width} px scrolls sideways (${measured.scrollWidth} > ${measured.innerWidth})`);
        }
        if (width === 390) {
          for (const editorWidth of measured.editorWidths) {
            if (editorWidth < minimumEditorWidth) {
              failures.push(`${id} at ${width} px squeezes an editing area to ${Math.round(editorWidth)} px`);
            }
          }
        }
      }
    }
    console.log(`[layout] checked ${storyIds.length} stories × ${widths.length} widths`);
    expect(failures).toEqual([]);
  }, 600_000);
});
