import { CaseNoteEditor } from '@casenote/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { afterParagraphs, beforeParagraphs, toHtml } from '../fixtures/notes.ts';
import { getEditingArea, getFlaggedRanges, getNoteText, waitForFlaggedRanges } from '../support/editor-queries.ts';
import { TrainingSession } from '../support/TrainingSession.tsx';
import { beforeToAfter } from './training-scripts.ts';

/**
 * For workshops: the same visit recorded twice. On the left, about the child in service
 * shorthand; on the right, rewritten to the child in plain words. The left note opens as it was
 * written and stays so until the trainer steps through the rewrite, paragraph by paragraph ("Show
 * next change", "Back", "Reset to before"), each with why, the guidance and questions for the group.
 * Both notes are editable. Everyone in them is invented. See the Trainer's notes page.
 */
const meta = {
  title: 'Training/Before and after',
  component: CaseNoteEditor,
  args: { onDiagnostics: fn() },
  parameters: { layout: 'fullscreen' },
  render: (args) => (
    <main
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fit, minmax(min(24rem, 100%), 1fr))',
        gap: '1.5rem',
        padding: '1rem',
        fontFamily: 'system-ui, sans-serif',
      }}
    >
      <h1 style={{ gridColumn: '1 / -1', fontSize: '1.5rem', margin: 0 }}>One visit, recorded twice</h1>
      <section aria-labelledby="before-heading">
        <h2 id="before-heading" style={{ fontSize: '1.25rem' }}>
          Before: about the child, in shorthand
        </h2>
        <TrainingSession
          before={beforeParagraphs}
          changes={beforeToAfter}
          openingPrompts={[
            'Read the note as Leo, or his mum, might. What would they understand?',
            'Which words describe Leo, and which describe what happened?',
          ]}
          renderNote={(paragraphs, step) => (
            <CaseNoteEditor
              {...args}
              key={step}
              content={toHtml(paragraphs)}
              aria-label="Note before"
              panelHeading="Findings before"
              panelHeadingLevel={3}
            />
          )}
        />
      </section>
      <section aria-labelledby="after-heading">
        <h2 id="after-heading" style={{ fontSize: '1.25rem' }}>
          After: written to the child
        </h2>
        <CaseNoteEditor
          {...args}
          onDiagnostics={undefined}
          content={toHtml(afterParagraphs)}
          aria-label="Note after"
          panelHeading="Findings after"
          panelHeadingLevel={3}
        />
      </section>
    </main>
  ),
} satisfies Meta<typeof CaseNoteEditor>;

export default meta;
type Story = StoryObj<typeof meta>;

export const BeforeAndAfter: Story = {
  name: 'Before and after',
  // Checks the page as a viewer first sees it, and changes nothing.
  play: async ({ args, canvasElement, step }) => {
    const before = getEditingArea(canvasElement, 0);
    const after = getEditingArea(canvasElement, 1);
    await step('it opens on the note as written, unchanged', async () => {
      await expect(getNoteText(before)).toBe(beforeParagraphs.join('\n'));
    });
    await step('the shorthand note has jargon and third-person findings', async () => {
      const ranges = await waitForFlaggedRanges(before, 10);
      const texts = ranges.map((range) => range.text);
      for (const word of ['LAC', 'YP', 'absconded', 'Respite']) await expect(texts).toContain(word);
      await expect(new Set(ranges.map((range) => range.category)).size).toBeGreaterThanOrEqual(2);
    });
    await step('the rewrite has none', async () => {
      // The left editor has reported, so both have had their first check.
      await waitFor(() => expect(args.onDiagnostics).toHaveBeenCalled());
      await waitFor(() => expect(canvasElement.querySelectorAll('.casenote-panel__empty')).toHaveLength(1));
      await expect(getFlaggedRanges(after)).toEqual([]);
    });
  },
};

/** The trainer's steps, run as a test (not listed in the sidebar): each paragraph rewritten, then Reset. */
export const BeforeAndAfterSteps: Story = {
  name: 'Before and after: the steps',
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement, step }) => {
    const section = canvasElement.querySelector<HTMLElement>(
      'section[aria-labelledby="before-heading"]',
    ) as HTMLElement;
    const next = () => within(section).getByRole('button', { name: 'Show next change' });
    await waitForFlaggedRanges(getEditingArea(section), 10);
    for (const [index, change] of beforeToAfter.entries()) {
      await step(`Show next change: ${change.title}`, async () => {
        await userEvent.click(next());
        await waitFor(() =>
          expect(getNoteText(getEditingArea(section)).split('\n')[index]).toBe(afterParagraphs[index]),
        );
        await expect(within(section).getByText(change.why)).toBeVisible();
      });
    }
    await step('after every change the note reads as the rewrite and has no findings', async () => {
      await expect(next()).toBeDisabled();
      await waitFor(() => expect(getNoteText(getEditingArea(section))).toBe(afterParagraphs.join('\n')));
      await waitFor(() => expect(getFlaggedRanges(getEditingArea(section))).toEqual([]));
    });
    await step('Reset to before shows the shorthand note again', async () => {
      await userEvent.click(within(section).getByRole('button', { name: 'Reset to before' }));
      await waitFor(() => expect(getNoteText(getEditingArea(section))).toBe(beforeParagraphs.join('\n')));
      await waitForFlaggedRanges(getEditingArea(section), 10);
    });
  },
};
