/// <reference types="vite/client" />
import type { RulePack } from '@casenote/lint';
import LintWorker from '@casenote/lint/worker?worker';
import { CaseNoteEditor } from '@casenote/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import type { CSSProperties } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import {
  cleanNoteParagraphs,
  countNoteWords,
  generateLongNoteParagraphs,
  jargonNoteParagraphs,
  toHtml,
} from '../fixtures/notes.ts';
import {
  findOpenCard,
  getEditingArea,
  getFlaggedElement,
  getFlaggedRanges,
  getNoteText,
  waitForFlaggedRanges,
} from '../support/editor-queries.ts';

const meta = {
  title: 'Editor',
  component: CaseNoteEditor,
  tags: ['autodocs'],
  args: {
    'aria-label': 'Case note',
    onUpdate: fn(),
    onDiagnostics: fn(),
    onRuleSeverityChange: fn(),
    onEditorReady: fn(),
  },
  // react-docgen misses the props inherited from `UseCaseNoteEditorOptions`: listed here for the props table.
  argTypes: {
    content: { control: 'text' },
    delay: { control: { type: 'number', min: 0, step: 50 } },
    context: {
      description:
        'What the host knows about the child and household, for the whole-note analysis (written to the child, the child’s voice, every child mentioned). Without it the child is inferred from the note.',
      control: false,
      table: { type: { summary: 'NoteContext' } },
    },
    lintOptions: {
      description:
        'Which rule packs run and each rule’s severity (`off` to turn one off), and whether the whole-note analysis runs.',
      control: 'object',
      table: { type: { summary: 'LintOptions' } },
    },
    worker: {
      description:
        'Creates a Web Worker running `@casenote/lint/worker` (for example `() => new LintWorker()`), so checking a long note never holds up typing. Without it, or if the worker cannot run, checks run on the page.',
      control: false,
      table: { type: { summary: '() => WorkerLike' } },
    },
    readOnly: {
      description:
        'Show the note and its findings without letting anyone change it: the card offers no Replace, Ignore or Turn off.',
      control: 'boolean',
      table: { type: { summary: 'boolean' }, defaultValue: { summary: 'false' } },
    },
    ignoreStore: {
      description:
        'Where the host keeps the writer’s Ignore choices. Without one, an ignore lasts as long as the editor.',
      control: false,
      table: { type: { summary: 'IgnoreStore' } },
    },
    shortcuts: {
      description:
        'Replacement key bindings for next/previous finding, open the card, apply the first suggestion and go to the findings list.',
      control: 'object',
      table: { type: { summary: 'Partial<CaseNoteShortcuts>' }, defaultValue: { summary: 'defaultShortcuts' } },
    },
    labels: {
      description:
        'Replacement words for the card, panel, meter and help (partial, over the en-GB `defaultLabels`); or wrap the editor in `CaseNoteLabelsProvider`.',
      control: 'object',
      table: { type: { summary: 'CaseNoteLabelsOverrides' } },
    },
    linter: {
      description:
        'A linter to use instead of the built-in one, for a host that checks notes its own way (the `worker` option covers the usual case of checking in a Web Worker).',
      control: false,
      table: { type: { summary: 'CaseNoteLinter' } },
    },
    analysisDelay: {
      description: 'Milliseconds after the last edit before the whole note is analysed again.',
      control: { type: 'number', min: 0, step: 100 },
      table: { type: { summary: 'number' }, defaultValue: { summary: '1000' } },
    },
    analyser: {
      description:
        'An analyser to use instead of the built-in whole-note analysis (written to the child, the child’s voice, every child).',
      control: false,
      table: { type: { summary: 'CaseNoteAnalyser' } },
    },
    extensions: {
      description: 'More TipTap extensions, added after StarterKit and the case-note ones.',
      control: false,
      table: { type: { summary: 'Extensions' }, defaultValue: { summary: '[]' } },
    },
  },
  parameters: { layout: 'fullscreen' },
  decorators: [
    (Story) => (
      <main style={{ padding: '1rem', fontFamily: 'system-ui, sans-serif' }}>
        <Story />
      </main>
    ),
  ],
} satisfies Meta<typeof CaseNoteEditor>;

