/// <reference types="vite/client" />
import type { Editor } from '@tiptap/core';
import { EditorContent } from '@tiptap/react';
import { afterEach, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { cleanup, render } from 'vitest-browser-react';
import {
  CaseNoteEditor,
  CaseNoteLabelsProvider,
  type CaseNoteLabelsOverrides,
  ContactRecordChecklist,
  ThresholdPanel,
  useCaseNoteEditor,
} from '../src/index.ts';
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

function RecordAndGuide() {
  const editor = useCaseNoteEditor({
    content: '<p>Jade has been missing from home twice this month.</p>',
    ariaLabel: 'Nodyn',
    lintOptions: wordLevelOnly,
    delay: 0,
  });
  return (
    <main>
      <EditorContent editor={editor} />
      <ContactRecordChecklist editor={editor} delay={20} />
      <ThresholdPanel editor={editor} delay={20} />
    </main>
  );
}

test('a host’s labels replace the words of the contact-record checklist and the threshold panel', async () => {
  await render(
    <CaseNoteLabelsProvider
      labels={{
        record: {
          heading: 'Cofnod cyswllt',
          insertTemplate: 'Mewnosod y templed',
          progress: (done, total) => `${done} o ${total} adran`,
        },
        recordStatuses: { missing: 'Ar goll' },
        recordStatusDescriptions: { missing: 'Nid yw’r pennawd yn y nodyn.' },
        threshold: {
          heading: 'Canllaw trothwy',
          search: 'Chwilio’r canllaw',
          decision: 'Chi a’ch rheolwr sy’n penderfynu.',
          youWrote: (actual) => `Ysgrifennoch ‘${actual}’`,
        },
      }}
    >
      <RecordAndGuide />
    </CaseNoteLabelsProvider>,
  );
  await expect.element(page.getByRole('heading', { name: 'Cofnod cyswllt' })).toBeVisible();
  await expect.element(page.getByRole('button', { name: 'Mewnosod y templed' })).toBeVisible();
  const record = document.querySelector<HTMLElement>('.casenote-record') as HTMLElement;
  await expect.poll(() => record.querySelector('.casenote-record__progress')?.textContent).toMatch(/^0 o \d+ adran$/);
  const statuses = [...record.querySelectorAll('.casenote-record__status')].map((status) => status.textContent);
  expect(new Set(statuses)).toEqual(new Set(['Ar goll']));
  expect(record.textContent).toContain('Nid yw’r pennawd yn y nodyn.');

  await expect.element(page.getByRole('heading', { name: 'Canllaw trothwy' })).toBeVisible();
  await expect.element(page.getByRole('searchbox', { name: 'Chwilio’r canllaw' })).toBeVisible();
  await expect.element(page.getByText('Chi a’ch rheolwr sy’n penderfynu.')).toBeVisible();
  const guide = document.querySelector<HTMLElement>('.casenote-threshold') as HTMLElement;
  await expect
    .poll(() => guide.querySelector('.casenote-threshold__phrase')?.textContent)
    .toBe('Ysgrifennoch ‘missing from home’');
  // Words not replaced stay the en-GB defaults.
  expect(guide.textContent).toContain('Related to your note');
  expect(record.textContent).toContain('Example template.');
});
