import { CaseNoteEditor } from '@casenote/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { afterParagraphs, beforeParagraphs, toHtml } from '../fixtures/notes.ts';
import { getEditingArea, getFlaggedRanges, waitForFlaggedRanges } from '../support/editor-queries.ts';

/**
 * For workshops: the same visit recorded twice. On the left, about the child in service
 * shorthand; on the right, rewritten to the child in plain words. Both notes are editable, so a
 * trainer can fix the left one live. Everyone in them is invented.
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
        gridTemplateColumns: 'repeat(auto-fit, minmax(24rem, 1fr))',
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
        <CaseNoteEditor
          {...args}
          content={toHtml(beforeParagraphs)}
          aria-label="Note before"
          panelHeading="Findings before"
          panelHeadingLevel={3}
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
  play: async ({ args, canvasElement, step }) => {
    const before = getEditingArea(canvasElement, 0);
    const after = getEditingArea(canvasElement, 1);
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
