import { createLinter } from '@casenote/lint';
import { afterEach, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { cleanup } from 'vitest-browser-react';
import { findingFor, focusEditor, renderEditor, wordLevelOnly } from './fixtures.tsx';

const note = '<p>Jade has contact with her dad at the contact centre. She is LAC. She put herself at risk.</p>';
const text = 'Jade has contact with her dad at the contact centre. She is LAC. She put herself at risk.';

afterEach(async () => {
  await cleanup();
});

function listbox(): HTMLElement {
  const found = document.querySelector<HTMLElement>('[role="listbox"]');
  if (!found) throw new Error('no listbox');
  return found;
}

/** The flagged words of the listbox's active option. */
function activeActual(): string | undefined {
  const id = listbox().getAttribute('aria-activedescendant');
  return id
    ? document.getElementById(id)?.querySelector('.casenote-panel__actual')?.textContent?.slice(1, -1)
    : undefined;
}

test('groups findings by category with counts, severity in words and icons', async () => {
  await renderEditor({ content: note }, 4);
  const groups = [...document.querySelectorAll<HTMLElement>('.casenote-panel [role="group"]')];
  expect(groups.map((group) => group.dataset.category)).toEqual(['victim-blaming', 'jargon']);
  await expect.element(page.getByRole('group', { name: 'Victim-blaming (1)' })).toBeInTheDocument();
  await expect.element(page.getByRole('group', { name: 'Jargon (3)' })).toBeInTheDocument();
  const options = [...document.querySelectorAll<HTMLElement>('[role="option"]')];
  expect(options.map((option) => option.querySelector('.casenote-panel__actual')?.textContent)).toEqual([
    '“put herself at risk”',
    '“contact”',
    '“contact centre”',
    '“LAC”',
  ]);
  for (const option of options) {
    const severity = option.dataset.severity as string;
    expect(option.querySelector(`.casenote-severity-icon--${severity}`)).not.toBeNull();
  }
  expect(options[0]?.querySelector('.casenote-severity')?.textContent).toMatch(/^Warning/);
  expect(options[1]?.querySelector('.casenote-severity')?.textContent).toMatch(/^Information/);
  await expect.element(page.getByRole('heading', { name: 'Findings (4)' })).toBeInTheDocument();
});

test('the live region announces the counts once they settle, not at every change', async () => {
  const announced: string[] = [];
  const { editor } = await renderEditor({ content: note, panelProps: { announceDelay: 1000 } }, 4);
  const status = page.getByRole('status');
  await expect.element(status).toHaveTextContent('4 findings: 3 jargon, 1 victim-blaming');
  const observer = new MutationObserver(() => announced.push(status.element().textContent ?? ''));
  observer.observe(status.element(), { childList: true, subtree: true, characterData: true });
  await focusEditor(editor, 'end');
  // The counts change twice while the writer is busy; only the final count is read out.
  await userEvent.keyboard(' Her brother is LAC.');
  await expect.poll(() => editor.storage.caseNoteLint.diagnostics.length).toBe(5);
  await userEvent.keyboard(' He is LAC too.');
  await expect.poll(() => editor.storage.caseNoteLint.diagnostics.length).toBe(6);
  await expect.element(status).toHaveTextContent('6 findings: 5 jargon, 1 victim-blaming');
  observer.disconnect();
  expect(announced).toEqual(['6 findings: 5 jargon, 1 victim-blaming']);
});

test('the listbox works with the keyboard: arrows, Home, End, and Enter selects in the editor', async () => {
  const { editor } = await renderEditor({ content: note }, 4);
  await focusEditor(editor, 'start');
  await userEvent.tab();
  expect(document.activeElement).toBe(listbox());
  expect(activeActual()).toBe('put herself at risk');
  const selectedIds = () =>
    [...document.querySelectorAll('[role="option"][aria-selected="true"]')].map((option) => option.id);
  expect(selectedIds()).toEqual([listbox().getAttribute('aria-activedescendant')]);
  await userEvent.keyboard('{ArrowDown}');
  expect(activeActual()).toBe('contact');
  await userEvent.keyboard('{End}');
  expect(activeActual()).toBe('LAC');
  await userEvent.keyboard('{ArrowDown}');
  expect(activeActual()).toBe('LAC');
  await userEvent.keyboard('{Home}');
  expect(activeActual()).toBe('put herself at risk');
  await userEvent.keyboard('{ArrowUp}');
  expect(activeActual()).toBe('put herself at risk');
  await userEvent.keyboard('{ArrowDown}{ArrowDown}');
  expect(activeActual()).toBe('contact centre');
  await userEvent.keyboard('{Enter}');
  const centre = findingFor(editor, 'contact centre');
  expect(document.activeElement).toBe(editor.view.dom);
  expect([editor.state.selection.from, editor.state.selection.to]).toEqual([centre.from, centre.to]);
  expect(editor.state.doc.textBetween(editor.state.selection.from, editor.state.selection.to)).toBe('contact centre');
});

test('clicking a finding selects it in the editor', async () => {
  const { editor } = await renderEditor({ content: note }, 4);
  await page.getByRole('option').filter({ hasText: '“LAC”' }).click();
  const lac = findingFor(editor, 'LAC');
  expect([editor.state.selection.from, editor.state.selection.to]).toEqual([lac.from, lac.to]);
  expect(document.activeElement).toBe(editor.view.dom);
});

test('F8 and Shift+F8 move between findings in the editor, wrapping round, and the panel follows', async () => {
  const { editor } = await renderEditor({ content: note }, 4);
  const selected = () => editor.state.doc.textBetween(editor.state.selection.from, editor.state.selection.to);
  await focusEditor(editor, 'start');
  await userEvent.keyboard('{F8}');
  expect(selected()).toBe('contact');
  await expect.poll(activeActual).toBe('contact');
  await userEvent.keyboard('{F8}');
  expect(selected()).toBe('contact centre');
  await userEvent.keyboard('{F8}{F8}');
  expect(selected()).toBe('put herself at risk');
  await userEvent.keyboard('{F8}');
  expect(selected()).toBe('contact');
  await userEvent.keyboard('{Shift>}{F8}{/Shift}');
  expect(selected()).toBe('put herself at risk');
  await expect.poll(activeActual).toBe('put herself at risk');
  await userEvent.keyboard('{Shift>}{F8}{/Shift}');
  expect(selected()).toBe('LAC');
  expect(document.activeElement).toBe(editor.view.dom);
});

test('Ctrl+Shift+Enter applies the first suggestion of the finding at the caret; Ctrl+Z restores it', async () => {
  const { editor } = await renderEditor({ content: note }, 4);
  const before = editor.getHTML();
  const contact = findingFor(editor, 'contact');
  await focusEditor(editor, 'start');
  await userEvent.keyboard('{F8}');
  await userEvent.keyboard('{Control>}{Shift>}{Enter}{/Shift}{/Control}');
  expect(editor.state.doc.textContent).toBe(text.replace('contact with', `${contact.suggestions[0]} with`));
  expect(editor.state.doc.childCount).toBe(1);
  await userEvent.keyboard('{Control>}z{/Control}');
  expect(editor.getHTML()).toBe(before);
  // With the caret on plain words the shortcut does nothing.
  await focusEditor(editor, 'start');
  await userEvent.keyboard('{Control>}{Shift>}{Enter}{/Shift}{/Control}');
  expect(editor.state.doc.textContent).toBe(text);
});

test('a clean note shows an empty state instead of an empty listbox', async () => {
  await renderEditor({ content: '<p>I visited you at home and you showed me your drawings.</p>' }, 0);
  await expect.element(page.getByRole('heading', { name: 'Findings (0)' })).toBeInTheDocument();
  expect(document.querySelector('[role="listbox"]')).toBeNull();
  await expect.element(page.getByRole('status')).toHaveTextContent('No findings');
});

test('says it is checking, not that there is nothing, until the whole note has been checked', async () => {
  const engine = createLinter({ ...wordLevelOnly });
  let answer: () => void = () => {};
  const answered = new Promise<void>((resolve) => (answer = resolve));
  const slowLinter = {
    lint: async (text: string) => {
      await answered;
      return engine.lint(text);
    },
  };
  await renderEditor({ content: note, linter: slowLinter });
  const panel = document.querySelector<HTMLElement>('.casenote-panel') as HTMLElement;
  await expect.element(page.getByText('Checking the note…')).toBeVisible();
  expect(panel.textContent).not.toContain('Nothing to look at');
  expect(panel.getAttribute('aria-busy')).toBe('true');
  answer();
  await expect.element(page.getByRole('group', { name: 'Jargon (3)' })).toBeInTheDocument();
  expect(panel.textContent).not.toContain('Checking the note…');
  expect(panel.hasAttribute('aria-busy')).toBe(false);
});

test('a clean note shows one message once it has been checked, not “No findings” beside it', async () => {
  await renderEditor({ content: '<p>I visited you at home today and we talked about school.</p>' }, 0);
  await expect.element(page.getByText('Nothing to look at in this note.')).toBeVisible();
  const panel = document.querySelector<HTMLElement>('.casenote-panel') as HTMLElement;
  const shown = [...panel.querySelectorAll<HTMLElement>('p')]
    .filter((line) => !line.classList.contains('casenote-visually-hidden') && !line.closest('.casenote-panel__keys'))
    .map((line) => line.textContent);
  expect(shown).toEqual(['Nothing to look at in this note.']);
  // Screen readers still hear the count in the live region.
  await expect.element(page.getByRole('status')).toHaveTextContent('No findings');
});
