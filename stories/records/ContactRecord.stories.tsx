import { defaultContactRecord } from '@casenote/guides';
import { ContactRecordChecklist } from '@casenote/react';
import { ContactRecord } from '@casenote/tiptap';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentProps } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { getEditingArea } from '../support/editor-queries.ts';
import { NoteWithPanel } from '../support/NoteWithPanel.tsx';

type RecordHostProps = Omit<ComponentProps<typeof ContactRecordChecklist>, 'editor'> & { note: string };

/** The contact record with its checklist beside it. */
function RecordHost({ note, ...props }: RecordHostProps) {
  return (
    <NoteWithPanel note={note} ariaLabel="Contact record" extensions={[ContactRecord]} panelWidth="22rem">
      {(editor) => <ContactRecordChecklist editor={editor} {...props} />}
    </NoteWithPanel>
  );
}

const meta = {
  title: 'Records/Contact record',
  component: ContactRecordChecklist,
  tags: ['autodocs'],
  args: { editor: null, template: defaultContactRecord },
  argTypes: { editor: { control: false }, template: { control: false } },
  render: ({ editor: _unused, ...args }) => <RecordHost note="" {...args} />,
} satisfies Meta<typeof ContactRecordChecklist>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The status word of one section in the checklist. */
function statusOf(root: HTMLElement, sectionId: string): string | undefined {
  return (
    root.querySelector(`.casenote-record__item[data-section-id="${sectionId}"] .casenote-record__status`)
      ?.textContent ?? undefined
  );
}

/**
 * An empty note: the checklist marks its template as an example, lists every section as missing and
 * offers to insert it. Nothing happens until you press "Insert the template" and write.
 */
export const FillingInARecord: Story = {
  play: async ({ canvas, canvasElement, step }) => {
    const checklist = canvasElement.querySelector<HTMLElement>('.casenote-record') as HTMLElement;
    await step('the example template is marked as such and every section is missing', async () => {
      await expect(canvas.getByText('Example template.')).toBeVisible();
      await waitFor(() => expect(statusOf(checklist, 'contact')).toBe('Missing'));
      await expect(within(checklist).getByRole('status')).toHaveTextContent('0 of 9 sections done');
    });
  },
};

/**
 * The same, run as a test (not listed in the sidebar): insert the template, write the first section
 * and watch its status move from "Empty" to "Needs more" to "Done".
 */
export const FillingInARecordSteps: Story = {
  name: 'Filling in a record: the steps',
  tags: ['!dev', '!autodocs'],
  play: async ({ canvas, canvasElement, step }) => {
    const checklist = canvasElement.querySelector<HTMLElement>('.casenote-record') as HTMLElement;
    await step('the example template is marked as such and every section is missing', async () => {
      await expect(canvas.getByText('Example template.')).toBeVisible();
      await waitFor(() => expect(statusOf(checklist, 'contact')).toBe('Missing'));
      await expect(within(checklist).getByRole('status')).toHaveTextContent('0 of 9 sections done');
    });
    await step('inserting the template adds every heading and shows each prompt in its empty paragraph', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Insert the template' }));
      const area = getEditingArea(canvasElement);
      await waitFor(() => expect(area.querySelectorAll('h2')).toHaveLength(9));
      // The prompts are shown in placeholder style, not typed into the note.
      await expect(area.querySelectorAll('p.casenote-record-prompt')).toHaveLength(9);
      await expect(area.textContent).not.toContain(defaultContactRecord.sections[0]?.prompt);
      await waitFor(() => expect(statusOf(checklist, 'contact')).toBe('Empty'));
      await waitFor(() => expect(document.activeElement).toBe(area));
    });
    await step('writing the first section moves it to "Needs more", then "Done"', async () => {
      await userEvent.keyboard('Ms Okafor');
      await waitFor(() => expect(statusOf(checklist, 'contact')).toBe('Needs more'));
      await userEvent.keyboard(', the school nurse, phoned on Monday at 9am. The family do not know yet.');
      await waitFor(() => expect(statusOf(checklist, 'contact')).toBe('Done'));
      await expect(within(checklist).getByRole('status')).toHaveTextContent('1 of 9 sections done');
    });
    await step('Enter on a section in the checklist puts the caret there', async () => {
      const consent = canvas.getByRole('button', { name: /^Consent Empty/ });
      consent.focus();
      await userEvent.keyboard('{Enter}');
      const area = getEditingArea(canvasElement);
      await waitFor(() => expect(document.activeElement).toBe(area));
      // The caret waits in the Consent prompt's empty paragraph.
      await expect(window.getSelection()?.isCollapsed).toBe(true);
      await expect(
        window.getSelection()?.anchorNode?.parentElement?.closest('p, h2')?.getAttribute('data-record-prompt') ??
          (window.getSelection()?.anchorNode as HTMLElement | null)?.getAttribute?.('data-record-prompt'),
      ).toBe(defaultContactRecord.sections.find((section) => section.id === 'consent')?.prompt);
    });
  },
};

/** A record part written as `Heading: text` lines: the checklist finds each section and how much it says. */
export const PartlyWritten: Story = {
  render: ({ editor: _unused, ...args }) => (
    <RecordHost
      note={[
        '<p>Who contacted us and how: Mr Adeyemi, the head teacher at Elm Road Primary, phoned on Tuesday morning.</p>',
        '<p>What they are worried about: Tia (7) came to school hungry three days this week.</p>',
        '<p>What the child has said: Nobody has asked Tia yet.</p>',
        '<p>Consent:</p>',
      ].join('')}
      {...args}
    />
  ),
  play: async ({ canvasElement }) => {
    const checklist = canvasElement.querySelector<HTMLElement>('.casenote-record') as HTMLElement;
    await waitFor(() => expect(statusOf(checklist, 'contact')).toBe('Done'));
    await expect(statusOf(checklist, 'worries')).toBe('Done');
    await expect(statusOf(checklist, 'child-said')).toBe('Needs more');
    await expect(statusOf(checklist, 'consent')).toBe('Empty');
    await expect(statusOf(checklist, 'household')).toBe('Missing');
    await expect(within(checklist).queryByRole('button', { name: 'Insert the template' })).toBeNull();
  },
};
