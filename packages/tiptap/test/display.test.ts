/// <reference types="vite/client" />
import stylesCss from '../src/styles.css?raw';
import { expect, test } from 'vitest';
import {
  defaultShortcuts,
  describeShortcuts,
  formatFindingsSummary,
  formatPanelSummary,
  formatShortcut,
  formatWrittenToChild,
  panelLabels,
  shadowUnderlineStyles,
  underlineStyles,
} from '../src/index.ts';

test('styles.css is the exported underline styles, character for character (pnpm --filter @casenote/tiptap styles:write)', () => {
  expect(stylesCss).toBe(underlineStyles);
});

test('the shadow-root styles put the custom properties on :host and keep every other rule', () => {
  expect(shadowUnderlineStyles).toContain(':host {\n  --casenote-error:');
  expect(shadowUnderlineStyles).not.toContain(':root {');
  expect(shadowUnderlineStyles.replace(':host {', ':root {')).toBe(underlineStyles);
});

test('the summary names the count by category, largest first, and says "No findings" for none', () => {
  expect(formatFindingsSummary({})).toBe('No findings');
  expect(formatFindingsSummary({ jargon: 1 })).toBe('1 finding: 1 jargon');
  expect(formatFindingsSummary({ jargon: 1, 'victim-blaming': 2 })).toBe('3 findings: 2 victim-blaming, 1 jargon');
  expect(formatFindingsSummary({ deficit: 1 }, undefined, { ...panelLabels, none: 'Dim' })).toBe(
    '1 finding: 1 deficit language',
  );
});

test('the panel summary says "Checking the note…" until checked, then adds the whole-note prompts', () => {
  expect(formatPanelSummary(false, { jargon: 4 }, 1)).toBe('Checking the note…');
  expect(formatPanelSummary(true, {}, 0)).toBe('No findings');
  expect(formatPanelSummary(true, { jargon: 2 }, 1)).toBe('2 findings: 2 jargon; 1 about the whole note');
});

test('the meter reads the share written to the child in words', () => {
  expect(formatWrittenToChild(null)).toBe('Not read as a whole yet');
  const summary = { toChild: 2, aboutChild: 3, writtenToChildShare: 0.4 } as Parameters<typeof formatWrittenToChild>[0];
  expect(formatWrittenToChild(summary, 'Jade')).toBe('40% written to Jade (2 of 5 sentences)');
  expect(formatWrittenToChild(summary)).toBe('40% written to the child (2 of 5 sentences)');
});

test('the shortcuts are written out in words, leaving out what a read-only note or a host without a list lacks', () => {
  const shortcuts = { ...defaultShortcuts, openCard: ['Mod-.', 'Alt-Enter'] };
  expect(formatShortcut('Mod-Shift-Enter', false)).toBe('Control+Shift+Enter');
  expect(formatShortcut('Mod-Shift-Enter', true)).toBe('Command+Shift+Enter');
  const words = describeShortcuts(shortcuts);
  expect(words).toContain('F8 and Shift+F8 move to the next and previous finding.');
  expect(words).toContain('Alt+Enter opens the explanation of the finding at the caret.');
  expect(words).toContain('applies its first suggestion.');
  expect(words).toMatch(/Alt\+Shift\+L moves to the list of findings\.$/);
  expect(describeShortcuts(shortcuts, { readOnly: true })).not.toContain('applies');
  expect(describeShortcuts(shortcuts, { findingsList: false })).not.toContain('list of findings');
});
