import { DiagnosticCard, useCaseNoteEditor } from '@casenote/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { EditorContent } from '@tiptap/react';
import type { ComponentProps } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { toHtml } from '../fixtures/notes.ts';
import {
  findOpenCard,
  getEditingArea,
  getFlaggedElement,
  getFlaggedRanges,
  getNoteText,
  getSelectedText,
  waitForFlaggedRanges,
} from '../support/editor-queries.ts';

const note = toHtml([
  'Kai told me he enjoys football. We talked about contact with your mum and the LAC review on Friday.',
]);

/** A host layout: its own editor (`useCaseNoteEditor` + `EditorContent`) with the card and no panel. */
function CardHost(props: Omit<ComponentProps<typeof DiagnosticCard>, 'editor'>) {
  const editor = useCaseNoteEditor({ content: note, ariaLabel: 'Visit note' });
  return (
    <main style={{ maxWidth: '40rem', fontFamily: 'system-ui, sans-serif' }}>
      <EditorContent editor={editor} className="casenote-editor__frame" />
      <DiagnosticCard editor={editor} {...props} />
    </main>
  );
}

const meta = {
  title: 'Components/DiagnosticCard',
  component: DiagnosticCard,
  tags: ['autodocs'],
  args: { editor: null, onRuleSeverityChange: fn() },
  argTypes: { editor: { control: false } },
  render: ({ editor: _unused, ...args }) => <CardHost {...args} />,
} satisfies Meta<typeof DiagnosticCard>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Resting the pointer on underlined words opens the card; Ignore hides that finding. */
export const OpensOnHover: Story = {
  play: async ({ canvasElement, step }) => {
    const area = getEditingArea(canvasElement);
    const ranges = await waitForFlaggedRanges(area, 2);
    const contact = ranges.find((range) => range.text === 'contact');
    await step('hovering opens the card with message, explanation and guidance', async () => {
      await userEvent.hover(getFlaggedElement(area, contact?.id ?? ''));
      const card = await findOpenCard(canvasElement);
      await expect(card).toHaveAttribute('data-rule-id', contact?.ruleId);
      // the explanation, from the rule details loaded with the engine
      await waitFor(() => expect(card.querySelector('.casenote-card__explanation')?.textContent).toMatch(/^\S.{20,}/));
      await expect(within(card).getByRole('button', { name: 'family time' })).toHaveAttribute(
        'data-action',
        'suggestion',
      );
      await expect(within(card).getByRole('button', { name: 'Ignore' })).toBeVisible();
      await expect(within(card).getByRole('button', { name: 'Turn off this rule' })).toBeVisible();
    });
    await step('Ignore removes the finding and leaves the words alone', async () => {
      const text = getNoteText(area);
      await userEvent.click(within(await findOpenCard(canvasElement)).getByRole('button', { name: 'Ignore' }));
      await waitFor(() => expect(getFlaggedRanges(area).map((range) => range.text)).not.toContain('contact'));
      await expect(getNoteText(area)).toBe(text);
    });
  },
};

/** Keyboard: F8 selects a finding and opens its card; Alt+Enter moves focus in; Esc closes it and returns to the editor. */
export const KeyboardCommand: Story = {
  play: async ({ canvasElement, step }) => {
    const area = getEditingArea(canvasElement);
    const ranges = await waitForFlaggedRanges(area, 2);
    await step('F8 selects a finding and the caret opens its card', async () => {
      await userEvent.click(area);
      await userEvent.keyboard('{F8}');
      await waitFor(() => expect(ranges.map((range) => range.text)).toContain(getSelectedText()));
      const card = await findOpenCard(canvasElement);
      await expect(ranges.find((range) => range.text === getSelectedText())?.ruleId).toBe(card.dataset.ruleId);
    });
    await step('Alt+Enter moves focus into the card', async () => {
      await userEvent.keyboard('{Alt>}{Enter}{/Alt}');
      const card = await findOpenCard(canvasElement);
      await waitFor(() => expect(card.contains(document.activeElement)).toBe(true));
    });
    await step('Esc closes the card and returns focus to the editor', async () => {
      await userEvent.keyboard('{Escape}');
      await waitFor(() => expect(canvasElement.querySelector('.casenote-card')).toBeNull());
      await expect(document.activeElement).toBe(area);
    });
  },
};

/** “Turn off this rule” removes every finding of that rule and tells the host, which may keep the setting. */
export const TurnOffRule: Story = {
  play: async ({ args, canvasElement }) => {
    const area = getEditingArea(canvasElement);
    const ranges = await waitForFlaggedRanges(area, 2);
    const lac = ranges.find((range) => range.text === 'LAC review' || range.text === 'LAC');
    await userEvent.hover(getFlaggedElement(area, lac?.id ?? ''));
    await userEvent.click(
      within(await findOpenCard(canvasElement)).getByRole('button', { name: 'Turn off this rule' }),
    );
    await waitFor(() => expect(getFlaggedRanges(area).map((range) => range.ruleId)).not.toContain(lac?.ruleId));
    await expect(args.onRuleSeverityChange).toHaveBeenCalledWith(lac?.ruleId, 'off');
  },
};
