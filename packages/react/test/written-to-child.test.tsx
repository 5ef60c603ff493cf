import { analyseNote, type LintOptions } from '@casenote/lint';
import type { CaseNoteAnalyser, NoteContext } from '@casenote/tiptap';
import type { Editor } from '@tiptap/core';
import { afterEach, expect, test, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { cleanup, render } from 'vitest-browser-react';
import '../src/styles.css';
import { CaseNoteEditor, type CaseNoteEditorProps, formatWrittenToChild } from '../src/index.ts';
import { card, focusEditor } from './fixtures.tsx';

afterEach(async () => {
  await cleanup();
});

const jade: NoteContext = { child: { name: 'Jade', age: 9, pronouns: 'she' } };
/** Three sentences about Jade and none to her; each has a safe rewrite. */
const visitAbout = '<p>I visited Jade at home today.</p><p>Jade showed me her drawings. SW visited Jade.</p>';
/** Only the analysis's own findings, so counts here do not depend on the word lists. */
const analysisOnly: LintOptions = {
  categories: { jargon: 'off', deficit: 'off', 'victim-blaming': 'off', readability: 'off' },
};

async function renderNote(props: Partial<CaseNoteEditorProps> = {}) {
  let editor: Editor | null = null;
  const element = (next: Partial<CaseNoteEditorProps>) => (
    <CaseNoteEditor
      content={visitAbout}
      context={jade}
      delay={0}
      analysisDelay={20}
      lintOptions={analysisOnly}
      {...props}
      {...next}
      onEditorReady={(ready) => (editor = ready)}
    />
  );
  const screen = await render(element({}));
  await expect.poll(() => editor).not.toBeNull();
  return {
    screen,
    editor: editor as unknown as Editor,
    rerender: (next: Partial<CaseNoteEditorProps>) => screen.rerender(element(next)),
  };
}

/** The analysis waits for idle time, which a busy test machine may only give at its 1 s deadline. */
const slow = { timeout: 5_000 };
const meter = () => page.getByRole('meter', { name: 'Written to the child' });
const prompts = () =>
  [...document.querySelectorAll('.casenote-panel__prompt .casenote-panel__prompt-message')].map(
    (node) => node.textContent,
  );

test('the meter shows the share of sentences written to the child, in numbers and words', async () => {
  await renderNote();
  await expect.element(meter(), slow).toHaveAttribute('aria-valuetext', '0% written to Jade (0 of 3 sentences)');
  await expect.element(meter(), slow).toHaveAttribute('aria-valuenow', '0');
  await expect.element(meter(), slow).toHaveAttribute('aria-valuemin', '0');
  await expect.element(meter(), slow).toHaveAttribute('aria-valuemax', '100');
  expect(document.querySelector('.casenote-meter__value')?.textContent).toBe('0% written to Jade (0 of 3 sentences)');
});

test('the card offers the rewrite; applying it moves the meter, and undo moves it back', async () => {
  const { editor } = await renderNote();
  await expect.element(meter(), slow).toHaveAttribute('aria-valuenow', '0');
  const rewrite = editor.storage.caseNoteLint.diagnostics.find((d) => d.actual === 'Jade showed me her')!;
  await focusEditor(editor, rewrite.from + 6); // the caret in "showed"
  await expect.poll(() => card()?.dataset.diagnosticId, slow).toBe(rewrite.id);
  const dialog = page.getByRole('dialog');
  await expect.element(dialog).toHaveAccessibleName('This sentence is about Jade; could you write it to her?');
  await expect.element(page.getByRole('group', { name: 'Replace with' })).toBeVisible();
  await page.getByRole('button', { name: 'You showed me your' }).click();
  expect(editor.getText()).toContain('You showed me your drawings.');
  await expect.element(meter(), slow).toHaveAttribute('aria-valuetext', '33% written to Jade (1 of 3 sentences)');

  await focusEditor(editor, 'end');
  await userEvent.keyboard('{Control>}z{/Control}');
  expect(editor.getText()).toContain('Jade showed me her drawings.');
  await expect.element(meter(), slow).toHaveAttribute('aria-valuetext', '0% written to Jade (0 of 3 sentences)');
});

test('the toggle highlights the sentences about the child, with aria-pressed and not by colour alone', async () => {
  const { editor } = await renderNote({
    content: '<p>Jade showed me her drawings. Mum made tea.</p><p>You told me about school.</p>',
  });
  const toggle = page.getByRole('button', { name: 'Highlight sentences about the child' });
  await expect.element(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect.element(meter(), slow).toBeInTheDocument();
  expect(editor.view.dom.querySelector('.casenote-about-child')).toBeNull();

  await toggle.click();
  await expect.element(toggle).toHaveAttribute('aria-pressed', 'true');
  const highlighted = [...editor.view.dom.querySelectorAll<HTMLElement>('.casenote-about-child')];
  expect(highlighted.map((node) => node.textContent).join('')).toBe('Jade showed me her drawings.');
  const style = getComputedStyle(highlighted[0] as HTMLElement);
  expect(style.borderBottomStyle).toBe('solid'); // a rule beneath as well as the background
  expect(style.backgroundColor).not.toBe('rgba(0, 0, 0, 0)');
  expect(editor.getHTML()).not.toContain('casenote');

  await toggle.click();
  await expect.element(toggle).toHaveAttribute('aria-pressed', 'false');
  expect(editor.view.dom.querySelector('.casenote-about-child')).toBeNull();
});

test('“What was counted” lists the sentences behind the figures, each with why, and finds one in the note', async () => {
  const { editor } = await renderNote({
    content:
      '<p>I visited you at home today. You told me “I like my new school”. Mum said “she is doing well”.</p>' +
      '<p>Email to school nurse: could you see Jade on Monday? Thank you.</p>',
  });
  await expect.element(meter(), slow).toHaveAttribute('aria-valuetext', '67% written to Jade (2 of 3 sentences)');
  const summary = page.getByText('What was counted', { exact: true });
  await expect.element(summary).toBeVisible();
  expect(document.querySelector('.casenote-counted__list')).toBeNull(); // listed only when opened
  await summary.click();

  const group = (name: string) => page.getByRole('list', { name });
  const buttons = (name: string) =>
    [...(group(name).element() as HTMLElement).querySelectorAll('button')].map((button) => button.textContent);
  await expect.element(group('Written to Jade (2)')).toBeVisible();
  expect(buttons('Written to Jade (2)')).toEqual([
    'I visited you at home today.',
    'You told me “I like my new school”.',
  ]);
  expect(buttons('About Jade (1)')).toEqual(['Email to school nurse: could you see Jade on Monday?']);
  expect(buttons('Written to someone else, not counted (1)')).toEqual(['Thank you.']);
  expect(buttons('In Jade’s own words (1)')).toEqual(['You told me “I like my new school”.']);
  // Why each was counted is read with it, and written beside it (not told by colour).
  await expect
    .element(group('About Jade (1)').getByRole('button'))
    .toHaveAccessibleDescription('talks about Jade in the third person');
  await expect
    .element(group('In Jade’s own words (1)').getByRole('button'))
    .toHaveAccessibleDescription('“you” here is Jade; records Jade’s own words or views');

  const selected = () => editor.state.doc.textBetween(editor.state.selection.from, editor.state.selection.to);
  await group('About Jade (1)').getByRole('button').click();
  expect(selected()).toBe('Email to school nurse: could you see Jade on Monday?');
  expect(editor.view.hasFocus()).toBe(true);

  // From the keyboard as well: Tab to a sentence, Enter selects it.
  (group('Written to someone else, not counted (1)').getByRole('button').element() as HTMLElement).focus();
  await userEvent.keyboard('{Enter}');
  expect(selected()).toBe('Thank you.');
  expect(editor.view.hasFocus()).toBe(true);
});

test('“What was counted” finds a sentence at its current place after the writer typed before it', async () => {
  const { editor } = await renderNote({ content: '<p>I visited you at home.</p><p>Jade showed me her drawings.</p>' });
  await expect.element(meter(), slow).toHaveAttribute('aria-valuenow', '50');
  await page.getByText('What was counted', { exact: true }).click();
  const about = page.getByRole('list', { name: 'About Jade (1)' }).getByRole('button');
  await expect.element(about).toHaveTextContent('Jade showed me her drawings.');
  editor.commands.insertContentAt(1, 'Today ');
  await about.click();
  expect(editor.state.doc.textBetween(editor.state.selection.from, editor.state.selection.to)).toBe(
    'Jade showed me her drawings.',
  );
});

test('lists a household child the note does not mention as a prompt, which can be dismissed', async () => {
  const household: NoteContext = {
    child: { name: 'Jade', age: 9 },
    household: [
      { name: 'Jade', age: 9 },
      { name: 'Sam', age: 6 },
      { name: 'Leo', age: 3 },
    ],
  };
  const { editor } = await renderNote({
    content: '<p>I visited you at home. You told me Leo was asleep.</p>',
    context: household,
  });
  const group = page.getByRole('group', { name: 'About the whole note (1)' });
  await expect.element(group, slow).toBeVisible();
  expect(prompts()).toEqual(['This note does not mention Sam yet']);
  // Not drawn in the note, and not among the findings to step through.
  expect(editor.view.dom.querySelector('[data-rule-id="household-child-not-mentioned"]')).toBeNull();
  expect(document.querySelector('[role="option"][data-diagnostic-id]')).toBeNull();

  // "What was counted" says the same of the household, from the same analysis.
  await page.getByText('What was counted', { exact: true }).click();
  await expect.element(page.getByText('Household: mentions Jade, Leo; not Sam', { exact: true })).toBeVisible();

  const dismiss = page.getByRole('button', { name: 'Dismiss' });
  await expect.element(dismiss).toHaveAccessibleDescription('This note does not mention Sam yet');
  await dismiss.click();
  await expect.poll(prompts, slow).toEqual([]);
});

test('prompts for the child’s voice until the note records it', async () => {
  const { editor } = await renderNote({ content: '<p>I visited you at home.</p>' });
  await expect.poll(prompts, slow).toEqual(['This note does not yet record what Jade said, showed or feels']);
  await focusEditor(editor, 'end');
  await userEvent.keyboard(' You told me you like your new school.');
  await expect.poll(prompts, slow).toEqual([]);
  await expect.element(meter(), slow).toHaveAttribute('aria-valuetext', '100% written to Jade (2 of 2 sentences)');
});

test('a changed context prop analyses the note again; an equal one does not', async () => {
  const analyser = {
    analyse: vi.fn<CaseNoteAnalyser['analyse']>((text, context, options) => analyseNote(text, context, options)),
  };
  const content = '<p>I visited you at home. You told me about your school.</p>';
  const first: NoteContext = { child: { name: 'Jade' }, household: [{ name: 'Jade' }] };
  const { rerender } = await renderNote({ content, context: first, analyser });
  await expect.poll(() => analyser.analyse.mock.calls.length, slow).toBeGreaterThan(0);
  await expect.element(meter(), slow).toHaveAttribute('aria-valuenow', '100');
  expect(prompts()).toEqual([]);
  const calls = analyser.analyse.mock.calls.length;

  await rerender({ context: { child: { name: 'Jade' }, household: [{ name: 'Jade' }] } }); // equal, new object
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(analyser.analyse).toHaveBeenCalledTimes(calls);

  await rerender({
    context: { child: { name: 'Jade' }, household: [{ name: 'Jade' }, { name: 'Sam' }, { name: 'Leo' }] },
  });
  await expect
    .poll(prompts, slow)
    .toEqual(['This note does not mention Sam yet', 'This note does not mention Leo yet']);
  expect(analyser.analyse.mock.lastCall?.[1]).toEqual({
    child: { name: 'Jade' },
    household: [{ name: 'Jade' }, { name: 'Sam' }, { name: 'Leo' }],
  });
});

test('with the analysis off there is no meter and no prompt', async () => {
  await renderNote({ lintOptions: { ...analysisOnly, analysis: false } });
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(document.querySelector('.casenote-meter')).toBeNull();
  expect(document.querySelector('[role="meter"]')).toBeNull();
  expect(prompts()).toEqual([]);
});

test('formatWrittenToChild writes the share out', () => {
  const summary = {
    sentences: 6,
    toChild: 2,
    aboutChild: 3,
    neutral: 1,
    writtenToChildShare: 0.4,
    childVoice: true,
    missingChildren: [],
    readingAge: 8,
  };
  expect(formatWrittenToChild(summary)).toBe('40% written to the child (2 of 5 sentences)');
  expect(formatWrittenToChild({ ...summary, toChild: 1, aboutChild: 0, writtenToChildShare: 1 }, 'Sam')).toBe(
    '100% written to Sam (1 of 1 sentence)',
  );
  expect(formatWrittenToChild({ ...summary, toChild: 0, aboutChild: 0, writtenToChildShare: null })).toBe(
    'No sentence speaks to or about the child yet',
  );
  expect(formatWrittenToChild(null)).toBe('Not read as a whole yet');
});
