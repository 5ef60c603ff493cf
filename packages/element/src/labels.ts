import {
  analysisLabels,
  cardLabels,
  defaultShortcuts,
  describeShortcuts,
  helpLabels,
  panelLabels,
} from '@casenote/tiptap';

// Every word the element shows or announces, in one place so a host can read (and translate) them.
// The words for findings are @casenote/tiptap's, the same as @casenote/react's.
export { categoryNouns, categoryTitles, severityTitles } from '@casenote/tiptap';

/** The other words of the card, the findings panel and the meter. */
export const elementLabels = {
  /** Accessible name of the editing area when no label names the element. */
  defaultName: helpLabels.editorName,
  /** The shortcuts in words (the element has no shortcut to its findings list: Tab reaches it). */
  shortcuts: describeShortcuts(defaultShortcuts, { findingsList: false }),
  readOnly: 'Read only. Findings are listed in the panel.',
  /** The form's message when a `required` note is empty. */
  required: 'Please write the note.',
  panelHeading: panelLabels.heading,
  checking: analysisLabels.checking,
  none: panelLabels.empty,
  prompts: analysisLabels.prompts,
  dismiss: analysisLabels.dismiss,
  replaceWith: cardLabels.replaceWith,
  couldBe: cardLabels.couldBeWrittenAs,
  consider: cardLabels.consider,
  ignore: cardLabels.ignore,
  turnOff: cardLabels.turnOffRule,
  close: cardLabels.close,
  guidance: cardLabels.readGuidance,
  newTab: ` ${cardLabels.opensInNewTab}`,
  meter: analysisLabels.meter,
  meterPending: analysisLabels.pending,
  meterEmpty: analysisLabels.noSentences,
  highlight: analysisLabels.highlight,
  theChild: analysisLabels.theChild,
  counted: analysisLabels.counted,
  countedHint: analysisLabels.countedHint,
  countedToChild: analysisLabels.countedToChild,
  countedAboutChild: analysisLabels.countedAboutChild,
  countedToSomeoneElse: analysisLabels.countedToSomeoneElse,
  countedChildVoice: analysisLabels.countedChildVoice,
  countedNone: analysisLabels.countedNone,
  countedHousehold: analysisLabels.countedHousehold,
};
