import { exampleThresholdGuide, searchThresholdGuide, type ThresholdGuide } from '@casenote/guides';
import type { Editor } from '@tiptap/core';
import { EditorContent } from '@tiptap/react';
import { afterEach, expect, test } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { cleanup, render } from 'vitest-browser-react';
import '../src/styles.css';
import { ThresholdPanel, type ThresholdPanelProps, useCaseNoteEditor } from '../src/index.ts';
import { wordLevelOnly } from './fixtures.tsx';

afterEach(async () => {
  await cleanup();
});

const note =
  '<p>Jade has been missing from home twice this month.</p><p>She is not attending school. Mum says there is no domestic abuse.</p>';

function PanelHost({ content = note, ...props }: Partial<ThresholdPanelProps> & { content?: string }) {
  const editor = useCaseNoteEditor({ content, ariaLabel: 'Contact record', lintOptions: wordLevelOnly, delay: 0 });
  return (
    <main>
      <EditorContent editor={editor} />
      <ThresholdPanel editor={editor} delay={20} {...props} />
    </main>
  );
}

const editingArea = () => document.querySelector<HTMLElement>('.ProseMirror') as HTMLElement & { editor: Editor };
const panel = () => document.querySelector<HTMLElement>('.casenote-threshold') as HTMLElement;
const relatedItems = () => [...document.querySelectorAll<HTMLElement>('.casenote-threshold__related-item')];
const levelToggle = (name: string) => page.getByRole('button', { name, exact: true });

test('the guide is marked as an example with its source, and says the decision is the worker’s and their manager’s', async () => {
  await render(<ThresholdPanel />);
  await expect.element(page.getByRole('heading', { name: 'Threshold guide', level: 2 })).toBeInTheDocument();
  await expect.element(page.getByText('Example guide.')).toBeInTheDocument();
  await expect.element(page.getByText(exampleThresholdGuide.title)).toBeInTheDocument();
  const link = page.getByRole('link', { name: /southamptonlscb\.co\.uk/ });
  await expect.element(link).toHaveAttribute('href', exampleThresholdGuide.source);
  await expect.element(link).toHaveAttribute('target', '_blank');
  await expect.element(link).toHaveAttribute('rel', 'noopener noreferrer');
  await expect.element(link).toHaveAccessibleName('southamptonlscb.co.uk (opens in a new tab)');
  await expect
    .element(page.getByText('This guide never chooses or suggests a level. The decision is yours and your manager’s.'))
    .toBeVisible();
  // Without an editor there is nothing to relate.
  expect(document.querySelector('.casenote-threshold__related')).toBeNull();
});

test('a host guide that is not an example is not marked as one', async () => {
  const guide: ThresholdGuide = {
    id: 'team-guide',
    title: 'Our threshold guide',
    levels: [
      {
        id: 'early-help',
        name: 'Early help',
        description: 'Help from one service.',
        indicators: [{ id: 'late', text: 'Often late for school', keywords: ['late for school'] }],
      },
    ],
  };
  await render(<ThresholdPanel guide={guide} heading="Thresholds" headingLevel={3} />);
  await expect.element(page.getByRole('heading', { name: 'Thresholds', level: 3 })).toBeInTheDocument();
  await expect.element(page.getByRole('heading', { name: 'Early help', level: 4 })).toBeInTheDocument();
  expect(panel().textContent).not.toContain('Example guide');
  expect(panel().querySelector('a')).toBeNull();
});

