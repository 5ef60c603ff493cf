export { CaseNoteLint } from './case-note-lint.ts';
export { CaseNoteKeymap } from './keymap/case-note-keymap.ts';
export { defaultShortcuts, FOCUS_FINDINGS_META, MOVED_TO_FINDING_META, OPEN_CARD_META } from './keymap/shortcuts.ts';
export type { CaseNoteShortcuts } from './keymap/shortcuts.ts';
export { ABOUT_CHILD_CLASS, caseNoteLintPluginKey, DIAGNOSTIC_CLASS, SEVERITY_LABELS } from './constants.ts';
export {
  analysisLabels,
  cardLabels,
  categoryNouns,
  categoryTitles,
  panelLabels,
  severityTitles,
} from './display/labels.ts';
export { describeShortcuts, formatShortcut, helpLabels } from './display/shortcuts.ts';
export { shadowUnderlineStyles, underlineStyles } from './display/styles.ts';
export { formatFindingsSummary, formatPanelSummary, formatWrittenToChild } from './display/summary.ts';
export { validateCaseNoteLintOptions } from './session/validate-options.ts';
export { loadCaseNoteEngine } from './session/page-engine.ts';
export { createIgnoreKey } from './utils/createIgnoreKey.ts';
export { getDiagnosticAtSelection } from './utils/decorations.ts';
export { chainFocusedNow, focusEditorNow } from './utils/focusEditorNow.ts';
export { buildNoteText, getBlockText } from './utils/noteText.ts';
export type { NoteText, NoteTextBlock } from './utils/noteText.ts';
export { sameAdvice } from './utils/sameAdvice.ts';
export { groupCountedSentences } from './utils/groupCountedSentences.ts';
export { householdMentions } from './utils/householdMentions.ts';
export type { CountedSentence, CountedSentenceGroups } from './utils/groupCountedSentences.ts';
export type {
  AnalyseOptions,
  AnalysisResultsMeta,
  CaseNoteAnalyser,
  CaseNoteLinter,
  CaseNoteLintOptions,
  CaseNoteLintPluginState,
  CaseNoteLintStorage,
  Category,
  CheckErrorContext,
  Diagnostic,
  DiagnosticCounts,
  ChildContext,
  EditorDiagnostic,
  EditorNoteAnalysis,
  EditorSentence,
  IgnoreStore,
  LintOptions,
  LintResultsMeta,
  NoteAnalysis,
  NoteContext,
  NoteSummary,
  SentenceKind,
  Severity,
  SeverityOrOff,
  Addressee,
  Voice,
} from './types.ts';
export { ContactRecord } from './record/contact-record.ts';
export { buildRecordNodes } from './record/buildRecordNodes.ts';
export { insertRecordNodes } from './record/insertRecordNodes.ts';
export { findRecordSectionTarget } from './record/findRecordSectionTarget.ts';
export { positionAtNoteOffset } from './record/positionAtNoteOffset.ts';
export type { ContactRecordOptions, InsertRecordOptions, RecordSectionTarget } from './record/types.ts';
