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

/** The editor's built-in help, read after the editing area's name (keys come already written out). */
export const helpLabels = {
  editorName: 'Case note',
  readOnly: 'Read only.',
  or: 'or',
  move: (next: string, previous: string) => `${next} and ${previous} move to the next and previous finding.`,
  openCard: (keys: string) => `${keys} opens the explanation of the finding at the caret.`,
  apply: (keys: string) => `${keys} applies its first suggestion.`,
  focusFindings: (keys: string) => `${keys} moves to the list of findings.`,
};

/** Every word the components show or announce, in one object a host can replace (see `CaseNoteLabelsProvider`). */
export interface CaseNoteLabels {
  categoryTitles: Record<Category, string>;
  categoryNouns: Record<Category, string>;
  severityTitles: Record<Severity, string>;
  analysis: typeof analysisLabels;
  card: typeof cardLabels;
  panel: typeof panelLabels;
  help: typeof helpLabels;
}

/** A host's replacements: any section, any key in it; the rest stay the defaults. */
export type CaseNoteLabelsOverrides = { [Section in keyof CaseNoteLabels]?: Partial<CaseNoteLabels[Section]> };

/** The en-GB defaults. */
export const defaultLabels: CaseNoteLabels = {
  categoryTitles,
  categoryNouns,
  severityTitles,
  analysis: analysisLabels,
  card: cardLabels,
  panel: panelLabels,
  help: helpLabels,
};

/** `overrides` laid over `base`, section by section. */
export function mergeLabels(base: CaseNoteLabels, overrides: CaseNoteLabelsOverrides | undefined): CaseNoteLabels {
  if (!overrides) return base;
  const merged = { ...base } as Record<keyof CaseNoteLabels, unknown>;
  for (const section of Object.keys(overrides) as (keyof CaseNoteLabels)[]) {
    merged[section] = { ...base[section], ...overrides[section] };
  }
  return merged as CaseNoteLabels;
}
