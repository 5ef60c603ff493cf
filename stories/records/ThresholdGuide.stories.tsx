import { exampleThresholdGuide } from '@casenote/guides';
import { ThresholdPanel } from '@casenote/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ComponentProps } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { getEditingArea, getSelectedText } from '../support/editor-queries.ts';
import { NoteWithPanel } from '../support/NoteWithPanel.tsx';

/** An invented contact: any likeness to a real child or family is chance. */
const contactNote = [
  '<p>Who contacted us and how: Ms Patel, Noah’s head of year, emailed on Wednesday.</p>',
  '<p>What they are worried about: Noah (14) has been missing from home twice this month and is not attending school most days. He has a new phone nobody can explain.</p>',
  '<p>What is working well: Noah’s grandmother sees him every weekend and he trusts her.</p>',
].join('');

type GuideHostProps = Omit<ComponentProps<typeof ThresholdPanel>, 'editor'> & { note: string };

/** The note with the threshold guide beside it. */
function GuideHost({ note, ...props }: GuideHostProps) {
  return (
    <NoteWithPanel note={note} ariaLabel="Contact record" panelWidth="24rem">
      {(editor) => <ThresholdPanel editor={editor} {...props} />}
    </NoteWithPanel>
  );
}

const meta = {
  title: 'Records/Threshold guide',
  component: ThresholdPanel,
  tags: ['autodocs'],
  args: { guide: exampleThresholdGuide },
  argTypes: { editor: { control: false }, guide: { control: false } },
  render: ({ editor: _unused, ...args }) => <GuideHost note={contactNote} {...args} />,
} satisfies Meta<typeof ThresholdPanel>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * The example guide beside a contact record. Indicators whose words appear in the note are listed
 * with those words ("You wrote ‘missing from home’"), at every level they appear in; a click selects
 * the words in the note. The panel never chooses a level.
 */
export const BesideANote: Story = {
  play: async ({ canvas, canvasElement, step }) => {
    const panel = canvasElement.querySelector<HTMLElement>('.casenote-threshold') as HTMLElement;
    await step(
      'the guide is an example, with its source, and the decision stays with the worker and manager',
      async () => {
        await expect(canvas.getByText('Example guide.')).toBeVisible();
        await expect(canvas.getByRole('link', { name: /southamptonlscb\.co\.uk/ })).toHaveAttribute(
          'href',
          exampleThresholdGuide.source,
        );
        await expect(canvas.getByText(/never chooses or suggests a level/)).toBeVisible();
      },
    );
    await step('indicators related to the note are shown with the words written', async () => {
      const related = await waitFor(() => {
        const items = [...panel.querySelectorAll<HTMLElement>('.casenote-threshold__related-item')];
        expect(items.length).toBeGreaterThan(0);
        return items;
      });
      const ids = related.map((item) => item.dataset.indicatorId);
      await expect(ids).toEqual(
        expect.arrayContaining([
          'partnership-missing-once',
          'plus-missing-repeated',
          'safeguarding-missing',
          'plus-education',
          'plus-exploitation-signs',
        ]),
      );
      await expect(panel).toHaveTextContent('You wrote ‘missing from home’');
      await expect(panel).toHaveTextContent('You wrote ‘not attending school’');
    });
    await step('a click on the words selects them in the note', async () => {
      const item = panel.querySelector<HTMLElement>(
        '.casenote-threshold__related-item[data-indicator-id="plus-education"]',
      ) as HTMLElement;
      await userEvent.click(within(item).getByRole('button', { name: 'You wrote ‘not attending school’' }));
      await waitFor(() => expect(document.activeElement).toBe(getEditingArea(canvasElement)));
      await waitFor(() => expect(getSelectedText()).toBe('not attending school'));
    });
    await step('search narrows the guide and says how much matches', async () => {
      await userEvent.type(canvas.getByRole('searchbox', { name: 'Search the guide' }), 'exploitation');
      await waitFor(() =>
        expect(panel.querySelector('.casenote-threshold__search-status')).toHaveTextContent(/match “exploitation”/),
      );
      const levels = [...panel.querySelectorAll<HTMLElement>('.casenote-threshold__level')].map(
        (level) => level.dataset.levelId,
      );
      await expect(levels).toEqual(['universal-partnership-plus', 'safeguarding']);
      await expect(canvas.getByRole('button', { name: 'Safeguarding', expanded: true })).toBeVisible();
      await expect(canvas.getByText('Sexual or criminal exploitation, including county lines')).toBeVisible();
    });
  },
};

/** The guide on its own, for reading: levels open and close, and the search box works without a note. */
export const GuideOnly: Story = {
  render: (args) => (
    <main style={{ maxWidth: '32rem', fontFamily: 'system-ui, sans-serif' }}>
      <ThresholdPanel {...args} />
    </main>
  ),
  play: async ({ canvas }) => {
    const toggle = canvas.getByRole('button', { name: 'Universal Partnership', expanded: false });
    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(canvas.getByText(exampleThresholdGuide.levels[1]?.description ?? '')).toBeVisible();
    await expect(canvas.queryByRole('heading', { name: 'Related to your note' })).toBeNull();
  },
};