export default meta;
type Story = StoryObj<typeof meta>;

/** An empty editor with every built-in rule pack on: type a note and watch the findings arrive. */
export const Playground: Story = {
  args: { placeholder: 'Write your note to the child here…' },
  play: async ({ canvas, canvasElement, step }) => {
    // The end-to-end tests type into this story, so its play function only looks.
    await step('the editing area is empty, named and editable', async () => {
      const area = canvas.getByRole('textbox', { name: 'Case note' });
      await expect(area).toHaveAttribute('contenteditable', 'true');
      await expect(getNoteText(area)).toBe('');
      await expect(area).toHaveAttribute('aria-placeholder', 'Write your note to the child here…');
    });
    await step('the panel says there is nothing to look at', async () => {
      await expect(canvas.getByRole('heading', { name: /Findings/ })).toBeVisible();
      await expect(canvasElement.querySelectorAll('.casenote-diagnostic')).toHaveLength(0);
    });
  },
};

/** A note written to the child in plain words: the checks find nothing to underline. */
export const CleanNote: Story = {
  args: { content: toHtml(cleanNoteParagraphs) },
  play: async ({ args, canvasElement, step }) => {
    await step('the first check has run', async () => {
      await waitFor(() => expect(args.onDiagnostics).toHaveBeenCalled(), { timeout: 5_000 });
    });
    await step('nothing is underlined and, once the whole note is read, the panel says so', async () => {
      await expect(args.onDiagnostics).toHaveBeenLastCalledWith([]);
      await expect(getFlaggedRanges(getEditingArea(canvasElement))).toEqual([]);
      // The findings arrive before the note-wide reading (written to the child, every child named); the panel
      // says "Checking the note…" until both are in, so under load the empty message can come a moment later.
      await waitFor(() => expect(within(canvasElement).getByText('Nothing to look at in this note.')).toBeVisible(), {
        timeout: 5_000,
      });
    });
  },
};

/**
 * A third-person note in service shorthand: many findings. The play function opens a card,
 * applies a suggestion and undoes it.
 */
