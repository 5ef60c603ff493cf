// End-to-end: the built Storybook, served on 127.0.0.1 by global-setup.ts, driven in real headless
// Chromium through playwright-core. Each test opens the Playground story (an empty editor with
// every rule pack on and the findings panel) in a fresh page; one opens the Long Note story, which
// checks a 20,000-word note in a Web Worker.
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { lint } from '@casenote/lint';
import { type LocalBrowser, launchLocalBrowser } from '../support/local-browser.ts';
import { repoRoot } from './storybook-server.ts';

const baseUrl = inject('storybookUrl');
const playgroundUrl = `${baseUrl}iframe.html?id=editor--playground&viewMode=story`;
const artifactsDir = path.join(repoRoot, 'test/artifacts');

/** A short note with service words the checks flag, none overlapping another. */
const typedNote =
  'I visited you at your placement on Tuesday. We talked about contact with your mum and the LAC review.';

/** What the engine finds in the typed note and the editor underlines (note-level findings have no range). */
const expectedFindings = () => {
  const found = lint(typedNote).filter((diagnostic) => diagnostic.from < diagnostic.to);
  if (found.length < 2) throw new Error(`the engine flags only ${found.length} range(s) in the typed note`);
  return found;
};

/** The pages' browser: it records every URL asked for and refuses those that leave 127.0.0.1. */
let browser: LocalBrowser;

beforeAll(async () => {
  browser = await launchLocalBrowser({ width: 1200, height: 800 });
});

afterAll(async () => {
  await browser?.close();
});

async function openPlayground(): Promise<Page> {
  const page = await browser.context.newPage();
  const pageErrors: Error[] = [];
  page.on('pageerror', (error) => pageErrors.push(error));
  await page.goto(playgroundUrl);
  await page.locator('.ProseMirror').waitFor();
  expect(pageErrors).toEqual([]);
  return page;
}

/** The editor's text, paragraphs joined with newlines (decorations split text nodes, not words). */
const editorText = (page: Page) =>
  page
    .locator('.ProseMirror')
    .evaluate((element) =>
      [...element.querySelectorAll('p')].map((paragraph) => paragraph.textContent ?? '').join('\n'),
    );

/** The text of each flagged range, joining the spans that overlapping decorations split it into. */
const flaggedTexts = (page: Page) =>
  page.locator('.casenote-diagnostic').evaluateAll((elements) => {
    const byId = new Map<string, string>();
    for (const element of elements) {
      const id = element.getAttribute('data-diagnostic-id') ?? String(byId.size);
      byId.set(id, (byId.get(id) ?? '') + (element.textContent ?? ''));
    }
    return [...byId.values()];
  });

const selectedText = (page: Page) => page.evaluate(() => window.getSelection()?.toString() ?? '');

