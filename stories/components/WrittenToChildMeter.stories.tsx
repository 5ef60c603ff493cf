import { useCaseNoteEditor, WrittenToChildMeter } from '@casenote/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { EditorContent } from '@tiptap/react';
import type { ComponentProps } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { toHtml } from '../fixtures/notes.ts';
import { getSelectedText } from '../support/editor-queries.ts';

/** A visit note to Jade (invented), with a line to the school nurse at the end. */
const visitParagraphs = [
  'Jade, I visited you at home today. You told me “I like my new school”. Mum said she is doing well.',
  'Jade showed me the garden she planted with her gran.',
  'Email to school nurse: could you see Jade on Monday? Thank you.',
] as const;

/** A host layout: the note, then the meter under it. */
function MeterHost(props: Omit<ComponentProps<typeof WrittenToChildMeter>, 'editor'>) {
  const editor = useCaseNoteEditor({
    content: toHtml(visitParagraphs),
    ariaLabel: 'Visit note',
    context: { child: { name: 'Jade', age: 9, pronouns: 'she' } },
    analysisDelay: 50,
  });
  return (
    <main style={{ maxWidth: '40rem', fontFamily: 'system-ui, sans-serif' }}>
      <EditorContent editor={editor} className="casenote-editor__frame" />
      <WrittenToChildMeter editor={editor} {...props} />
    </main>
  );
}

const meta = {
  title: 'Components/WrittenToChildMeter',
  component: WrittenToChildMeter,
  tags: ['autodocs'],
  args: { editor: null },
  argTypes: { editor: { control: false } },
  render: ({ editor: _unused, ...args }) => <MeterHost {...args} />,
} satisfies Meta<typeof WrittenToChildMeter>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Analysis waits for the writer to pause and the browser to be idle: allow a busy machine time. */
const slow = { timeout: 5_000 };

/**
 * "What was counted" opens under the meter: the sentences written to Jade, about her, to someone
 * else (left out of the share) and in her own words, each with why; choosing one selects it in the note.
 */
export const WhatWasCounted: Story = {
  play: async ({ canvas, step }) => {
    const meter = () => canvas.getByRole('meter', { name: 'Written to the child' });
    await waitFor(
      () => expect(meter()).toHaveAttribute('aria-valuetext', '50% written to Jade (2 of 4 sentences)'),
      slow,
    );
    await step('open “What was counted”', async () => {
      await userEvent.click(canvas.getByText('What was counted'));
      await expect(await canvas.findByRole('list', { name: 'Written to Jade (2)' })).toBeVisible();
      await expect(canvas.getByRole('list', { name: 'In Jade’s own words (2)' })).toBeVisible();
      await expect(canvas.getByRole('list', { name: 'About Jade (2)' })).toBeVisible();
      await expect(canvas.getByRole('list', { name: 'Written to someone else, not counted (1)' })).toBeVisible();
    });
    await step('a sentence about Jade, with why, selects itself in the note', async () => {
      const [about] = within(canvas.getByRole('list', { name: 'About Jade (2)' })).getAllByRole('button');
      if (!about) throw new Error('no sentence about Jade listed');
      await expect(about).toHaveAccessibleDescription(/talks about Jade in the third person/);
      await userEvent.click(about);
      await waitFor(() => expect(getSelectedText()).toBe(about.textContent));
    });
  },
};
