import { CaseNoteEditor } from '@casenote/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { aboutJadeParagraphs, toHtml, toJadeParagraphs } from '../fixtures/notes.ts';
import { findOpenCard, getEditingArea, getNoteText } from '../support/editor-queries.ts';

/**
 * For workshops on writing to the child: the same visit to Jade (9), written about her on the left
 * and to her on the right. The meter under each panel shows how much of the note speaks to her; a
 * trainer converts the left note live, one suggested rewrite at a time. Everyone in it is invented.
 */
const jade = { name: 'Jade', age: 9, pronouns: 'she' } as const;

const meta = {
  title: 'Training/Writing to the child',
  component: CaseNoteEditor,
  args: { context: { child: jade }, analysisDelay: 300 },
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof CaseNoteEditor>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Analysis waits for the writer to pause and the browser to be idle: allow a busy machine time. */
const slow = { timeout: 5_000 };

/** The written-to-the-child meter inside one section of the page. */
const meterIn = (section: HTMLElement) => within(section).getByRole('meter', { name: 'Written to the child' });

async function expectMeter(section: HTMLElement, valueText: string) {
  await waitFor(() => expect(meterIn(section)).toHaveAttribute('aria-valuetext', valueText), slow);
}

/** The underlined about-the-child range whose words are exactly `text`. */
function findAboutChildRange(area: HTMLElement, text: string): HTMLElement {
  const range = [...area.querySelectorAll<HTMLElement>('[data-rule-id="about-child-sentence"]')].find(
    (element) => element.textContent === text,
  );
  if (!range) throw new Error(`"${text}" is not underlined as a sentence about the child`);
  return range;
}

/** Selects the words of an element in the editing area, as a double-click or Shift+arrows would. */
async function selectWords(area: HTMLElement, element: HTMLElement) {
  area.focus();
  const range = document.createRange();
  range.selectNodeContents(element);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  // The editor takes the selection from the browser's selectionchange event, which comes in a later task.
  await waitFor(() => expect(window.getSelection()?.toString()).toBe(element.textContent));
  await new Promise((resolve) => setTimeout(resolve, 50));
}

export const WritingToTheChild: Story = {
  name: 'Writing to the child',
  render: (args) => (
    <main
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fit, minmax(24rem, 1fr))',
        gap: '1.5rem',
        padding: '1rem',
        fontFamily: 'system-ui, sans-serif',
      }}
    >
      <h1 style={{ gridColumn: '1 / -1', fontSize: '1.5rem', margin: 0 }}>One visit to Jade, written two ways</h1>
      <section aria-labelledby="about-jade-heading">
        <h2 id="about-jade-heading" style={{ fontSize: '1.25rem' }}>
          About Jade
        </h2>
        <CaseNoteEditor
          {...args}
          content={toHtml(aboutJadeParagraphs)}
          aria-label="Note about Jade"
          panelHeading="Findings about Jade"
          panelHeadingLevel={3}
        />
      </section>
      <section aria-labelledby="to-jade-heading">
        <h2 id="to-jade-heading" style={{ fontSize: '1.25rem' }}>
          To Jade
        </h2>
        <CaseNoteEditor
          {...args}
          content={toHtml(toJadeParagraphs)}
          aria-label="Note to Jade"
          panelHeading="Findings to Jade"
          panelHeadingLevel={3}
        />
      </section>
    </main>
  ),
  play: async ({ canvas, step }) => {
    const aboutSection = canvas.getByRole('region', { name: 'About Jade' });
    const toSection = canvas.getByRole('region', { name: 'To Jade' });
    const about = getEditingArea(aboutSection);

    await step('the meters: none of the note about Jade speaks to her; all of the note to Jade does', async () => {
      await expectMeter(aboutSection, '0% written to Jade (0 of 5 sentences)');
      await expectMeter(toSection, '100% written to Jade (5 of 5 sentences)');
    });

    await step('the toggle highlights the sentences about Jade', async () => {
      const toggle = within(aboutSection).getByRole('button', { name: 'Highlight sentences about the child' });
      await userEvent.click(toggle);
      await expect(toggle).toHaveAttribute('aria-pressed', 'true');
      await waitFor(() => expect(about.querySelector('.casenote-about-child')).not.toBeNull());
    });

    const rewrites = [
      { from: 'Jade at her', to: 'you at your', meter: '20% written to Jade (1 of 5 sentences)' },
      { from: 'Jade showed me her', to: 'You showed me your', meter: '40% written to Jade (2 of 5 sentences)' },
      { from: 'Jade is', to: 'You are', meter: '60% written to Jade (3 of 5 sentences)' },
      {
        from: 'Jade told me she misses her',
        to: 'You told me you miss your',
        meter: '80% written to Jade (4 of 5 sentences)',
      },
    ];
    for (const rewrite of rewrites) {
      await step(`the trainer rewrites "${rewrite.from}" as "${rewrite.to}"`, async () => {
        let range: HTMLElement | undefined;
        await waitFor(() => (range = findAboutChildRange(about, rewrite.from)), slow);
        await userEvent.click(range as unknown as HTMLElement);
        const card = await findOpenCard(aboutSection, slow.timeout);
        await userEvent.click(within(card).getByRole('button', { name: rewrite.to }));
        await waitFor(() => expect(getNoteText(about)).toContain(rewrite.to));
        await expectMeter(aboutSection, rewrite.meter);
      });
    }

    await step('quoted speech has no safe rewrite: the trainer types "You" over "Jade" in "Jade said"', async () => {
      let name: HTMLElement | undefined;
      await waitFor(() => (name = findAboutChildRange(about, 'Jade')), slow);
      await selectWords(about, name as unknown as HTMLElement);
      await userEvent.keyboard('You');
      await waitFor(() => expect(getNoteText(about)).toContain('You said "I like it here'));
      await expectMeter(aboutSection, '100% written to Jade (5 of 5 sentences)');
    });
  },
};

