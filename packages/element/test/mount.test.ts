import { afterEach, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { mount } from '../src/index.ts';
import { clearPage, editorOf, findingOf, focusNote, renderPage, riskNote, underlinedText } from './fixtures.ts';

afterEach(clearPage);

function renderTextareaForm(value: string) {
  const host = renderPage(`
    <form>
      <label for="summary">Summary</label>
      <casenote-editor id="summary" name="summary"></casenote-editor>
      <label for="note">Case note</label>
      <style>textarea { display: block; }</style>
      <textarea id="note" name="note" rows="4">${value}</textarea>
    </form>`);
  return {
    form: host.querySelector('form') as HTMLFormElement,
    textarea: host.querySelector('textarea') as HTMLTextAreaElement,
  };
}

test('mount() upgrades a textarea in place: its label names the editor and its value is the note', async () => {
  const { textarea } = renderTextareaForm(`${riskNote}\nSecond line.`);
  const { element } = mount(textarea, { child: 'Jade:9' });
  const editor = await editorOf(element);
  expect(textarea.hidden).toBe(true);
  expect(getComputedStyle(textarea).display).toBe('none');
  expect(textarea.nextElementSibling).toBe(element);
  expect(editor.getText({ blockSeparator: '\n' })).toBe(`${riskNote}\nSecond line.`);
  await expect.element(page.getByRole('textbox', { name: 'Case note' })).toBeInTheDocument();
  const finding = await findingOf(element, 'put-self-at-risk');
  await expect.poll(() => underlinedText(element, finding.id)).toBe('is putting herself at risk');
});

test('the form posts both fields with the edits, each once', async () => {
  const { form, textarea } = renderTextareaForm('Visit.');
  const { element } = mount(textarea);
  const summary = document.querySelector('casenote-editor[name="summary"]') as HTMLElementTagNameMap['casenote-editor'];
  await focusNote(summary, 'end');
  await userEvent.keyboard('Short summary.');
  await focusNote(element, 'end');
  await userEvent.keyboard(' Jade was well.');
  const data = new FormData(form);
  expect([...data.keys()]).toEqual(['summary', 'note']);
  expect(data.get('summary')).toBe('<p>Short summary.</p>');
  expect(data.get('note')).toBe('Visit. Jade was well.');
});

test('unmount() restores the textarea with the edited note, its id and its label', async () => {
  const { form, textarea } = renderTextareaForm('Line one.\n\nLine three.');
  const mounted = mount(textarea);
  await focusNote(mounted.element, 'end');
  await userEvent.keyboard(' Edited.');
  expect(mounted.unmount()).toBe('Line one.\n\nLine three. Edited.');
  expect(textarea.value).toBe('Line one.\n\nLine three. Edited.');
  expect(textarea.hidden).toBe(false);
  expect(getComputedStyle(textarea).display).toBe('block');
  expect(textarea.id).toBe('note');
  expect(mounted.element.isConnected).toBe(false);
  expect(form.querySelectorAll('casenote-editor')).toHaveLength(1);
  await expect.element(page.getByRole('textbox', { name: 'Case note' })).toBe(textarea);
  expect(new FormData(form).get('note')).toBe('Line one.\n\nLine three. Edited.');
});

test('a mounted read-only textarea stays read-only, and a form reset restores its original note', async () => {
  const { form, textarea } = renderTextareaForm('Original note.');
  textarea.readOnly = true;
  const readOnly = mount(textarea);
  await editorOf(readOnly.element);
  expect(readOnly.element.readOnly).toBe(true);
  readOnly.unmount();

  textarea.readOnly = false;
  const { element } = mount(textarea);
  await focusNote(element, 'end');
  await userEvent.keyboard(' Added.');
  expect(textarea.value).toBe('Original note. Added.');
  form.reset();
  expect(element.value).toBe('Original note.');
  expect(new FormData(form).get('note')).toBe('Original note.');
});