describe('Editor/Playground in Chromium', () => {
  test('typing a note underlines the flagged words', async () => {
    const page = await openPlayground();
    await page.locator('.ProseMirror').click();
    await page.keyboard.type(typedNote);

    const firstFinding = page.locator('.casenote-diagnostic').first();
    await firstFinding.waitFor({ timeout: 5_000 });
    const expected = expectedFindings();
    await expect.poll(() => flaggedTexts(page)).toEqual(expected.map((diagnostic) => diagnostic.actual));
    await expect(firstFinding.getAttribute('data-rule-id')).resolves.toBe(expected[0]?.ruleId);
    await expect(firstFinding.getAttribute('data-severity')).resolves.toBe(expected[0]?.severity);
    await expect(firstFinding.getAttribute('class')).resolves.toContain(
      `casenote-diagnostic--${expected[0]?.severity}`,
    );
    // The underline is drawn by the stylesheet: some line, border or background must mark the range.
    const marked = await firstFinding.evaluate((element) => {
      const style = getComputedStyle(element);
      return (
        style.textDecorationLine.includes('underline') ||
        style.borderBottomStyle !== 'none' ||
        style.backgroundImage !== 'none'
      );
    });
    expect(marked).toBe(true);
    await page.close();
  });

  test('hovering a flagged word opens its explanation card', async () => {
    const page = await openPlayground();
    await page.locator('.ProseMirror').click();
    await page.keyboard.type(typedNote);
    const firstFinding = page.locator('.casenote-diagnostic').first();
    await firstFinding.waitFor({ timeout: 5_000 });
    await expect(page.locator('.casenote-card').count()).resolves.toBe(0);

    await firstFinding.hover();
    const card = page.locator('.casenote-card');
    await card.waitFor({ state: 'visible', timeout: 5_000 });
    const [expected] = expectedFindings();
    await expect(card.textContent()).resolves.toContain(expected?.message);
    await expect(card.locator('[data-action="suggestion"]').first().textContent()).resolves.toContain(
      expected?.suggestions[0],
    );
    await page.close();
  });

  test('keyboard only: Tab in, F8 to a finding, apply its first suggestion, Ctrl+Z restores the text exactly', async () => {
    const page = await openPlayground();
    for (let presses = 0; presses < 10; presses += 1) {
      if (await page.evaluate(() => document.activeElement?.classList.contains('ProseMirror') ?? false)) break;
      await page.keyboard.press('Tab');
    }
    await expect(page.evaluate(() => document.activeElement?.classList.contains('ProseMirror'))).resolves.toBe(true);

    await page.keyboard.type(typedNote);
    await page.locator('.casenote-diagnostic').first().waitFor({ timeout: 5_000 });
    const before = await editorText(page);
    expect(before).toBe(typedNote);

    await page.keyboard.press('Control+Home');
    await page.keyboard.press('F8');
    const [first] = expectedFindings();
    if (!first) throw new Error('the engine found nothing in the typed note');
    await expect.poll(() => selectedText(page)).toBe(first.actual);

    await page.keyboard.press('Control+Shift+Enter');
    const applied = typedNote.slice(0, first.from) + first.suggestions[0] + typedNote.slice(first.to);
    await expect.poll(() => editorText(page)).toBe(applied);

    await page.keyboard.press('Control+z');
    await expect.poll(() => editorText(page)).toBe(before);
    await page.close();
  });

  test('the findings panel lists the findings by category and selects one in the editor', async () => {
    const page = await openPlayground();
    await page.locator('.ProseMirror').click();
    await page.keyboard.type(typedNote);
    const expected = expectedFindings();
    const options = page.locator('[role="listbox"] [role="option"]');
    await expect.poll(() => options.count(), { timeout: 5_000 }).toBe(expected.length);

    const listed = await options.allTextContents();
    for (const diagnostic of expected) expect(listed.some((text) => text.includes(diagnostic.actual))).toBe(true);

    // Grouped by category, each group headed with its count.
    const groups = page.locator('[role="listbox"] [role="group"]');
    const categories = [...new Set(expected.map((diagnostic) => diagnostic.category))];
    await expect(groups.count()).resolves.toBe(categories.length);
    for (const category of categories) {
      const count = expected.filter((diagnostic) => diagnostic.category === category).length;
      const group = page.locator(`[role="listbox"] [role="group"][data-category="${category}"]`);
      await expect(group.textContent()).resolves.toContain(`(${count})`);
      await expect(group.locator('[role="option"]').count()).resolves.toBe(count);
    }

    // Pick the last finding in the list with the keyboard: focus the list, End, Enter.
    await page.locator('[role="listbox"]').focus();
    await page.keyboard.press('End');
    const active = page.locator('[role="listbox"] [role="option"][aria-selected="true"]');
    await expect.poll(() => active.getAttribute('id')).toBe(await options.last().getAttribute('id'));
    const activeText = (await active.textContent()) ?? '';
    await page.keyboard.press('Enter');
    await expect.poll(() => selectedText(page)).not.toBe('');
    const selected = await selectedText(page);
    expect(expected.map((diagnostic) => diagnostic.actual)).toContain(selected);
    expect(activeText).toContain(`“${selected}”`);
    // Focus went back to the editor with the finding selected, ready to retype.
    await expect(page.evaluate(() => document.activeElement?.classList.contains('ProseMirror'))).resolves.toBe(true);
    await page.close();
  });

  test('a screenshot of the playground is kept as a test artefact', async () => {
    const page = await openPlayground();
    // No fade-in: the stylesheet turns animations off for reduced motion, so the card is captured opaque.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.locator('.ProseMirror').click();
    await page.keyboard.type(typedNote);
    await page.locator('.casenote-diagnostic').first().hover();
    await page.locator('.casenote-card').waitFor({ state: 'visible', timeout: 5_000 });
    mkdirSync(artifactsDir, { recursive: true });
    const file = path.join(artifactsDir, 'playground.png');
    await page.screenshot({ path: file, fullPage: true });
    expect(statSync(file).size).toBeGreaterThan(10_000);
    console.log(`Screenshot saved to ${file}`);
    await page.close();
  });

  test('the 20,000-word Long Note story is checked in a Web Worker served from the same origin', async () => {
    const page = await browser.context.newPage();
    const warnings: string[] = [];
    const pageErrors: Error[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning' || message.type() === 'error') warnings.push(message.text());
    });
    page.on('pageerror', (error) => pageErrors.push(error));
    await page.goto(`${baseUrl}iframe.html?id=editor--long-note&viewMode=story`);
    await page.waitForFunction(() => document.querySelectorAll('.casenote-diagnostic').length > 500, undefined, {
      timeout: 30_000,
    });
    const workers = page.workers().map((worker) => worker.url());
    expect(workers).toHaveLength(1);
    expect(workers[0]?.startsWith(baseUrl)).toBe(true);
    // The answer came from the worker: no fallback to the page was needed.
    expect(warnings.filter((text) => text.includes('[casenote]'))).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  test('no request leaves 127.0.0.1', () => {
    // Runs last in this file: the earlier tests loaded the Storybook, its scripts, styles and fonts.
    expect(browser.requested.length).toBeGreaterThan(0);
    expect(browser.requested.some((url) => url.startsWith(playgroundUrl))).toBe(true);
    expect(browser.refused).toEqual([]);
  });
});
