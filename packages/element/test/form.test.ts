import { afterEach, expect, test, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import * as api from '../src/index.ts';
import type { CaseNoteEditorElement } from '../src/index.ts';
import { clearPage, editorOf, focusNote, renderPage, textboxOf } from './fixtures.ts';

afterEach(clearPage);

test('exports exactly the public API and registers the element', () => {
  expect(Object.keys(api).sort()).toEqual([
    'CaseNoteEditorElement',
    'TAG_NAME',
    'categoryTitles',
    'defineCaseNoteEditor',
    'elementLabels',
    'mount',
    'parseNoteContext',
    'severityTitles',
  ]);
  expect(customElements.get('casenote-editor')).toBe(api.CaseNoteEditorElement);
  expect(api.CaseNoteEditorElement.formAssociated).toBe(true);
});

test('a form posts the note under its name, with the edits, as HTML by default', async () => {
  const host = renderPage(`
    <form>
      <label for="summary">Summary</label>
      <casenote-editor id="summary" name="summary">Visit to Jade.</casenote-editor>
    </form>`);
  const form = host.querySelector('form') as HTMLFormElement;
  const element = host.querySelector('casenote-editor') as CaseNoteEditorElement;
  await editorOf(element);
  expect(new FormData(form).get('summary')).toBe('<p>Visit to Jade.</p>');
  await focusNote(element, 'end');
  await userEvent.keyboard(' She was well.');
  await expect.poll(() => new FormData(form).get('summary')).toBe('<p>Visit to Jade. She was well.</p>');
  expect(element.form).toBe(form);
});

test('format="text" posts plain text, one line per paragraph, and value takes text', async () => {
  const host = renderPage(`
    <form>
      <casenote-editor name="note" format="text">
        <p>First paragraph.</p><p>Second <strong>one</strong>.</p>
      </casenote-editor>
    </form>`);
  const form = host.querySelector('form') as HTMLFormElement;
  const element = host.querySelector('casenote-editor') as CaseNoteEditorElement;
  await editorOf(element);
  expect(element.value).toBe('First paragraph.\nSecond one.');
  expect(new FormData(form).get('note')).toBe('First paragraph.\nSecond one.');
  element.value = 'Line one\n\nLine three';
  expect(new FormData(form).get('note')).toBe('Line one\n\nLine three');
  element.format = 'html';
  expect(element.value).toBe('<p>Line one</p><p></p><p>Line three</p>');
});

test('an empty note posts an empty field, and a value set before the element is in the page is its note', async () => {
  const host = renderPage('<form><casenote-editor name="empty"></casenote-editor></form>');
  const form = host.querySelector('form') as HTMLFormElement;
  await editorOf(host.querySelector('casenote-editor') as CaseNoteEditorElement);
  expect(new FormData(form).get('empty')).toBe('');

  const late = document.createElement('casenote-editor');
  late.name = 'late';
  late.value = '<p>Set <em>early</em>.</p>';
  form.append(late);
  await editorOf(late);
  expect(new FormData(form).get('late')).toBe('<p>Set <em>early</em>.</p>');
});

test('the label names the editing area, and clicking the label focuses it', async () => {
  const host = renderPage(`
    <label for="visit">Visit summary</label>
    <casenote-editor id="visit" name="visit"></casenote-editor>
    <p id="heading">Note to Jade</p>
    <casenote-editor aria-labelledby="heading" name="letter"></casenote-editor>`);
  const [first, second] = [...host.querySelectorAll('casenote-editor')] as CaseNoteEditorElement[];
  await editorOf(first as CaseNoteEditorElement);
  await editorOf(second as CaseNoteEditorElement);
  const textbox = page.getByRole('textbox', { name: 'Visit summary' });
  await expect.element(textbox).toBeInTheDocument();
  await expect.element(textbox).toHaveAttribute('aria-multiline', 'true');
  await expect.element(page.getByRole('textbox', { name: 'Note to Jade' })).toBeInTheDocument();
  await userEvent.click(page.getByText('Visit summary'));
  await expect.poll(() => first?.shadowRoot?.activeElement).toBe(textboxOf(first as CaseNoteEditorElement));
});

test('readonly shows the note without letting it change; the form still posts it', async () => {
  const host = renderPage('<form><casenote-editor name="note" readonly>Read me.</casenote-editor></form>');
  const form = host.querySelector('form') as HTMLFormElement;
  const element = host.querySelector('casenote-editor') as CaseNoteEditorElement;
  const editor = await editorOf(element);
  const textbox = textboxOf(element);
  expect(textbox.getAttribute('contenteditable')).toBe('false');
  expect(textbox.getAttribute('aria-readonly')).toBe('true');
  await userEvent.click(textbox);
  await userEvent.keyboard('typed');
  expect(editor.getText()).toBe('Read me.');
  expect(new FormData(form).get('note')).toBe('<p>Read me.</p>');
  element.readOnly = false;
  expect(textbox.getAttribute('contenteditable')).toBe('true');
  expect(textbox.hasAttribute('aria-readonly')).toBe(false);
});

test('fires input on each change and change once when focus leaves an edited note', async () => {
  const host = renderPage('<casenote-editor name="note">Start.</casenote-editor><button type="button">After</button>');
  const element = host.querySelector('casenote-editor') as CaseNoteEditorElement;
  const input = vi.fn();
  const change = vi.fn();
  element.addEventListener('input', input);
  element.addEventListener('change', change);
  await focusNote(element, 'end');
  await userEvent.click(page.getByRole('button', { name: 'After' }));
  expect(change).not.toHaveBeenCalled();
  await focusNote(element, 'end');
  await userEvent.keyboard('ab');
  expect(input).toHaveBeenCalledTimes(2);
  expect(change).not.toHaveBeenCalled();
  await userEvent.click(page.getByRole('button', { name: 'After' }));
  expect(change).toHaveBeenCalledTimes(1);
  expect(change.mock.calls[0]?.[0]).toHaveProperty('target', element);
});

test('a form reset goes back to the starting note', async () => {
  const host = renderPage('<form><casenote-editor name="note">Original.</casenote-editor></form>');
  const form = host.querySelector('form') as HTMLFormElement;
  const element = host.querySelector('casenote-editor') as CaseNoteEditorElement;
  await focusNote(element, 'end');
  await userEvent.keyboard(' Changed.');
  expect(element.value).toBe('<p>Original. Changed.</p>');
  form.reset();
  expect(element.value).toBe('<p>Original.</p>');
  expect(new FormData(form).get('note')).toBe('<p>Original.</p>');
});

test('required: an empty note keeps the form from being valid', async () => {
  const host = renderPage('<form><casenote-editor name="note" required></casenote-editor></form>');
  const form = host.querySelector('form') as HTMLFormElement;
  const element = host.querySelector('casenote-editor') as CaseNoteEditorElement;
  await editorOf(element);
  expect(form.checkValidity()).toBe(false);
  expect(element.validity.valueMissing).toBe(true);
  element.value = '<p>Written.</p>';
  expect(form.checkValidity()).toBe(true);
});

test('child and household attributes reach the whole-note analysis', async () => {
  const host = renderPage(
    '<casenote-editor child="Jade:9" household="Sam:6, Leo">I visited you today.</casenote-editor>',
  );
  const element = host.querySelector('casenote-editor') as CaseNoteEditorElement;
  const editor = await editorOf(element);
  expect(editor.storage.caseNoteLint.lintOptions.context).toEqual({
    child: { name: 'Jade', age: 9 },
    household: [{ name: 'Sam', age: 6 }, { name: 'Leo' }],
  });
  element.setAttribute('child', 'Ava');
  expect(editor.storage.caseNoteLint.lintOptions.context).toEqual({
    child: { name: 'Ava' },
    household: [{ name: 'Sam', age: 6 }, { name: 'Leo' }],
  });
});

test('inside a disabled fieldset the note cannot change and is not posted, like any control', async () => {
  const host = renderPage(
    '<form><fieldset disabled><casenote-editor name="note">Kept.</casenote-editor></fieldset></form>',
  );
  const form = host.querySelector('form') as HTMLFormElement;
  const fieldset = host.querySelector('fieldset') as HTMLFieldSetElement;
  const element = host.querySelector('casenote-editor') as CaseNoteEditorElement;
  const editor = await editorOf(element);
  expect(editor.isEditable).toBe(false);
  expect(new FormData(form).has('note')).toBe(false);
  fieldset.disabled = false;
  expect(editor.isEditable).toBe(true);
  expect(new FormData(form).get('note')).toBe('<p>Kept.</p>');
});