export const Household: Story = {
  args: {
    context: {
      child: jade,
      household: [
        { name: 'Jade', age: 9 },
        { name: 'Sam', age: 12 },
        { name: 'Leo', age: 4 },
      ],
    },
  },
  render: (args) => (
    <main style={{ padding: '1rem', fontFamily: 'system-ui, sans-serif' }}>
      <h1 style={{ fontSize: '1.5rem', marginTop: 0 }}>Every child in the household</h1>
      <CaseNoteEditor {...args} content={toHtml(toJadeParagraphs)} aria-label="Note to Jade" />
    </main>
  ),
  play: async ({ canvas, canvasElement, step }) => {
    const area = getEditingArea(canvasElement);
    const prompts = () => canvas.getByRole('group', { name: 'About the whole note (1)' });

    await step('the note mentions Sam but not Leo: one prompt, about Leo', async () => {
      await waitFor(
        () => expect(within(prompts()).getByText('This note does not mention Leo yet')).toBeVisible(),
        slow,
      );
      await expect(within(prompts()).queryByText(/does not mention Sam/)).toBeNull();
    });

    await step('a new paragraph about Leo answers the prompt', async () => {
      const last = area.querySelectorAll('p')[toJadeParagraphs.length - 1] as HTMLElement;
      area.focus();
      const range = document.createRange();
      range.selectNodeContents(last);
      range.collapse(false);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
      await new Promise((resolve) => setTimeout(resolve, 50));
      await userEvent.keyboard('{Enter}Leo was at nursery, so I will see him on Friday.');
      await waitFor(() => expect(getNoteText(area)).toContain('Leo was at nursery, so I will see him on Friday.'));
      await waitFor(() => expect(canvasElement.querySelector('.casenote-panel__prompts')).toBeNull(), slow);
      await expect(canvas.queryByText('This note does not mention Leo yet')).toBeNull();
    });
  },
};