test('each level is a disclosure: closed at first, its button opens the description and indicators', async () => {
  await render(<ThresholdPanel />);
  const names = exampleThresholdGuide.levels.map((level) => level.name);
  const toggles = [...document.querySelectorAll<HTMLButtonElement>('.casenote-threshold__toggle')];
  expect(toggles.map((toggle) => toggle.textContent)).toEqual(names);
  for (const name of names) await expect.element(page.getByRole('heading', { name, level: 3 })).toBeInTheDocument();
  const universal = exampleThresholdGuide.levels[0]!;
  await expect.element(levelToggle('Universal')).toHaveAttribute('aria-expanded', 'false');
  await expect.element(page.getByText(universal.description)).not.toBeVisible();

  await levelToggle('Universal').click();
  await expect.element(levelToggle('Universal')).toHaveAttribute('aria-expanded', 'true');
  const body = document.getElementById(
    levelToggle('Universal').element().getAttribute('aria-controls') as string,
  ) as HTMLElement;
  expect(body.hidden).toBe(false);
  await expect.element(page.getByText(universal.description)).toBeVisible();
  expect([...body.querySelectorAll('.casenote-threshold__indicator-text')].map((node) => node.textContent)).toEqual(
    universal.indicators.map((indicator) => indicator.text),
  );

  // Keyboard: Enter on the focused button closes it again.
  levelToggle('Universal').element().focus();
  await userEvent.keyboard('{Enter}');
  await expect.element(levelToggle('Universal')).toHaveAttribute('aria-expanded', 'false');
  expect(body.hidden).toBe(true);
});

test('search narrows the guide to what matches, opens those levels and says how many match', async () => {
  await render(<ThresholdPanel />);
  const search = page.getByRole('searchbox', { name: 'Search the guide' });
  await search.fill('school');
  await expect.element(page.getByText('indicators in 3 levels match “school”.', { exact: false })).toBeInTheDocument();
  const shown = [...document.querySelectorAll<HTMLElement>('.casenote-threshold__level')].map(
    (level) => level.dataset.levelId,
  );
  expect(shown).toEqual(['universal', 'universal-partnership', 'universal-partnership-plus']);
  for (const toggle of document.querySelectorAll('.casenote-threshold__toggle'))
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
  const indicators = [...document.querySelectorAll<HTMLElement>('.casenote-threshold__indicator')].map(
    (item) => item.dataset.indicatorId,
  );
  expect(indicators).toContain('plus-education');
  // A level whose own description matches keeps all its indicators; elsewhere only matching ones stay.
  expect(indicators).toContain('universal-health');
  expect(indicators).toContain('partnership-attendance');
  expect(indicators).not.toContain('partnership-health-appointments');
  await expect
    .element(page.getByRole('status').filter({ hasText: 'match' }))
    .toHaveTextContent(
      `${searchThresholdGuide(exampleThresholdGuide, 'school').flatMap((result) => result.indicatorIds).length} indicators in 3 levels match “school”.`,
    );

  await search.fill('zebra crossing');
  await expect.element(page.getByText('Nothing in the guide matches “zebra crossing”.')).toBeInTheDocument();
  expect(document.querySelectorAll('.casenote-threshold__level')).toHaveLength(0);

  await search.fill('');
  expect(document.querySelectorAll('.casenote-threshold__level')).toHaveLength(4);
  for (const toggle of document.querySelectorAll('.casenote-threshold__toggle'))
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
});

test('indicators related to words in the note are listed with the words, at every level they belong to', async () => {
  await render(<PanelHost />);
  await expect.poll(() => relatedItems().length).toBeGreaterThan(0);
  const ids = relatedItems().map((item) => item.dataset.indicatorId);
  // "missing from home" relates to indicators at three levels; "not attending school" to one; the negated "no domestic abuse" to none.
  expect(ids).toEqual(['partnership-missing-once', 'plus-education', 'plus-missing-repeated', 'safeguarding-missing']);
  expect(relatedItems()[0]?.textContent).toContain('You wrote ‘missing from home’');
  expect(relatedItems()[0]?.textContent).toContain('Listed under Universal Partnership');
  expect(relatedItems()[1]?.textContent).toContain('You wrote ‘not attending school’');
  await expect
    .element(page.getByRole('status').filter({ hasText: 'relate' }))
    .toHaveTextContent('4 indicators relate to words in your note.');
  // Inside the levels the same indicators are marked in words as well as colour.
  await levelToggle('Safeguarding').click();
  const marked = panel().querySelector<HTMLElement>(
    '.casenote-threshold__indicator[data-indicator-id="safeguarding-missing"]',
  ) as HTMLElement;
  expect(marked.dataset.related).toBe('true');
  expect(marked.textContent).toContain('In your note: You wrote ‘missing from home’');
  expect(
    panel()
      .querySelector('.casenote-threshold__indicator[data-indicator-id="safeguarding-domestic-abuse"]')
      ?.getAttribute('data-related'),
  ).toBeNull();
});