export const ManyFindings: Story = {
  args: { content: toHtml(jargonNoteParagraphs) },
  play: async ({ args, canvasElement, step }) => {
    const area = getEditingArea(canvasElement);
    const original = getNoteText(area);
    let ranges = await waitForFlaggedRanges(area, 8);

    await step('findings are underlined with their severity and category', async () => {
      for (const range of ranges) {
        await expect(range.text.length).toBeGreaterThan(0);
        await expect(['error', 'warning', 'info', 'hint']).toContain(range.severity);
      }
      const jargon = ranges.find((range) => range.text === 'LAC');
      await expect(jargon).toMatchObject({ ruleId: 'acronym-lac', category: 'jargon' });
      await expect(getFlaggedElement(area, jargon?.id ?? '')).toHaveClass(
        'casenote-diagnostic',
        `casenote-diagnostic--${jargon?.severity}`,
      );
    });

    await step('hovering “LAC” opens its card with suggestions', async () => {
      ranges = getFlaggedRanges(area);
      const lac = ranges.find((range) => range.text === 'LAC');
      await userEvent.hover(getFlaggedElement(area, lac?.id ?? ''));
      const card = await findOpenCard(canvasElement);
      await expect(card).toHaveClass('casenote-card');
      await expect(within(card).getByRole('button', { name: 'a child in care' })).toBeVisible();
      await expect(within(card).getByRole('link', { name: /Read the guidance/ })).toHaveAttribute(
        'href',
        expect.stringMatching(/^https:\/\//),
      );
    });

    await step('a suggestion replaces the words in one step', async () => {
      await userEvent.click(within(await findOpenCard(canvasElement)).getByRole('button', { name: 'a child in care' }));
      await waitFor(() => expect(getNoteText(area)).toContain('Kai is a child in care under S20'));
      await expect(args.onUpdate).toHaveBeenCalled();
    });

    await step('undo restores the note exactly', async () => {
      await userEvent.keyboard('{Control>}z{/Control}');
      await waitFor(() => expect(getNoteText(area)).toBe(original));
    });
  },
};

const longNoteParagraphs = generateLongNoteParagraphs(20_000);
const longNoteHtml = toHtml(longNoteParagraphs);

/**
 * A 20,000-word note, generated the same way every time, checked in a Web Worker (the `worker`
 * prop) so the page stays free for typing. Only the paragraphs you edit are checked again; the
 * benchmark (`pnpm bench`) times this story.
 */
export const LongNote: Story = {
  argTypes: { content: { table: { disable: true } } },
  // No spies on the per-keystroke callbacks here: Storybook records and serialises every call (the
  // editor, hundreds of findings), which would swamp the timings `pnpm bench` takes on this story.
  render: ({ onUpdate: _onUpdate, onDiagnostics: _onDiagnostics, ...args }) => (
    <CaseNoteEditor {...args} content={longNoteHtml} worker={() => new LintWorker()} />
  ),
  play: async ({ canvas, canvasElement, step }) => {
    const area = getEditingArea(canvasElement);
    await step('the whole note is there', async () => {
      await expect(countNoteWords(longNoteParagraphs)).toBeGreaterThanOrEqual(20_000);
      await expect(area.querySelectorAll('p')).toHaveLength(longNoteParagraphs.length);
    });
    await step('the whole note is checked and the panel counts every finding', async () => {
      const ranges = await waitForFlaggedRanges(area, 100, 50_000);
      const heading = canvas.getByRole('heading', { name: /Findings/ });
      // The list is rendered after the underlines, in the frames that follow (a deferred render).
      await waitFor(
        () => expect(Number(/\((\d+)\)/.exec(heading.textContent ?? '')?.[1])).toBeGreaterThanOrEqual(ranges.length),
        {
          timeout: 50_000,
        },
      );
    });
  },
};

/** A finished note, shown read-only: findings still show and explain, but nothing can be changed. */
export const ReadOnly: Story = {
  args: { content: toHtml(jargonNoteParagraphs), readOnly: true },
  play: async ({ args, canvasElement, step }) => {
    const area = getEditingArea(canvasElement);
    const ranges = await waitForFlaggedRanges(area, 1);
    await step('the editing area cannot be edited', async () => {
      await expect(area).toHaveAttribute('contenteditable', 'false');
      await expect(area).toHaveAttribute('aria-readonly', 'true');
    });
    await step('the card lists suggestions as text, not buttons', async () => {
      const lac = ranges.find((range) => range.text === 'LAC');
      await userEvent.hover(getFlaggedElement(area, lac?.id ?? ''));
      const card = await findOpenCard(canvasElement);
      await expect(within(card).getByText('Could be written as')).toBeVisible();
      await expect(card.querySelector('[data-action="suggestion"]')).toBeNull();
    });
    await expect(args.onUpdate).not.toHaveBeenCalled();
  },
};

/**
 * A host's own rule pack (`extraRules`), in the same format as the built-in packs: here a
 * fictional council flags the name of its case-management system, which means nothing to a child.
 */
const northvalePack: RulePack = {
  name: 'northvale-house-style',
  rules: [
    {
      id: 'northvale-system-name',
      category: 'jargon',
      severity: 'warning',
      patterns: ['Carelink'],
      suggestions: ['your file', 'my notes'],
      explanation:
        'Carelink is the name of our records system. The child reads their file, not the system: say what you mean.',
      sources: ['https://hullchserv.proceduresonline.com/p_recording.html'],
      caseSensitive: true,
    },
  ],
};

export const HostRulePack: Story = {
  args: {
    content: toHtml([
      'Amara, I have written what you told me about school on Carelink so your teacher and I remember it.',
    ]),
    lintOptions: { extraRules: [northvalePack] },
  },
  play: async ({ canvasElement, step }) => {
    const area = getEditingArea(canvasElement);
    await step('the host rule flags its word', async () => {
      await waitForFlaggedRanges(area, 1);
      const ranges = getFlaggedRanges(area);
      await expect(ranges).toContainEqual(
        expect.objectContaining({
          text: 'Carelink',
          ruleId: 'northvale-system-name',
          category: 'jargon',
          severity: 'warning',
        }),
      );
    });
    await step('its card shows the host explanation and source', async () => {
      const finding = getFlaggedRanges(area).find((range) => range.ruleId === 'northvale-system-name');
      await userEvent.hover(getFlaggedElement(area, finding?.id ?? ''));
      const card = await findOpenCard(canvasElement);
      await expect(card).toHaveTextContent('Carelink is the name of our records system');
      await expect(within(card).getByRole('link', { name: /Read the guidance/ })).toHaveAttribute(
        'href',
        'https://hullchserv.proceduresonline.com/p_recording.html',
      );
    });
  },
};

/** The same shorthand note with the jargon category turned off: only the other categories remain. */
export const CategoriesOff: Story = {
  args: {
    content: toHtml(jargonNoteParagraphs),
    lintOptions: { categories: { jargon: 'off', 'write-to-child': 'off' } },
  },
  play: async ({ canvasElement, step }) => {
    const area = getEditingArea(canvasElement);
    await step('deficit language is still flagged', async () => {
      const ranges = await waitForFlaggedRanges(area, 1);
      await expect(ranges.map((range) => range.text)).toContain('hostile');
    });
    await step('nothing from the categories turned off', async () => {
      const categories = new Set(getFlaggedRanges(area).map((range) => range.category));
      await expect(categories.has('jargon')).toBe(false);
      await expect(categories.has('write-to-child')).toBe(false);
    });
  },
};

/**
 * A host theme made only of the stylesheet's custom properties: light text on black, yellow and
 * cyan marks, thicker underlines. Nothing else changes.
 */
const highContrastTheme = {
  '--casenote-surface': '#000000',
  '--casenote-text': '#ffffff',
  '--casenote-muted-text': '#e6e6e6',
  '--casenote-border': '#ffffff',
  '--casenote-placeholder': '#d0d0d0',
  '--casenote-focus-ring': '#ffff00',
  '--casenote-error': '#ff9e9e',
  '--casenote-warning': '#ffff00',
  '--casenote-info': '#7fdbff',
  '--casenote-hint': '#d0d0d0',
  '--casenote-underline-thickness': '3px',
  '--casenote-highlight-background': '#333333',
  '--casenote-button-background': '#000000',
  '--casenote-button-text': '#ffffff',
  '--casenote-button-border': '#ffffff',
  '--casenote-button-hover-background': '#333333',
  '--casenote-suggestion-background': '#000000',
  '--casenote-suggestion-text': '#ffff00',
  '--casenote-link': '#7fdbff',
  '--casenote-selected-background': '#333333',
  '--casenote-selected-border': '#ffff00',
  background: '#000000',
  color: '#ffffff',
  padding: '1rem',
} as CSSProperties;

export const HighContrast: Story = {
  args: { content: toHtml(jargonNoteParagraphs) },
  decorators: [
    (Story) => (
      <div data-theme="high-contrast" style={highContrastTheme}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement, step }) => {
    const area = getEditingArea(canvasElement);
    const ranges = await waitForFlaggedRanges(area, 1);
    await step('underlines take the theme’s colours and thickness', async () => {
      const info = ranges.find((range) => range.severity === 'info');
      const style = getComputedStyle(getFlaggedElement(area, info?.id ?? ''));
      await expect(style.textDecorationColor).toBe('rgb(127, 219, 255)');
      await expect(style.textDecorationThickness).toBe('3px');
    });
  },
};
