import { afterEach, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { cleanup } from 'vitest-browser-react';
import { severityTitles } from '../src/labels.ts';
import { card, findingFor, focusEditor, renderEditor, spansOf } from './fixtures.tsx';

// WCAG 2.2 AA for keyboard and screen-reader users, in real Chromium: each test pins one failure
// found in an audit of the editor (the success criterion in its name) or a keyboard feature.

afterEach(async () => {
  await cleanup();
  await page.viewport(1280, 800);
});

const listbox = () => document.querySelector<HTMLElement>('[role="listbox"]') as HTMLElement;

test('2.1.1 read only: Tab reaches the note and the findings list; Enter on a finding opens its card with focus in it', async () => {
  await renderEditor({ readOnly: true }, 3);
  const textbox = page.getByRole('textbox');
  await expect.element(textbox).toHaveAttribute('tabindex', '0');
  listbox().focus();
  await userEvent.keyboard('{Enter}');
  await expect.poll(() => card()?.contains(document.activeElement)).toBe(true);
  // Read only: suggestions to read, one per line, and nothing that changes the note or its settings.
  const dialog = card() as HTMLElement;
  expect(dialog.querySelector('[data-action="ignore"]')).toBeNull();
  expect(dialog.querySelector('[data-action="disable-rule"]')).toBeNull();
  expect(dialog.querySelectorAll('ul.casenote-card__suggestion-list > li').length).toBeGreaterThan(0);
});

test('2.1.1 read only: F8 in the note moves to a finding, and Alt+Enter opens its card', async () => {
  const { editor } = await renderEditor({ readOnly: true }, 3);
  editor.view.dom.focus();
  await expect.poll(() => document.activeElement === editor.view.dom).toBe(true);
  await userEvent.keyboard('{F8}');
  await expect.poll(() => editor.state.selection.empty).toBe(false);
  await userEvent.keyboard('{Alt>}{Enter}{/Alt}');
  await expect.poll(() => card()?.contains(document.activeElement)).toBe(true);
});

test('2.4.3 closing a read-only card returns focus to the findings list it was opened from', async () => {
  await renderEditor({ readOnly: true }, 3);
  listbox().focus();
  await userEvent.keyboard('{Enter}');
  await expect.poll(() => card()?.contains(document.activeElement)).toBe(true);
  await userEvent.keyboard('{Escape}');
  await expect.poll(() => card()).toBeNull();
  expect(document.activeElement).toBe(listbox());
});

test('1.4.10 and 2.4.11 at 320 CSS px the card fits the screen, scrolls within it, and a focused button is in view', async () => {
  await page.viewport(320, 360);
  const { editor } = await renderEditor({}, 3);
  const lac = findingFor(editor, 'LAC');
  await focusEditor(editor, lac.from + 1);
  await userEvent.keyboard('{Alt>}{Enter}{/Alt}');
  await expect.poll(() => card()?.dataset.positioned).toBe('true');
  const dialog = card() as HTMLElement;
  const box = dialog.getBoundingClientRect();
  expect(box.left).toBeGreaterThanOrEqual(0);
  expect(box.right).toBeLessThanOrEqual(320);
  expect(box.top).toBeGreaterThanOrEqual(0);
  expect(box.bottom).toBeLessThanOrEqual(360);
  const buttons = [...dialog.querySelectorAll<HTMLElement>('button, a[href]')];
  const last = buttons.at(-1) as HTMLElement;
  last.focus();
  await expect.poll(() => last.getBoundingClientRect().bottom <= dialog.getBoundingClientRect().bottom + 1).toBe(true);
  expect(last.getBoundingClientRect().top).toBeGreaterThanOrEqual(0);
});

test('1.4.13 a card opened by the pointer closes with Esc wherever focus is', async () => {
  const { editor } = await renderEditor({}, 3);
  const lac = findingFor(editor, 'LAC');
  await userEvent.hover(page.elementLocator(spansOf(lac.id)[0] as HTMLElement));
  await expect.poll(() => card()).not.toBeNull();
  (document.activeElement as HTMLElement | null)?.blur();
  expect(document.activeElement).toBe(document.body);
  await userEvent.keyboard('{Escape}');
  await expect.poll(() => card()).toBeNull();
});

test('2.4.3 dismissing a whole-note prompt moves focus to the next prompt, never to the page body', async () => {
  await renderEditor(
    {
      content: '<p>Jade has contact with her dad at the contact centre.</p>',
      lintOptions: {},
      analysisDelay: 0,
      context: { child: { name: 'Jade' }, household: [{ name: 'Jade' }, { name: 'Sam' }] },
    },
    undefined,
  );
  // The whole-note analysis waits for an idle moment: allow a busy machine time.
  await expect
    .poll(() => document.querySelectorAll('[data-action="dismiss"]').length, { timeout: 15_000 })
    .toBeGreaterThanOrEqual(2);
  const dismiss = () => [...document.querySelectorAll<HTMLButtonElement>('[data-action="dismiss"]')];
  const count = dismiss().length;
  dismiss()[0]?.focus();
  await userEvent.keyboard('{Enter}');
  await expect.poll(() => dismiss().length, { timeout: 15_000 }).toBe(count - 1);
  await expect.poll(() => document.activeElement?.getAttribute('data-action'), { timeout: 5_000 }).toBe('dismiss');
  // The last one: focus goes to the findings list (or the panel's heading), not the body.
  while (dismiss().length > 0) {
    (dismiss()[0] as HTMLButtonElement).focus();
    const before = dismiss().length;
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => dismiss().length, { timeout: 15_000 }).toBe(before - 1);
  }
  await expect.poll(() => document.activeElement, { timeout: 5_000 }).not.toBe(document.body);
});