test('the panel never chooses or suggests a level', async () => {
  await render(<PanelHost />);
  await expect.poll(() => relatedItems().length).toBe(4);
  const text = panel().textContent ?? '';
  expect(text).not.toMatch(/suggested level|recommended|most likely|best fits|score|\d+%/i);
  // No level is singled out: same markup for each, none selected, current or ranked.
  const levels = [...panel().querySelectorAll<HTMLElement>('.casenote-threshold__level')];
  expect(new Set(levels.map((level) => level.className)).size).toBe(1);
  expect(
    panel().querySelector('[aria-current], [aria-selected], [aria-checked], [data-suggested], [data-chosen]'),
  ).toBeNull();
  // The levels stay in the guide's order, whatever the note says.
  expect(levels.map((level) => level.dataset.levelId)).toEqual(exampleThresholdGuide.levels.map((level) => level.id));
});

test('a click on “You wrote …” selects those words in the editor; a second click moves to the next place', async () => {
  await render(
    <PanelHost content="<p>Jade went missing from home.</p><p>On Friday she was Missing from home again.</p>" />,
  );
  await expect.poll(() => relatedItems().length).toBeGreaterThan(0);
  const item = relatedItems().find((entry) => entry.dataset.indicatorId === 'safeguarding-missing') as HTMLElement;
  const button = item.querySelector<HTMLButtonElement>('.casenote-threshold__phrase') as HTMLButtonElement;
  expect(button.textContent).toBe('You wrote ‘missing from home’ (2 places)');
  await userEvent.click(button);
  await expect.poll(() => document.activeElement === editingArea()).toBe(true);
  const editor = editingArea().editor;
  const selected = () => editor.state.doc.textBetween(editor.state.selection.from, editor.state.selection.to);
  expect(selected()).toBe('missing from home');
  expect(editor.state.selection.from).toBe(editor.getText().indexOf('missing') + 1);
  await userEvent.click(button);
  await expect.poll(selected).toBe('Missing from home');
  expect(editor.state.selection.$from.parent.textContent).toBe('On Friday she was Missing from home again.');
});

test('the related indicators follow the note as it is edited, after a pause', async () => {
  await render(<PanelHost content="<p>Jade was happy at school.</p>" />);
  await expect
    .element(page.getByText('No words in your note relate to an indicator in this guide yet.'))
    .toBeInTheDocument();
  const editor = editingArea().editor;
  editor.commands.focus('end');
  await expect.poll(() => document.activeElement === editingArea()).toBe(true);
  await userEvent.keyboard(' She had a bruise on her arm.');
  await expect.poll(() => relatedItems().map((item) => item.dataset.indicatorId)).toEqual(['safeguarding-injury']);
  // Typing can pause mid-word long enough for a refresh ("bruis"): wait for the whole word.
  await expect.poll(() => relatedItems()[0]?.textContent).toContain('You wrote ‘bruise’');
  // The words are found in the note as it is now, even when text was added before them since.
  editor.commands.insertContentAt(1, 'Today ');
  await userEvent.click(relatedItems()[0]!.querySelector('button') as HTMLButtonElement);
  await expect
    .poll(() => editor.state.doc.textBetween(editor.state.selection.from, editor.state.selection.to))
    .toBe('bruise');
});
