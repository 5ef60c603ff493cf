import { PluginKey } from '@tiptap/pm/state';
import type { Severity } from '@casenote/lint';
import { severityTitles } from './display/labels.ts';
import type { CaseNoteLintPluginState } from './types.ts';

/**
 * The lint plugin's key. Transactions that change the findings carry a meta under it, so
 * `tr.getMeta(caseNoteLintPluginKey)` tells a `transaction` listener to refresh.
 */
export const caseNoteLintPluginKey = new PluginKey<CaseNoteLintPluginState>('caseNoteLint');

/** Class on every flagged range; a second class adds the severity (`casenote-diagnostic--error`). */
export const DIAGNOSTIC_CLASS = 'casenote-diagnostic';

/** The extension's name, hence `editor.storage.caseNoteLint`. */
export const EXTENSION_NAME = 'caseNoteLint';

/** Words taken either side of a finding for its ignore key. */
export const IGNORE_CONTEXT_WORDS = 1;

/** Paragraphs drawn per task when an asynchronous linter (a Web Worker) answers for many at once. */
export const DRAW_PART_BLOCKS = 24;

/**
 * Most parts one answer is drawn in: a pasted text of thousands of paragraphs is drawn in bigger
 * parts rather than hundreds of small ones, as each part costs a redraw of the whole note.
 */
export const MAX_DRAW_PARTS = 32;

/**
 * How far a slice of a long check on the page's thread may grow past `sliceBudget` when drawing
 * its results takes more than twice as long as checking (a very long note redraws slowly).
 */
export const MAX_SLICE_GROWTH = 4;

/**
 * Most findings drawn in one paragraph (the most severe first). A pasted list of thousands of
 * acronyms would otherwise draw thousands of underlines in one paragraph and hold the page up.
 */
export const MAX_BLOCK_FINDINGS = 500;

/** Block texts kept in the lint cache before it is emptied. */
export const MAX_CACHED_BLOCKS = 20_000;

/** Severity words read out with each finding (`aria-description`), so severity is never colour alone. */
export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = severityTitles;

/** Class on sentences about the child while `toggleAboutChildHighlight` has them highlighted. */
export const ABOUT_CHILD_CLASS = 'casenote-about-child';

/** Key of the plugin that draws the about-child highlight. */
export const aboutChildHighlightKey = new PluginKey('caseNoteAboutChild');

/** What separates textblocks in the text given to the whole-note analysis (a paragraph break). */
export const BLOCK_SEPARATOR = '\n\n';
