/// <reference types="vite/client" />
import type { Editor } from '@tiptap/core';
import { afterEach, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { cleanup, render } from 'vitest-browser-react';
import { CaseNoteEditor, CaseNoteLabelsProvider, type CaseNoteLabelsOverrides } from '../src/index.ts';
import { card, findingFor, jadeNote, renderEditor, spansOf, wordLevelOnly } from './fixtures.tsx';

afterEach(async () => {
  await cleanup();
});

/** A few of the words in Welsh, as a host would pass them. */
const welsh: CaseNoteLabelsOverrides = {
  card: { replaceWith: 'Rhoi yn lle', ignore: 'Anwybyddu', close: 'Cau', readGuidance: 'Darllen y canllaw' },
  panel: { heading: 'Canfyddiadau', keyboard: 'Bysellfwrdd:' },
  severityTitles: { warning: 'Rhybudd', info: 'Gwybodaeth' },
  help: { editorName: 'Nodyn achos' },
};

async function openCardFor(editor: Editor, actual: string) {
  const finding = findingFor(editor, actual);
  await userEvent.hover(page.elementLocator(spansOf(finding.id)[0] as HTMLElement));
  await expect.poll(() => card()?.dataset.diagnosticId).toBe(finding.id);
}

test('the card, the panel and the editing area show the words passed in the labels prop', async () => {
  const { editor } = await renderEditor({ labels: welsh }, 3);
  await expect.element(page.getByRole('textbox', { name: 'Nodyn achos' })).toBeVisible();
  await expect.element(page.getByRole('heading', { name: /Canfyddiadau/ })).toBeVisible();
  await expect.poll(() => document.querySelector('.casenote-panel__keys')?.textContent).toMatch(/^Bysellfwrdd: /);

  await openCardFor(editor, 'LAC');
  const dialog = page.getByRole('dialog');
  await expect.element(dialog.getByRole('button', { name: 'Anwybyddu' })).toBeVisible();
  await expect.element(dialog.getByRole('button', { name: 'Cau' })).toBeVisible();
  await expect.element(dialog.getByText('Rhoi yn lle')).toBeVisible();
  // Words not replaced stay the en-GB defaults.
  await expect.element(dialog.getByRole('button', { name: 'Turn off this rule' })).toBeVisible();
  await expect.element(dialog.getByRole('link', { name: /Darllen y canllaw \(opens in a new tab\)/ })).toBeVisible();
});

test('a provider gives its words to the editor inside it, and the labels prop is laid over them', async () => {
  let editor: Editor | null = null;
  await render(
    <CaseNoteLabelsProvider labels={welsh}>
      <CaseNoteEditor
        content={jadeNote}
        delay={0}
        lintOptions={wordLevelOnly}
        labels={{ card: { close: 'Close card (test)' } }}
        onEditorReady={(ready) => (editor = ready)}
      />
    </CaseNoteLabelsProvider>,
  );
  await expect.poll(() => editor).not.toBeNull();
  const ready = editor as unknown as Editor;
  await expect.poll(() => ready.storage.caseNoteLint.diagnostics.length).toBeGreaterThan(0);
  await expect.element(page.getByRole('heading', { name: /Canfyddiadau/ })).toBeVisible();
  await expect.poll(() => document.querySelector('[role="option"]')?.textContent).toMatch(/^Gwybodaeth: /);

  await openCardFor(ready, 'LAC');
  const dialog = page.getByRole('dialog');
  await expect.element(dialog.getByRole('button', { name: 'Close card (test)' })).toBeVisible();
  await expect.element(dialog.getByRole('button', { name: 'Anwybyddu' })).toBeVisible();
});
