import { afterEach, expect, test, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { cleanup } from 'vitest-browser-react';
import { loadRuleDetails } from '@casenote/lint';
import { card, findingFor, focusEditor, jadeText, renderEditor, spansOf } from './fixtures.tsx';

afterEach(async () => {
  await cleanup();
});

test('underlines every finding with the severity classes and ids', async () => {
  const { editor } = await renderEditor({}, 3);
  const lac = findingFor(editor, 'LAC');
  const spans = spansOf(lac.id);
  expect(spans.map((span) => span.textContent).join('')).toBe('LAC');
  expect(spans[0]?.className).toBe(`casenote-diagnostic casenote-diagnostic--${lac.severity}`);
  expect(getComputedStyle(spans[0] as HTMLElement).textDecorationLine).toBe('underline');
  expect(card()).toBeNull();
});

test('opens the card when the caret enters a flagged range, and closes it when the caret leaves', async () => {
  const { editor } = await renderEditor({}, 3);
  const contact = findingFor(editor, 'contact');
  await focusEditor(editor, 'start');
  // "Jade has |contact": nine presses of the right arrow from the start of the note.
  await userEvent.keyboard('{ArrowRight>8}');
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(card()).toBeNull();
  await userEvent.keyboard('{ArrowRight}');
  await expect.poll(() => card()?.dataset.diagnosticId).toBe(contact.id);
  const dialog = page.getByRole('dialog');
  await expect.element(dialog).toHaveAccessibleName(contact.message);
  // the explanation comes from the rule details, which the editor loaded with the engine
  const explanation = (await loadRuleDetails()).explanation(contact.ruleId) as string;
  expect(explanation.length).toBeGreaterThan(20);
  await expect.element(dialog).toHaveAccessibleDescription(explanation);
  expect(card()?.querySelector('.casenote-card__explanation')?.textContent).toBe(explanation);
  // The caret stays in the editor: the card does not steal focus when opened by the caret.
  expect(document.activeElement).toBe(editor.view.dom);
  // Back out of the word (not Home: where "contact" starts a wrapped line, Home stays put).
  await userEvent.keyboard('{ArrowLeft>2}');
  await expect.poll(() => card()).toBeNull();
});

test('opens the card on hover and closes it once the pointer leaves', async () => {
  const { editor } = await renderEditor({}, 3);
  const lac = findingFor(editor, 'LAC');
  await userEvent.hover(page.elementLocator(spansOf(lac.id)[0] as HTMLElement));
  await expect.poll(() => card()?.dataset.diagnosticId).toBe(lac.id);
  // Positioned beside the words, below them by default.
  await expect.poll(() => card()?.dataset.positioned).toBe('true');
  const wordBox = (spansOf(lac.id)[0] as HTMLElement).getBoundingClientRect();
  const cardBox = (card() as HTMLElement).getBoundingClientRect();
  expect(cardBox.top).toBeGreaterThanOrEqual(wordBox.bottom);
  // Starting at the words, or moved left just enough to stay on screen (fonts decide where "LAC" falls).
  expect(cardBox.left - wordBox.left).toBeLessThan(40);
  expect(cardBox.left).toBeLessThanOrEqual(wordBox.right);
  expect(cardBox.right).toBeGreaterThanOrEqual(wordBox.left);
  expect(cardBox.right).toBeLessThanOrEqual(window.innerWidth);
  if (wordBox.left - cardBox.left >= 40) expect(window.innerWidth - cardBox.right).toBeLessThan(12);
  // Moving onto the card keeps it open; moving away closes it.
  await userEvent.hover(page.getByRole('dialog'));
  await new Promise((resolve) => setTimeout(resolve, 400));
  expect(card()).not.toBeNull();
  // The top-left corner of the editing area, well away from the flagged words and the card.
  await userEvent.hover(page.getByRole('textbox'), { position: { x: 3, y: 3 } });
  await expect.poll(() => card()).toBeNull();
});

test('a suggestion button replaces the words in one step that Ctrl+Z undoes exactly', async () => {
  const onUpdate = vi.fn();
  const { editor } = await renderEditor({ onUpdate }, 3);
  const before = editor.getHTML();
  const lac = findingFor(editor, 'LAC');
  await userEvent.hover(page.elementLocator(spansOf(lac.id)[0] as HTMLElement));
  const suggestions = page
    .getByRole('dialog')
    .getByRole('button')
    .filter({ hasText: lac.suggestions[0] as string });
  await expect.element(suggestions.first()).toHaveAttribute('data-action', 'suggestion');
  expect(document.querySelectorAll('.casenote-card [data-action="suggestion"]')).toHaveLength(lac.suggestions.length);
  await suggestions.first().click();
  expect(editor.state.doc.textContent).toBe(jadeText.replace('LAC', lac.suggestions[0] as string));
  expect(onUpdate).toHaveBeenCalled();
  await expect.poll(() => card()).toBeNull();
  expect(document.activeElement).toBe(editor.view.dom);
  await userEvent.keyboard('{Control>}z{/Control}');
  expect(editor.getHTML()).toBe(before);
  expect(editor.state.doc.textContent).toBe(jadeText);
  // The finding comes back once the restored words are checked again.
  await expect.poll(() => editor.storage.caseNoteLint.diagnostics.map((d) => d.actual)).toContain('LAC');
});

test('focus is back in the note the moment a fix is clicked, so Ctrl+Z straight after it undoes the fix', async () => {
  const { editor } = await renderEditor({}, 3);
  const lac = findingFor(editor, 'LAC');
  await userEvent.hover(page.elementLocator(spansOf(lac.id)[0] as HTMLElement));
  await expect.element(page.getByRole('dialog').getByRole('button', { name: lac.suggestions[0] })).toBeVisible();
  const button = document.querySelector<HTMLButtonElement>('.casenote-card [data-action="suggestion"]');
  // A click dispatched in one task: nothing (no animation frame) runs between it and the check below.
  button?.click();
  expect(document.activeElement).toBe(editor.view.dom);
  expect(editor.state.doc.textContent).toBe(jadeText.replace('LAC', lac.suggestions[0] as string));
  await userEvent.keyboard('{Control>}z{/Control}');
  expect(editor.state.doc.textContent).toBe(jadeText);
});

test('Ignore hides this finding only; the same words elsewhere stay flagged', async () => {
  const { editor } = await renderEditor({ content: '<p>She is LAC. Her brother is LAC too.</p>' }, 2);
  const first = findingFor(editor, 'LAC', 0);
  const second = findingFor(editor, 'LAC', 1);
  await userEvent.hover(page.elementLocator(spansOf(first.id)[0] as HTMLElement));
  await page.getByRole('dialog').getByRole('button', { name: 'Ignore' }).click();
  await expect.poll(() => spansOf(first.id)).toHaveLength(0);
  expect(spansOf(second.id)).toHaveLength(1);
  expect(editor.state.doc.textContent).toBe('She is LAC. Her brother is LAC too.');
  await expect.poll(() => card()).toBeNull();
});

test('Turn off this rule removes every finding of the rule and tells the host', async () => {
  const onRuleSeverityChange = vi.fn();
  const { editor } = await renderEditor(
    { content: '<p>She is LAC. Her brother is LAC and has contact with his dad.</p>', onRuleSeverityChange },
    3,
  );
  const lac = findingFor(editor, 'LAC');
  await userEvent.hover(page.elementLocator(spansOf(lac.id)[0] as HTMLElement));
  await page.getByRole('dialog').getByRole('button', { name: 'Turn off this rule' }).click();
  await expect.poll(() => editor.storage.caseNoteLint.diagnostics.map((d) => d.actual)).toEqual(['contact']);
  expect(onRuleSeverityChange).toHaveBeenCalledWith(lac.ruleId, 'off');
  expect(document.querySelector(`[data-rule-id="${lac.ruleId}"]`)).toBeNull();
});

test('Ctrl+. opens the card with focus inside; Tab moves through it; Esc closes it and returns focus', async () => {
  const { editor } = await renderEditor({}, 3);
  const lac = findingFor(editor, 'LAC');
  editor
    .chain()
    .focus()
    .setTextSelection(lac.from + 1)
    .run();
  await expect.poll(() => card()?.dataset.diagnosticId).toBe(lac.id);
  expect(document.activeElement).toBe(editor.view.dom);
  await userEvent.keyboard('{Control>}.{/Control}');
  await expect.poll(() => document.activeElement?.getAttribute('data-action')).toBe('suggestion');
  expect(card()?.contains(document.activeElement)).toBe(true);
  await userEvent.tab();
  expect(card()?.contains(document.activeElement)).toBe(true);
  await userEvent.keyboard('{Escape}');
  await expect.poll(() => card()).toBeNull();
  expect(document.activeElement).toBe(editor.view.dom);
  // Focus comes back with the caret where it was, and the card stays closed until the caret moves on.
  expect(editor.state.selection.from).toBe(lac.from + 1);
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(card()).toBeNull();
});

test('Alt+Enter also opens the card; Esc pressed in the editor closes a caret card', async () => {
  const { editor } = await renderEditor({}, 3);
  const centre = findingFor(editor, 'contact centre');
  editor
    .chain()
    .focus()
    .setTextSelection(centre.from + 2)
    .run();
  await expect.poll(() => card()?.dataset.diagnosticId).toBe(centre.id);
  await userEvent.keyboard('{Escape}');
  await expect.poll(() => card()).toBeNull();
  expect(document.activeElement).toBe(editor.view.dom);
  await userEvent.keyboard('{Alt>}{Enter}{/Alt}');
  await expect.poll(() => card()?.dataset.diagnosticId).toBe(centre.id);
  expect(card()?.contains(document.activeElement)).toBe(true);
  // Alt+Enter did not split the paragraph.
  expect(editor.state.doc.childCount).toBe(1);
});

test('the guidance link opens in a new tab, says so, and shows where it goes', async () => {
  const { editor } = await renderEditor({}, 3);
  const lac = findingFor(editor, 'LAC');
  expect(lac.source).toMatch(/^https:\/\//);
  await userEvent.hover(page.elementLocator(spansOf(lac.id)[0] as HTMLElement));
  const link = page.getByRole('dialog').getByRole('link');
  await expect.element(link).toHaveAttribute('href', lac.source as string);
  await expect.element(link).toHaveAttribute('target', '_blank');
  await expect.element(link).toHaveAttribute('rel', expect.stringContaining('noopener'));
  await expect.element(link).toHaveAccessibleName(/opens in a new tab/);
  expect(card()?.querySelector('.casenote-card__source-host')?.textContent).toBe(
    new URL(lac.source as string).hostname.replace(/^www\./, ''),
  );
});

test('read-only: findings still show, suggestions are text rather than buttons, and the note cannot change', async () => {
  const { editor } = await renderEditor({ readOnly: true }, 3);
  const textbox = page.getByRole('textbox', { name: 'Case note' });
  await expect.element(textbox).toHaveAttribute('contenteditable', 'false');
  await expect.element(textbox).toHaveAttribute('aria-readonly', 'true');
  const lac = findingFor(editor, 'LAC');
  await userEvent.hover(page.elementLocator(spansOf(lac.id)[0] as HTMLElement));
  await expect.poll(() => card()?.dataset.diagnosticId).toBe(lac.id);
  expect(document.querySelectorAll('.casenote-card [data-action="suggestion"]')).toHaveLength(0);
  expect([...(card()?.querySelectorAll('li') ?? [])].map((item) => item.textContent)).toEqual(lac.suggestions);
  await userEvent.click(textbox, { position: { x: 3, y: 3 } });
  await userEvent.keyboard('typed');
  expect(editor.state.doc.textContent).toBe(jadeText);
  // The apply shortcut does nothing either, even with the selection on a finding.
  editor.commands.setTextSelection({ from: lac.from, to: lac.to });
  editor.view.dom.dispatchEvent(
    new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, shiftKey: true, bubbles: true }),
  );
  expect(editor.state.doc.textContent).toBe(jadeText);
});

test('a finding with no one-click fix shows its wording to consider as text, with no button to apply it', async () => {
  const { editor } = await renderEditor({ content: '<p>Jade was used as a money mule by older boys.</p>' });
  await expect.poll(() => editor.storage.caseNoteLint.diagnostics.some((d) => d.ruleId === 'money-mule')).toBe(true);
  const mule = findingFor(editor, 'money mule');
  expect(mule.suggestions).toEqual([]);
  await userEvent.hover(page.elementLocator(spansOf(mule.id)[0] as HTMLElement));
  await expect.poll(() => card()?.dataset.diagnosticId).toBe(mule.id);
  const group = page.getByRole('dialog').getByRole('group');
  await expect.element(group).toHaveAccessibleName('Wording to consider (not a one-click fix)');
  expect(
    [...(card() as HTMLElement).querySelectorAll('.casenote-card__suggestion-text')].map((li) => li.textContent),
  ).toEqual(['child exploited to move money', 'child exploited to carry drugs']);
  expect(card()?.querySelector('[data-action="suggestion"]')).toBeNull();
  // the card's own actions stay
  await expect.element(page.getByRole('dialog').getByRole('button', { name: 'Ignore' })).toBeVisible();
});
