import { checkRecordCompleteness, defaultContactRecord, type RecordTemplate } from '@casenote/guides';
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

test('insertRecordTemplate writes headings as template headings and each prompt as an empty paragraph showing it, caret in the first', () => {
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
      index % 2 === 0
        ? node.type === 'heading' &&
          node.attrs?.level === 2 &&
          node.attrs?.recordSection === defaultContactRecord.sections[index / 2]?.id
        : node.type === 'paragraph' && node.content === undefined,
    ),
  ).toBe(true);
  expect(json[1]?.attrs?.recordPrompt).toBe(defaultContactRecord.sections[0]?.prompt);
  // The prompt is not text: not in the note, not saved as the writer's words.
  expect(editor.getText()).not.toContain(defaultContactRecord.sections[0]?.prompt);
  // It is shown in placeholder style in its empty paragraph, where the caret waits.
  const shown = editor.view.dom.querySelector<HTMLElement>('p.casenote-record-prompt');
  expect(shown?.dataset.prompt).toBe(defaultContactRecord.sections[0]?.prompt);
  expect(editor.state.selection.empty).toBe(true);
  expect(editor.state.selection.$from.parent.attrs.recordPrompt).toBe(defaultContactRecord.sections[0]?.prompt);
  expect(statuses(editor)).toEqual(defaultContactRecord.sections.map(() => 'empty'));
});

test('typing in a prompt paragraph replaces the prompt; emptying it shows the prompt again', () => {
  const editor = mountEditor();
  editor.commands.insertRecordTemplate(twoSections);
  editor.commands.insertContent('Jade was hungry');
  expect(editor.view.dom.querySelectorAll('p.casenote-record-prompt')).toHaveLength(1);
  expect(editor.getText()).toContain('Jade was hungry');
  expect(editor.getText()).not.toContain('What the caller is worried about.');
  const { $from } = editor.state.selection;
  editor.commands.deleteRange({ from: $from.start(), to: $from.end() });
  expect(editor.view.dom.querySelectorAll('p.casenote-record-prompt')).toHaveLength(2);
});

test('the insertion is one undo step, and nothing is inserted until the command runs', () => {
  const editor = mountEditor('<p>Mum rang at 10am.</p>');
  expect(statuses(editor)).toEqual(defaultContactRecord.sections.map(() => 'missing'));
  const before = editor.getHTML();
  editor.commands.setTextSelection(editor.state.doc.content.size - 1); // the end of the paragraph
  editor.commands.insertRecordTemplate(twoSections);
  expect(editor.getHTML()).toBe(
    '<p>Mum rang at 10am.</p><h2 data-record-section="worries">Worries</h2><p data-record-prompt="What the caller is worried about."></p><h2 data-record-section="consent">Consent</h2><p data-record-prompt="Whether the family agree."></p>',
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
  expect(editor.getHTML()).toBe(
    '<p>Before </p><h3 data-record-section="worries">Worries</h3><p></p><h3 data-record-section="consent">Consent</h3><p></p><p>after</p>',
  );
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
    '<p data-record-section="worries">Worries:</p><p data-record-prompt="What the caller is worried about."></p><p data-record-section="consent">Consent:</p><p data-record-prompt="Whether the family agree."></p>',
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

test("the template's own headings and prompts are never underlined; what the writer types under them is", async () => {
  const jargonTemplate: RecordTemplate = {
    id: 'jargon-record',
    title: 'Record with service words in its headings',
    sections: [
      {
        id: 'lac',
        heading: 'LAC review and CIN plan',
        prompt: 'Is the child putting herself at risk? Any LAC issues?',
        minWords: 3,
      },
      { id: 'next', heading: 'Next steps', prompt: 'What happens next.', minWords: 3 },
    ],
  };
  await render(<RecordHost template={jargonTemplate} />);
  await page.getByRole('button', { name: 'Insert the template' }).click();
  await expect.poll(() => item('lac')?.dataset.status).toBe('empty');
  await userEvent.keyboard('The CIN plan was reviewed.');
  // Only the typed "CIN" is underlined: not the heading's "LAC" or "CIN", not the prompt's words.
  await expect
    .poll(() => [...editingArea().querySelectorAll('.casenote-diagnostic')].map((node) => node.textContent))
    .toEqual(['CIN']);
  expect(editingArea().querySelector('h2 .casenote-diagnostic')).toBeNull();
});

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
  // The caret waits in the first section's prompt paragraph: typing there replaces the prompt.
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

test('Up, Down, Home and End move between sections; Enter puts the caret in the section, in its prompt paragraph', async () => {
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
  expect(editor.state.selection.empty).toBe(true);
  expect(editor.state.selection.$from.parent.attrs.recordPrompt).toBe(consentPrompt);
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
