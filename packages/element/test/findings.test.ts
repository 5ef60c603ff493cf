/// <reference types="vite/client" />
import tiptapStyles from '@casenote/tiptap/styles.css?raw';
import { afterEach, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { loadRuleDetails } from '@casenote/lint';
import type { CaseNoteEditorElement } from '../src/index.ts';
import { clearPage, editorOf, findingOf, focusNote, renderPage, riskNote, underlinedText } from './fixtures.ts';

afterEach(clearPage);

function renderRiskNote(attributes = ''): CaseNoteEditorElement {
  const host = renderPage(
    `<label for="note">Visit note</label><casenote-editor id="note" name="note" ${attributes}>${riskNote}</casenote-editor>`,
  );
  return host.querySelector('casenote-editor') as CaseNoteEditorElement;
}

test('underlines "is putting herself at risk" with a dashed warning underline and says why in words', async () => {
  const element = renderRiskNote();
  const finding = await findingOf(element, 'put-self-at-risk');
  // The finding takes in "is", so its fix ("is at risk") reads correctly in the sentence.
  await expect.poll(() => underlinedText(element, finding.id)).toBe('is putting herself at risk');
  const span = element.shadowRoot?.querySelector(`[data-diagnostic-id="${finding.id}"]`) as HTMLElement;
  const style = getComputedStyle(span);
  expect(style.textDecorationLine).toBe('underline');
  expect(style.textDecorationStyle).toBe('dashed');
  expect(span.getAttribute('aria-description')).toMatch(/^Warning: /);
});

test('a suggestion in the card applies as one undoable step', async () => {
  const host = renderPage(`<casenote-editor name="note">Jade put herself at risk.</casenote-editor>`);
  const element = host.querySelector('casenote-editor') as CaseNoteEditorElement;
  const editor = await editorOf(element);
  const finding = await findingOf(element, 'put-self-at-risk');
  await focusNote(element, finding.from + 2);
  // The caret moving into the finding opens its card.
  const card = page.getByRole('dialog');
  await expect.poll(() => card.query()?.textContent ?? '').toContain(finding.message);
  await expect.element(card.getByText('Warning', { exact: true })).toBeInTheDocument();
  // why it matters, from the rule details the element loaded with the engine, read as the card's description
  const explanation = (await loadRuleDetails()).explanation('put-self-at-risk') as string;
  expect(explanation.length).toBeGreaterThan(20);
  await expect.element(card).toHaveAccessibleDescription(explanation);
  await userEvent.click(card.getByRole('button', { name: 'was at risk', exact: true }));
  expect(editor.getText()).toBe('Jade was at risk.');
  expect(element.value).toBe('<p>Jade was at risk.</p>');
  await userEvent.keyboard('{Control>}z{/Control}');
  expect(editor.getText()).toBe('Jade put herself at risk.');
  expect(element.value).toBe('<p>Jade put herself at risk.</p>');
});

test('focus is back in the note the moment a fix is clicked, so Ctrl+Z straight after it undoes the fix', async () => {
  const host = renderPage(`<casenote-editor name="note">Jade put herself at risk.</casenote-editor>`);
  const element = host.querySelector('casenote-editor') as CaseNoteEditorElement;
  const editor = await editorOf(element);
  const finding = await findingOf(element, 'put-self-at-risk');
  await focusNote(element, finding.from + 2);
  await userEvent.keyboard('{Alt>}{Enter}{/Alt}');
  const button = page.getByRole('dialog').getByRole('button', { name: 'was at risk', exact: true });
  await expect.element(button).toBeVisible();
  (button.element() as HTMLButtonElement).focus();
  // A click dispatched in one task: nothing (no animation frame) runs between it and the check below.
  (button.element() as HTMLButtonElement).click();
  expect(element.shadowRoot?.activeElement).toBe(editor.view.dom);
  await userEvent.keyboard('{Control>}z{/Control}');
  expect(editor.getText()).toBe('Jade put herself at risk.');
});

test('Alt+Enter opens the card with focus in it; Ignore removes the finding; Esc closes and returns to the note', async () => {
  const element = renderRiskNote();
  const editor = await editorOf(element);
  const finding = await findingOf(element, 'put-self-at-risk');
  await focusNote(element, finding.from + 2);
  await userEvent.keyboard('{Escape}');
  await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
  await userEvent.keyboard('{Alt>}{Enter}{/Alt}');
  const card = page.getByRole('dialog');
  await expect.element(card).toBeVisible();
  await expect.poll(() => element.shadowRoot?.activeElement?.textContent).toBe('is at risk');
  await userEvent.keyboard('{Escape}');
  await expect.element(card).not.toBeInTheDocument();
  expect(element.shadowRoot?.activeElement).toBe(editor.view.dom);
  await userEvent.keyboard('{Alt>}{Enter}{/Alt}');
  await userEvent.click(page.getByRole('dialog').getByRole('button', { name: 'Ignore' }));
  expect(editor.storage.caseNoteLint.getDiagnostic(finding.id)).toBeNull();
  expect(editor.getText()).toBe(riskNote);
});

test('in a read-only note, Enter on a finding in the panel opens its card, suggestions as text', async () => {
  const element = renderRiskNote('readonly');
  await findingOf(element, 'put-self-at-risk');
  await expect.element(page.getByRole('textbox', { name: 'Visit note' })).toHaveAttribute('tabindex', '0');
  const listbox = page.getByRole('listbox', { name: /Findings/ });
  await expect.element(listbox).toBeInTheDocument();
  (listbox.element() as HTMLElement).focus();
  await userEvent.keyboard('{Enter}');
  const card = page.getByRole('dialog');
  await expect.poll(() => card.query()?.contains(element.shadowRoot?.activeElement ?? null)).toBe(true);
  await expect.element(card.getByText('Could be written as')).toBeInTheDocument();
  await expect.element(card.getByRole('listitem').first()).toHaveTextContent('is at risk');
  expect(card.getByRole('button', { name: 'is at risk' }).elements()).toHaveLength(0);
});

test('F8 moves to the finding; the findings panel lists it and selects it from the keyboard', async () => {
  const element = renderRiskNote('child="Jade:9"');
  const editor = await editorOf(element);
  const finding = await findingOf(element, 'put-self-at-risk');
  await focusNote(element, 'start');
  await userEvent.keyboard('{F8}');
  const { from, to } = editor.state.selection;
  expect(editor.state.doc.textBetween(from, to)).not.toBe('');
  const listbox = page.getByRole('listbox', { name: /Findings/ });
  await expect.element(listbox).toBeInTheDocument();
  const option = listbox.getByRole('option').filter({ hasText: 'putting herself at risk' });
  await expect.poll(() => option.query()?.textContent ?? '').toMatch(/^Warning: “is putting herself at risk”/);
  (listbox.element() as HTMLElement).focus();
  await userEvent.keyboard('{End}');
  await expect.element(option).toHaveAttribute('aria-selected', 'true');
  await userEvent.keyboard('{Enter}');
  expect(editor.state.selection.from).toBe(finding.from);
  expect(editor.state.selection.to).toBe(finding.to);
  expect(element.shadowRoot?.activeElement).toBe(editor.view.dom);
});

test('announces the counts politely once they settle, and shows the written-to-the-child meter', async () => {
  const element = renderRiskNote('child="Jade:9"');
  await findingOf(element, 'put-self-at-risk');
  const status = page.getByRole('status');
  await expect.poll(() => status.element().textContent, { timeout: 10_000 }).toMatch(/1 victim-blaming/);
  const meter = page.getByRole('meter', { name: 'Written to the child' });
  await expect
    .poll(() => meter.query()?.getAttribute('aria-valuetext'), { timeout: 10_000 })
    .toBe('0% written to Jade (0 of 1 sentence)');
});

test('a clean checked note shows one message in the panel, not “No findings” beside it', async () => {
  const host = renderPage(
    `<casenote-editor aria-label="Visit note" child="Jade:9">I visited you at home today. You told me “I like my new school.”</casenote-editor>`,
  );
  const element = host.querySelector('casenote-editor') as CaseNoteEditorElement;
  const editor = await editorOf(element);
  const panel = element.shadowRoot?.querySelector<HTMLElement>('.panel') as HTMLElement;
  await expect.poll(() => panel.querySelector<HTMLElement>('.panel__empty')?.hidden, { timeout: 10_000 }).toBe(false);
  expect(editor.storage.caseNoteLint.diagnostics).toEqual([]);
  // The panel's own lines under its heading (the meter and the live region aside).
  const shown = [...panel.querySelectorAll<HTMLElement>(':scope > p')]
    .filter((line) => !line.hidden && !line.classList.contains('visually-hidden'))
    .map((line) => line.textContent);
  expect(shown).toEqual(['Nothing to look at in this note.']);
});

test('host CSS does not reach the editor, and the editor styles do not reach the host', async () => {
  const hostStyle = document.createElement('style');
  hostStyle.textContent =
    'p, div { color: rgb(255, 0, 0) !important; } .ProseMirror { display: none !important; } button { display: none !important; }';
  document.head.append(hostStyle);
  try {
    const host = renderPage(
      `${'<p class="casenote-diagnostic">host text</p>'}<casenote-editor name="n">${riskNote}</casenote-editor>`,
    );
    const element = host.querySelector('casenote-editor') as CaseNoteEditorElement;
    const editor = await editorOf(element);
    await findingOf(element, 'put-self-at-risk');
    expect(getComputedStyle(editor.view.dom).display).toBe('block');
    expect(getComputedStyle(editor.view.dom.querySelector('p') as HTMLElement).color).not.toBe('rgb(255, 0, 0)');
    expect(getComputedStyle(host.querySelector('p') as HTMLElement).textDecorationLine).toBe('none');
    expect(document.head.querySelector('style[data-tiptap-style]')).toBeNull();
  } finally {
    hostStyle.remove();
  }
});

test('carries every rule of @casenote/tiptap/styles.css into the shadow root', () => {
  const element = renderRiskNote();
  const rules = (sheet: CSSStyleSheet) => [...sheet.cssRules].map((rule) => rule.cssText);
  const adopted = (element.shadowRoot as ShadowRoot).adoptedStyleSheets.flatMap(rules);
  const expected = new CSSStyleSheet();
  expected.replaceSync(tiptapStyles.replace(':root {', ':host {'));
  for (const rule of rules(expected)) expect(adopted).toContain(rule);
});

test('the editing area is described by its shortcuts, in the same words as the React editor', async () => {
  const element = renderRiskNote();
  await editorOf(element);
  const area = element.shadowRoot?.querySelector('.ProseMirror') as HTMLElement;
  const help = element.shadowRoot?.getElementById(area.getAttribute('aria-describedby') ?? '');
  expect(help?.textContent).toMatch(
    /^F8 and Shift\+F8 move to the next and previous finding\. (Control|Command)\+full stop or Alt\+Enter opens the explanation of the finding at the caret\. (Control|Command)\+Shift\+Enter applies its first suggestion\.$/,
  );
});

test('a finding with no one-click fix shows its wording to consider as text in the card, with no button to apply it', async () => {
  const host = renderPage(
    `<casenote-editor name="note">Jade was used as a money mule by older boys.</casenote-editor>`,
  );
  const element = host.querySelector('casenote-editor') as CaseNoteEditorElement;
  const finding = await findingOf(element, 'money-mule');
  expect(finding.suggestions).toEqual([]);
  await focusNote(element, finding.from + 2);
  const card = page.getByRole('dialog');
  await expect.poll(() => card.query()?.textContent ?? '').toContain(finding.message);
  const group = card.getByRole('group');
  await expect.element(group).toHaveAccessibleName('Wording to consider (not a one-click fix)');
  await expect.element(group.getByRole('listitem').first()).toHaveTextContent('child exploited to move money');
  expect(card.query()?.querySelector('[data-action="suggestion"]')).toBeNull();
  await expect.element(card.getByRole('button', { name: 'Ignore' })).toBeVisible();
});
