import type { Category, Severity } from '@casenote/lint';

/**
 * Every word the components show or announce, kept in one place so a host can translate them.
 * Category names come in two forms: a title for headings and a lower-case noun for announcements.
 */
export const categoryTitles: Record<Category, string> = {
  'victim-blaming': 'Victim-blaming',
  jargon: 'Jargon',
  deficit: 'Deficit language',
  'write-to-child': 'Writing to the child',
  readability: 'Readability',
};

/** Category names as read out in the count announcement ("2 jargon, 1 victim-blaming"). */
export const categoryNouns: Record<Category, string> = {
  'victim-blaming': 'victim-blaming',
  jargon: 'jargon',
  deficit: 'deficit language',
  'write-to-child': 'writing to the child',
  readability: 'readability',
};

/** Severity words shown beside each icon, so severity is never told by colour alone. */
export const severityTitles: Record<Severity, string> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Information',
  hint: 'Hint',
};

/** The words of the written-to-the-child meter and the note-level prompts. */
export const analysisLabels = {
  /** The meter's accessible name and visible label. */
  meter: 'Written to the child',
  /** The toggle that highlights the sentences written about the child (its state is `aria-pressed`). */
  highlight: 'Highlight sentences about the child',
  /** Shown before the note has been read as a whole. */
  pending: 'Not read as a whole yet',
  /** Shown when no sentence speaks to or about the child. */
  noSentences: 'No sentence speaks to or about the child yet',
  /** Heading of the panel's group of note-level prompts. */
  prompts: 'About the whole note',
  /** The button that dismisses a note-level prompt. */
  dismiss: 'Dismiss',
  /** The findings panel's summary until every paragraph has been checked once (never "no findings" before then). */
  checking: 'Checking the note…',
};
