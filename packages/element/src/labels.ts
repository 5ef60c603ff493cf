import type { Category, Severity } from '@casenote/lint';

// Every word the element shows or announces, in one place so a host can read (and translate) them.
// The same words as @casenote/react's labels: this package must not import React.

/** Category names for headings and the findings list. */
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

/** The other words of the card, the findings panel and the meter. */
export const elementLabels = {
  /** Accessible name of the editing area when no label names the element. */
  defaultName: 'Case note',
  shortcuts:
    'F8 and Shift+F8 move to the next and previous finding. Alt+Enter opens the explanation of the finding at the caret. Control+Shift+Enter applies its first suggestion.',
  readOnly: 'Read only. Findings are listed in the panel.',
  panelHeading: 'Findings',
  checking: 'Checking the note…',
  none: 'Nothing to look at in this note.',
  prompts: 'About the whole note',
  dismiss: 'Dismiss',
  replaceWith: 'Replace with',
  couldBe: 'Could be written as',
  ignore: 'Ignore',
  turnOff: 'Turn off this rule',
  close: 'Close',
  guidance: 'Read the guidance',
  newTab: ' (opens in a new tab)',
  meter: 'Written to the child',
  meterPending: 'Not read as a whole yet',
  meterEmpty: 'No sentence speaks to or about the child yet',
  highlight: 'Highlight sentences about the child',
};