test('F8 announces the finding it moves to, once: severity and message', async () => {
  const { editor } = await renderEditor({}, 3);
  await focusEditor(editor, 'start');
  const region = () => document.querySelector<HTMLElement>('[data-role="finding-announcement"]') as HTMLElement;
  expect(region().getAttribute('aria-live')).toBe('polite');
  await userEvent.keyboard('{F8}');
  const first = editor.storage.caseNoteLint.diagnostics[0];
  await expect.poll(() => region().textContent).toBe(`${severityTitles.info}: ${first?.message}`);
  await userEvent.keyboard('{F8}');
  const second = editor.storage.caseNoteLint.diagnostics[1];
  await expect.poll(() => region().textContent?.trim()).toBe(`${severityTitles.info}: ${second?.message}`);
});

test('the findings list: a shortcut on screen brings focus there; PageDown and PageUp move by a page; Esc goes back to the note', async () => {
  const note = `<p>${Array.from({ length: 14 }, (_, index) => `Visit ${index + 1}: LAC.`).join(' ')}</p>`;
  const { editor } = await renderEditor({ content: note }, 14);
  await expect.element(page.getByText(/Alt\+Shift\+L this list/)).toBeVisible();
  await focusEditor(editor, 'start');
  await userEvent.keyboard('{Alt>}{Shift>}L{/Shift}{/Alt}');
  await expect.poll(() => document.activeElement).toBe(listbox());
  const active = () => document.getElementById(listbox().getAttribute('aria-activedescendant') ?? '');
  const options = () => [...listbox().querySelectorAll('[role="option"]')];
  await userEvent.keyboard('{Home}');
  await userEvent.keyboard('{PageDown}');
  expect(options().indexOf(active() as Element)).toBe(10);
  await userEvent.keyboard('{PageDown}');
  expect(options().indexOf(active() as Element)).toBe(13);
  await userEvent.keyboard('{PageUp}');
  expect(options().indexOf(active() as Element)).toBe(3);
  await userEvent.keyboard('{Escape}');
  await expect.poll(() => document.activeElement).toBe(editor.view.dom);
});
