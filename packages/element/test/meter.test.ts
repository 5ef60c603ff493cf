import { afterEach, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { CaseNoteEditorElement } from '../src/index.ts';
import { clearPage, editorOf, renderPage } from './fixtures.ts';

afterEach(clearPage);

const visit =
  '<p>I visited you at home today. You told me “I like my new school”. Mum said “she is doing well”.</p>' +
  '<p>Email to school nurse: could you see Jade on Monday? Thank you.</p>';

/** The analysis waits for a pause and idle time, which a busy test machine may only give late. */
const slow = { timeout: 10_000 };

test('“What was counted” under the meter lists the sentences behind its figures, each with why, and selects one in the note', async () => {
  const host = renderPage(
    `<casenote-editor name="note" child="Jade:9" household="Jade:9,Sam:6">${visit}</casenote-editor>`,
  );
  const element = host.querySelector('casenote-editor') as CaseNoteEditorElement;
  const editor = await editorOf(element);
  const meter = page.getByRole('meter', { name: 'Written to the child' });
  await expect
    .poll(() => meter.query()?.getAttribute('aria-valuetext'), slow)
    .toBe('67% written to Jade (2 of 3 sentences)');

  const summary = page.getByText('What was counted', { exact: true });
  await expect.element(summary).toBeVisible();
  expect(element.shadowRoot?.querySelector('.counted__list')).toBeNull(); // listed only when opened
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
  await expect
    .element(group('In Jade’s own words (1)').getByRole('button'))
    .toHaveAccessibleDescription('“you” here is Jade; records Jade’s own words or views');

  await expect.element(page.getByText('Household: mentions Jade; not Sam', { exact: true })).toBeVisible();

  const selected = () => editor.state.doc.textBetween(editor.state.selection.from, editor.state.selection.to);
  await group('About Jade (1)').getByRole('button').click();
  expect(selected()).toBe('Email to school nurse: could you see Jade on Monday?');
  expect(element.shadowRoot?.activeElement).toBe(editor.view.dom);

  // From the keyboard as well, and at the sentence's current place after typing before it.
  editor.commands.insertContentAt(1, 'Today ');
  (group('Written to someone else, not counted (1)').getByRole('button').element() as HTMLElement).focus();
  await userEvent.keyboard('{Enter}');
  expect(selected()).toBe('Thank you.');
});
