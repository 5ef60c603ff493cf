import type { SectionStatus } from '@casenote/guides';

// The default (en-GB) words of the contact-record checklist and the threshold panel. The components
// read them through `useCaseNoteLabels()` (sections `record`, `recordStatuses`,
// `recordStatusDescriptions` and `threshold`), so a host replaces any of them with the labels prop
// or a `CaseNoteLabelsProvider`.

/** The words for each record section status, shown beside its icon (never colour alone). */
export const recordStatusLabels: Record<SectionStatus, string> = {
  missing: 'Missing',
  empty: 'Empty',
  thin: 'Needs more',
  complete: 'Done',
};

/** What the checklist says about each status, for screen readers and the tooltip-free description. */
export const recordStatusDescriptions: Record<SectionStatus, string> = {
  missing: 'The heading is not in the note.',
  empty: 'Nothing written under the heading yet.',
  thin: 'A few words so far: say a little more.',
  complete: 'Written.',
};

/** The other words of `ContactRecordChecklist`. */
export const recordLabels = {
  heading: 'Contact record',
  exampleTemplate: 'Example template.',
  exampleTemplateNote: 'Your organisation replaces it with its own.',
  insertTemplate: 'Insert the template',
  insertTemplateNote: 'Adds every section’s heading and prompt at the end of the note. Undo removes them again.',
  progress: (done: number, total: number) => `${done} of ${total} sections done`,
  allDone: 'Every required section is written.',
  optional: 'optional',
  words: (count: number) => (count === 1 ? '1 word' : `${count} words`),
};

/** The words of `ThresholdPanel`. */
export const thresholdLabels = {
  heading: 'Threshold guide',
  exampleGuide: 'Example guide.',
  exampleGuideNote: 'Your organisation replaces it with its own threshold document.',
  source: 'Source:',
  opensInNewTab: '(opens in a new tab)',
  decision: 'This guide never chooses or suggests a level. The decision is yours and your manager’s.',
  relatedHeading: 'Related to your note',
  relatedNote:
    'Indicators whose words appear in your note. The same words can relate to indicators at more than one level.',
  relatedNone: 'No words in your note relate to an indicator in this guide yet.',
  relatedCount: (count: number) =>
    count === 1 ? '1 indicator relates to words in your note.' : `${count} indicators relate to words in your note.`,
  underLevel: (name: string) => `Listed under ${name}`,
  youWrote: (actual: string) => `You wrote ‘${actual}’`,
  places: (count: number) => `${count} places`,
  search: 'Search the guide',
  searchResults: (indicators: number, levels: number, query: string) =>
    `${indicators === 1 ? '1 indicator' : `${indicators} indicators`} in ${levels === 1 ? '1 level' : `${levels} levels`} match “${query}”.`,
  searchNone: (query: string) => `Nothing in the guide matches “${query}”.`,
  relatedMark: 'In your note:',
};
