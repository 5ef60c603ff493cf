import { DiagnosticsPanel } from '@casenote/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentProps } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { cleanNoteParagraphs, jargonNoteParagraphs, toHtml } from '../fixtures/notes.ts';
import { getEditingArea, getFlaggedRanges, getSelectedText, waitForFlaggedRanges } from '../support/editor-queries.ts';
import { NoteWithPanel } from '../support/NoteWithPanel.tsx';

type PanelHostProps = Omit<ComponentProps<typeof DiagnosticsPanel>, 'editor'> & { note: string };

/** The note with the findings panel beside it. */
function PanelHost({ note, ...props }: PanelHostProps) {
  return (
    <NoteWithPanel note={note} ariaLabel="Visit note">
      {(editor) => <DiagnosticsPanel editor={editor} {...props} />}
    </NoteWithPanel>
  );
}

const meta = {
  title: 'Components/DiagnosticsPanel',
  component: DiagnosticsPanel,
  tags: ['autodocs'],
  args: { editor: null, heading: 'Findings' },
  argTypes: { editor: { control: false } },
  render: ({ editor: _unused, ...args }) => <PanelHost note={toHtml(jargonNoteParagraphs)} {...args} />,
} satisfies Meta<typeof DiagnosticsPanel>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Findings grouped by category with counts; arrow keys move, Enter selects the finding in the editor. */
export const GroupedFindings: Story = {
  play: async ({ canvas, canvasElement, step }) => {
    const area = getEditingArea(canvasElement);
    await waitForFlaggedRanges(area, 8);
    const listbox = await canvas.findByRole('listbox', { name: /Findings/ });
    await step('one group per category, with its count', async () => {
      // the whole-note analysis's findings may arrive after the first paragraphs' ones: compare once both settle
      await waitFor(() =>
        expect(within(listbox).getAllByRole('group')).toHaveLength(
          new Set(getFlaggedRanges(area).map((range) => range.category)).size,
        ),
      );
      const groups = within(listbox).getAllByRole('group');
      for (const group of groups) {
        const count = within(group).getAllByRole('option').length;
        await expect(group).toHaveTextContent(`(${count})`);
      }
    });
    await step('Down then Enter selects the second finding in the editor', async () => {
      listbox.focus();
      await userEvent.keyboard('{ArrowDown}');
      const active = listbox.querySelector<HTMLElement>('[role="option"][aria-selected="true"]');
      await expect(active).toBe(within(listbox).getAllByRole('option')[1]);
      const flagged = active?.querySelector('.casenote-panel__actual')?.textContent?.replace(/[“”]/g, '');
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(getSelectedText()).toBe(flagged));
    });
  },
};

/** A clean note: the panel says so. */
export const Empty: Story = {
  render: ({ editor: _unused, ...args }) => <PanelHost note={toHtml(cleanNoteParagraphs)} {...args} />,
  play: async ({ canvas }) => {
    await waitFor(() => expect(canvas.getByText('Nothing to look at in this note.')).toBeVisible(), { timeout: 5_000 });
    await expect(canvas.getByRole('heading', { name: /Findings/ })).toHaveTextContent('Findings (0)');
    await expect(canvas.queryByRole('listbox')).toBeNull();
  },
};
