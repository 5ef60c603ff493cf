import { CaseNoteEditor } from '@casenote/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { aboutJadeParagraphs, toHtml, toJadeParagraphs } from '../fixtures/notes.ts';
import { getEditingArea, getNoteText } from '../support/editor-queries.ts';
import { TrainingSession } from '../support/TrainingSession.tsx';
import { householdLeo, writingToJade } from './training-scripts.ts';

/**
 * For workshops on writing to the child: the same visit to Jade (9), written about her on the left
 * and to her on the right. The meter under each panel shows how much of the note speaks to her. The
 * page opens on the "before" note and stays there: the trainer steps through the rewrites with
 * "Show next change" (each with why, the guidance and questions for the group), "Back" and "Reset
 * to before". Everyone in it is invented. See the Trainer's notes page.
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

/** Steps the training session in `section` by clicking one of its buttons. */
async function press(section: HTMLElement, name: 'Show next change' | 'Back' | 'Reset to before') {
  await userEvent.click(within(section).getByRole('button', { name }));
}

/** The training session's announced status. */
const trainingStatus = (section: HTMLElement) =>
  within(within(section).getByRole('region', { name: 'Training steps' })).getByRole('status');

function WritingToTheChildPage(args: Story['args']) {
  return (
    <main
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fit, minmax(min(24rem, 100%), 1fr))',
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
        <TrainingSession
          before={aboutJadeParagraphs}
          changes={writingToJade}
          openingPrompts={[
            'Read the note as Jade might at 16. Who is it talking to?',
            'Which sentences record what Jade herself said or did?',
          ]}
          renderNote={(paragraphs, step) => (
            <CaseNoteEditor
              {...args}
              key={step}
              content={toHtml(paragraphs)}
              aria-label="Note about Jade"
              panelHeading="Findings about Jade"
              panelHeadingLevel={3}
            />
          )}
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
  );
}

export const WritingToTheChild: Story = {
  name: 'Writing to the child',
  render: (args) => <WritingToTheChildPage {...args} />,
  // Checks the page as a viewer first sees it, and changes nothing.
  play: async ({ canvas, step }) => {
    const aboutSection = canvas.getByRole('region', { name: 'About Jade' });
    const toSection = canvas.getByRole('region', { name: 'To Jade' });
    await step('it opens on the "before" note, unchanged', async () => {
      await expect(getNoteText(getEditingArea(aboutSection))).toBe(aboutJadeParagraphs.join('\n'));
      await expect(trainingStatus(aboutSection)).toHaveTextContent('Before: no changes shown yet');
    });
    await step('the meters: none of the note about Jade speaks to her; all of the note to Jade does', async () => {
      await expectMeter(aboutSection, '0% written to Jade (0 of 5 sentences)');
      await expectMeter(toSection, '100% written to Jade (5 of 5 sentences)');
    });
  },
};

/** The trainer's steps, run as a test (not listed in the sidebar): every change, Back and Reset. */
export const WritingToTheChildSteps: Story = {
  name: 'Writing to the child: the steps',
  tags: ['!dev', '!autodocs'],
  render: (args) => <WritingToTheChildPage {...args} />,
  play: async ({ canvas, step }) => {
    const aboutSection = canvas.getByRole('region', { name: 'About Jade' });
    await expectMeter(aboutSection, '0% written to Jade (0 of 5 sentences)');
    const meters = ['20%', '40%', '60%', '80%', '100%'];
    for (const [index, change] of writingToJade.entries()) {
      await step(`Show next change: ${change.title}`, async () => {
        await press(aboutSection, 'Show next change');
        await expect(trainingStatus(aboutSection)).toHaveTextContent(`Change ${index + 1} of ${writingToJade.length}`);
        await expect(within(aboutSection).getByText(change.why)).toBeVisible();
        await waitFor(() => expect(getNoteText(getEditingArea(aboutSection))).toContain(change.edits[0]?.replace));
        await expectMeter(aboutSection, `${meters[index]} written to Jade (${index + 1} of 5 sentences)`);
      });
    }
    await step('the last step: no next change; Back goes one step back', async () => {
      await expect(within(aboutSection).getByRole('button', { name: 'Show next change' })).toBeDisabled();
      await press(aboutSection, 'Back');
      await expectMeter(aboutSection, '80% written to Jade (4 of 5 sentences)');
    });
    await step('Reset to before shows the note as it opened', async () => {
      await press(aboutSection, 'Reset to before');
      await waitFor(() => expect(getNoteText(getEditingArea(aboutSection))).toBe(aboutJadeParagraphs.join('\n')));
      await expectMeter(aboutSection, '0% written to Jade (0 of 5 sentences)');
    });
  },
};

const householdArgs: Story['args'] = {
  context: {
    child: jade,
    household: [
      { name: 'Jade', age: 9 },
      { name: 'Sam', age: 12 },
      { name: 'Leo', age: 4 },
    ],
  },
};

function HouseholdPage(args: Story['args']) {
  return (
    <main style={{ padding: '1rem', fontFamily: 'system-ui, sans-serif' }}>
      <h1 style={{ fontSize: '1.5rem', marginTop: 0 }}>Every child in the household</h1>
      <TrainingSession
        before={toJadeParagraphs}
        changes={householdLeo}
        headingLevel={2}
        openingPrompts={['Jade lives with Sam (12) and Leo (4). Who does this note tell us about?']}
        renderNote={(paragraphs, step) => (
          <CaseNoteEditor {...args} key={step} content={toHtml(paragraphs)} aria-label="Note to Jade" />
        )}
      />
    </main>
  );
}

const leoPrompt = 'This note does not mention Leo yet';

/** The note to Jade mentions her brother Sam but not Leo: one prompt, about Leo. */
export const Household: Story = {
  args: householdArgs,
  render: (args) => <HouseholdPage {...args} />,
  // Checks the page as a viewer first sees it, and changes nothing.
  play: async ({ canvas, canvasElement }) => {
    await expect(getNoteText(getEditingArea(canvasElement))).toBe(toJadeParagraphs.join('\n'));
    const prompts = () => canvas.getByRole('group', { name: 'About the whole note (1)' });
    await waitFor(() => expect(within(prompts()).getByText(leoPrompt)).toBeVisible(), slow);
    await expect(within(prompts()).queryByText(/does not mention Sam/)).toBeNull();
  },
};

/** The trainer's step, run as a test (not listed in the sidebar): a sentence about Leo answers the prompt. */
export const HouseholdSteps: Story = {
  name: 'Household: the steps',
  tags: ['!dev', '!autodocs'],
  args: householdArgs,
  render: (args) => <HouseholdPage {...args} />,
  play: async ({ canvas, canvasElement, step }) => {
    await waitFor(() => expect(canvas.getByText(leoPrompt)).toBeVisible(), slow);
    await step('Show next change: a sentence about Leo', async () => {
      await press(canvasElement, 'Show next change');
      await waitFor(() => expect(getNoteText(getEditingArea(canvasElement))).toContain('Leo was at nursery'));
      await waitFor(() => expect(canvas.queryByText(leoPrompt)).toBeNull(), slow);
    });
    await step('Reset to before brings the prompt back', async () => {
      await press(canvasElement, 'Reset to before');
      await waitFor(() => expect(canvas.getByText(leoPrompt)).toBeVisible(), slow);
    });
  },
};
