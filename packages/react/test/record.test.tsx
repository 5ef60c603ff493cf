import { checkRecordCompleteness, defaultContactRecord, type RecordTemplate } from '@casenote/lint';
import { buildNoteText, ContactRecord, positionAtNoteOffset } from '@casenote/tiptap';
import { Editor } from '@tiptap/core';
import { EditorContent } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { afterEach, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { cleanup, render } from 'vitest-browser-react';
import '../src/styles.css';
import { ContactRecordChecklist, type ContactRecordChecklistProps, useCaseNoteEditor } from '../src/index.ts';
import { wordLevelOnly } from './fixtures.tsx';

const editors: Editor[] = [];
afterEach(async () => {
  await cleanup();
  for (const editor of editors.splice(0)) {
    const element = editor.view.dom.parentElement;
    editor.destroy();
    element?.remove();
  }
});

/** A real editor in the page: StarterKit (so headings and undo) and the record commands. */
function mountEditor(content = '', extensions = [StarterKit, ContactRecord]): Editor {
  const element = document.createElement('div');
  document.body.append(element);
  const editor = new Editor({ element, extensions, content });
  editors.push(editor);
  return editor;
}

function statuses(editor: Editor, template: RecordTemplate = defaultContactRecord): string[] {
  return checkRecordCompleteness(buildNoteText(editor.state.doc).text, template).sections.map(
    (section) => section.status,
  );
}

const twoSections: RecordTemplate = {
  id: 'team-record',
  title: 'Team record',
  sections: [
    { id: 'worries', heading: 'Worries', prompt: 'What the caller is worried about.', minWords: 4 },
    { id: 'consent', heading: 'Consent', prompt: 'Whether the family agree.', minWords: 3, required: false },
  ],
};

test('insertRecordTemplate writes headings as heading nodes and prompts as paragraphs, and selects the first prompt', () => {
  const editor = mountEditor();
  expect(editor.commands.insertRecordTemplate()).toBe(true);
  const json = editor.getJSON().content ?? [];
  expect(json).toHaveLength(defaultContactRecord.sections.length * 2);
  expect(
    json
      .filter((node) => node.type === 'heading')
      .map((node) => (node.content?.[0] as { text?: string } | undefined)?.text),
  ).toEqual(defaultContactRecord.sections.map((s) => s.heading));
  expect(
    json.every((node, index) =>
      index % 2 === 0 ? node.type === 'heading' && node.attrs?.level === 2 : node.type === 'paragraph',
    ),
  ).toBe(true);
  expect((json[1]?.content?.[0] as { text?: string } | undefined)?.text).toBe(defaultContactRecord.sections[0]?.prompt);
  const { from, to } = editor.state.selection;
  expect(editor.state.doc.textBetween(from, to)).toBe(defaultContactRecord.sections[0]?.prompt);
  // The prompts left in place do not count as writing: every section is found and empty.
  expect(statuses(editor)).toEqual(defaultContactRecord.sections.map(() => 'empty'));
});

test('the insertion is one undo step, and nothing is inserted until the command runs', () => {
  const editor = mountEditor('<p>Mum rang at 10am.</p>');
  expect(statuses(editor)).toEqual(defaultContactRecord.sections.map(() => 'missing'));
  const before = editor.getHTML();
  editor.commands.setTextSelection(editor.state.doc.content.size - 1); // the end of the paragraph
  editor.commands.insertRecordTemplate(twoSections);
  expect(editor.getHTML()).toBe(
    '<p>Mum rang at 10am.</p><h2>Worries</h2><p>What the caller is worried about.</p><h2>Consent</h2><p>Whether the family agree.</p>',
  );
  editor.commands.undo();
  expect(editor.getHTML()).toBe(before);
  editor.commands.redo();
  expect(statuses(editor, twoSections)).toEqual(['empty', 'empty']);
});

test('in the middle of a paragraph the template splits it; a selection is replaced; read-only refuses', () => {
  const editor = mountEditor('<p>Before after</p>');
  editor.commands.setTextSelection(8); // "Before |after"
  editor.commands.insertRecordTemplate(twoSections, { prompts: false, headingLevel: 3 });
  expect(editor.getHTML()).toBe('<p>Before </p><h3>Worries</h3><p></p><h3>Consent</h3><p></p><p>after</p>');
  // Without prompts the caret waits in the first section's empty paragraph.
  expect(editor.state.selection.empty).toBe(true);
  expect(editor.state.selection.$from.parent.type.name).toBe('paragraph');
  expect(editor.state.selection.$from.parent.content.size).toBe(0);
  expect(editor.state.selection.from).toBe(editor.state.doc.child(0).nodeSize + editor.state.doc.child(1).nodeSize + 1);

  const readOnly = mountEditor('<p>Note</p>');
  readOnly.setEditable(false);
  expect(readOnly.commands.insertRecordTemplate()).toBe(false);
  expect(readOnly.getHTML()).toBe('<p>Note</p>');
});

test('without heading nodes in the schema, headings are "Heading:" paragraphs the check still finds', () => {
  const editor = mountEditor('', [
    StarterKit.configure({ heading: false }),
    ContactRecord.configure({ template: twoSections }),
  ]);
  editor.commands.insertRecordTemplate();
  expect(editor.getHTML()).toBe(
    '<p>Worries:</p><p>What the caller is worried about.</p><p>Consent:</p><p>Whether the family agree.</p>',
  );
  expect(statuses(editor, twoSections)).toEqual(['empty', 'empty']);
  editor.commands.undo();
  expect(editor.getHTML()).toBe('<p></p>');
});

test('positionAtNoteOffset maps the joined note text back to document positions', () => {
  const editor = mountEditor('<h2>Consent</h2><p>Mum agreed.</p>');
  const note = buildNoteText(editor.state.doc);
  expect(note.text).toBe('Consent\n\nMum agreed.');
  const offset = note.text.indexOf('agreed');
  const position = positionAtNoteOffset(editor.state.doc, offset) as number;
  expect(editor.state.doc.textBetween(position, position + 'agreed'.length)).toBe('agreed');
  // The blank line between blocks belongs to the end of the block before it.
  expect(positionAtNoteOffset(note, 'Consent'.length + 1)).toBe(1 + 'Consent'.length);
});

/** A host page: the editor and its checklist. */
function RecordHost({ content, ...props }: Partial<ContactRecordChecklistProps> & { content?: string }) {
  const editor = useCaseNoteEditor({
    content: content ?? '',
    ariaLabel: 'Contact record',
    lintOptions: wordLevelOnly,
    delay: 0,
    extensions: [ContactRecord],
  });
  return (
    <main>
      <EditorContent editor={editor} />
      <ContactRecordChecklist editor={editor} delay={20} {...props} />
    </main>
  );
}

const editingArea = () => document.querySelector<HTMLElement>('.ProseMirror') as HTMLElement;
const item = (id: string) =>
  document.querySelector<HTMLElement>(`.casenote-record__item[data-section-id="${id}"]`) as HTMLElement;
const sectionButton = (heading: string | RegExp) => page.getByRole('button', { name: heading });

function editorOf(): Editor {
  const editor = (editingArea() as HTMLElement & { editor?: Editor }).editor;
  if (!editor) throw new Error('no editor');
  return editor;
}

test('the checklist marks the example template, lists every section as Missing, and offers to insert it', async () => {
  await render(<RecordHost />);
  await expect.element(page.getByRole('heading', { name: 'Contact record' })).toBeInTheDocument();
  await expect.element(page.getByText('Example template.')).toBeInTheDocument();
  await expect.element(page.getByRole('status')).toHaveTextContent('0 of 9 sections done');
  const items = [...document.querySelectorAll<HTMLElement>('.casenote-record__item')];
  expect(items.map((entry) => entry.querySelector('.casenote-record__status')?.textContent)).toEqual(
    defaultContactRecord.sections.map(() => 'Missing'),
  );
  // Each status has an icon of its own shape as well as its word.
  expect(items.every((entry) => entry.querySelector('svg.casenote-record__icon--missing[aria-hidden="true"]'))).toBe(
    true,
  );
  // A missing section has nowhere to go, so it is not a button.
  expect(document.querySelectorAll('button.casenote-record__section')).toHaveLength(0);
  await expect.element(page.getByRole('button', { name: 'Insert the template' })).toBeVisible();
});

test('inserting from the checklist, then filling a section, moves its status from Empty to Needs more to Done; undo goes back', async () => {
  await render(<RecordHost />);
  await page.getByRole('button', { name: 'Insert the template' }).click();
  await expect.poll(() => item('worries')?.dataset.status).toBe('empty');
  await expect.element(page.getByRole('button', { name: 'Insert the template' })).not.toBeInTheDocument();
  expect(document.querySelectorAll('button.casenote-record__section')).toHaveLength(9);
  await expect.poll(() => document.activeElement === editingArea()).toBe(true);
  // The first prompt is selected: typing replaces it.
  await userEvent.keyboard('Ms Green');
  await expect.poll(() => item('contact').dataset.status).toBe('thin');
  expect(item('contact').querySelector('.casenote-record__status')?.textContent).toBe('Needs more');
  await expect
    .element(sectionButton(/^Who contacted/))
    .toHaveAccessibleName('Who contacted us and how Needs more, 2 words');
  await userEvent.keyboard(', the class teacher, phoned on Monday at 9am.');
  await expect.poll(() => item('contact').dataset.status).toBe('complete');
  expect(item('contact').querySelector('.casenote-record__status')?.textContent).toBe('Done');
  expect(item('contact').querySelector('.casenote-record__icon--complete')).not.toBeNull();
  await expect.element(page.getByRole('status')).toHaveTextContent('1 of 9 sections done');

  await userEvent.keyboard('{Control>}z{/Control}');
  await expect.poll(() => item('contact').dataset.status).not.toBe('complete');
});

test('Up, Down, Home and End move between sections; Enter puts the caret in the section, selecting its prompt', async () => {
  await render(<RecordHost />);
  await page.getByRole('button', { name: 'Insert the template' }).click();
  await expect.poll(() => document.querySelectorAll('button.casenote-record__section').length).toBe(9);
  const buttons = () => [...document.querySelectorAll<HTMLButtonElement>('button.casenote-record__section')];
  buttons()[0]?.focus();
  await userEvent.keyboard('{ArrowDown}');
  expect(document.activeElement).toBe(buttons()[1]);
  await userEvent.keyboard('{End}');
  expect(document.activeElement).toBe(buttons()[8]);
  await userEvent.keyboard('{ArrowDown}'); // stays on the last
  expect(document.activeElement).toBe(buttons()[8]);
  await userEvent.keyboard('{Home}');
  expect(document.activeElement).toBe(buttons()[0]);
  await userEvent.keyboard('{End}{ArrowUp}{ArrowUp}');
  expect(document.activeElement?.textContent).toMatch(/^Consent/);

  await userEvent.keyboard('{Enter}');
  await expect.poll(() => document.activeElement === editingArea()).toBe(true);
  const editor = editorOf();
  const consentPrompt = defaultContactRecord.sections.find((section) => section.id === 'consent')?.prompt;
  expect(editor.state.doc.textBetween(editor.state.selection.from, editor.state.selection.to)).toBe(consentPrompt);
  await userEvent.keyboard('Mum knows and agreed to us sharing information.');
  await expect.poll(() => item('consent').dataset.status).toBe('complete');
  expect(item('worries').dataset.status).toBe('empty');
});

test('a click on a written section puts the caret at the end of what is written there', async () => {
  await render(
    <RecordHost template={twoSections} content="<p>Worries: Jade was hungry.</p><p>Consent:</p><p>Dad agreed.</p>" />,
  );
  await expect.poll(() => item('worries')?.dataset.status).toBe('thin');
  await expect.element(page.getByText('Example template.')).not.toBeInTheDocument();
  expect(item('consent').dataset.status).toBe('thin');
  expect(item('consent').textContent).toContain('(optional)');
  await expect.element(page.getByRole('status')).toHaveTextContent('0 of 2 sections done');

  await sectionButton(/^Worries/).click();
  await expect.poll(() => document.activeElement === editingArea()).toBe(true);
  const editor = editorOf();
  expect(editor.state.selection.empty).toBe(true);
  expect(editor.state.doc.textBetween(1, editor.state.selection.from)).toBe('Worries: Jade was hungry.');
  await userEvent.keyboard(' She had not eaten since Friday.');
  await expect.poll(() => item('worries').dataset.status).toBe('complete');
  // The optional section does not hold the record back.
  await expect
    .element(page.getByRole('status'))
    .toHaveTextContent('1 of 2 sections done Every required section is written.');
});

test('statuses wait for a pause in typing instead of following every keystroke', async () => {
  await render(<RecordHost template={twoSections} content="<p>Worries:</p><p></p>" delay={400} />);
  await expect.poll(() => item('worries')?.dataset.status).toBe('empty');
  const editor = editorOf();
  editor.commands.focus('end');
  await expect.poll(() => document.activeElement === editingArea()).toBe(true);
  await userEvent.keyboard('Bruise on her arm seen');
  // Straight after typing the status has not been worked out again yet…
  expect(item('worries').dataset.status).toBe('empty');
  // …and once the writer pauses, it has.
  await expect.poll(() => item('worries').dataset.status, { timeout: 3_000 }).toBe('complete');
});
