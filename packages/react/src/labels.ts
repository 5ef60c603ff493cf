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
