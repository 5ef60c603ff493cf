import type { Category, Severity } from '@casenote/lint';

/**
 * The en-GB words for findings that every host shows (the React components and the custom
 * element alike): category and severity names, the card, the findings panel and its summary, and
 * the written-to-the-child meter. Hosts lay their own words over these (a translation, the
 * organisation's terms). Category names come in two forms: a title for headings and a lower-case
 * noun for announcements.
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
  /** Stands for the child when the note does not name them. */
  theChild: 'the child',
  /** The disclosure under the meter that lists the sentences behind its figures. */
  counted: 'What was counted',
  /** Read at the top of that list. */
  countedHint: 'Select a sentence to find it in the note.',
  /** The list's groups, each with how many sentences it holds. */
  countedToChild: (child: string, count: number) => `Written to ${child} (${count})`,
  countedAboutChild: (child: string, count: number) => `About ${child} (${count})`,
  countedToSomeoneElse: (count: number) => `Written to someone else, not counted (${count})`,
  countedChildVoice: (child: string, count: number) => `In ${child}’s own words (${count})`,
  /** A group with no sentence in it. */
  countedNone: 'None',
  /** The household line of that list: "Household: mentions Jade, Leo; not Sam". */
  countedHousehold: (mentioned: string[], missing: string[]) =>
    `Household: ${mentioned.length > 0 ? `mentions ${mentioned.join(', ')}` : 'mentions none of the children'}${missing.length > 0 ? `; not ${missing.join(', ')}` : ''}`,
  /** The meter's value in words: "40% written to Jade (2 of 5 sentences)". */
  writtenTo: (percent: number, child: string, toChild: number, counted: number) =>
    `${percent}% written to ${child} (${toChild} of ${counted} ${counted === 1 ? 'sentence' : 'sentences'})`,
};

/** The words of the explanation card. */
export const cardLabels = {
  /** Label above the suggestion buttons (editable note). */
  replaceWith: 'Replace with',
  /** Label above the suggestions in a read-only note. */
  couldBeWrittenAs: 'Could be written as',
  /**
   * Label above wording shown as text, never as a button: a finding whose rule's suggestions mostly read wrong
   * in their sentence (`Diagnostic.consider`), in an editable note as in a read-only one.
   */
  consider: 'Wording to consider (not a one-click fix)',
  ignore: 'Ignore',
  turnOffRule: 'Turn off this rule',
  close: 'Close',
  readGuidance: 'Read the guidance',
  /** Read after the guidance link (visually hidden, with a leading space). */
  opensInNewTab: '(opens in a new tab)',
};

/** The words of the findings panel. */
export const panelLabels = {
  heading: 'Findings',
  /** The summary once the note has been checked and nothing was found. */
  none: 'No findings',
  /** The summary's count: "3 findings: 2 jargon, 1 victim-blaming" (`parts` already joined). */
  count: (total: number, parts: string) => `${total} ${total === 1 ? 'finding' : 'findings'}: ${parts}`,
  empty: 'Nothing to look at in this note.',
  /** Added to the summary when there are note-level prompts. */
  aboutWholeNote: (count: number) => `${count} about the whole note`,
  /** Visually hidden before the key hints. */
  keyboard: 'Keyboard:',
  nextFinding: 'next finding',
  previous: 'previous',
  explain: 'explain',
  thisList: 'this list',
  escBack: 'Esc back to the note',
};
