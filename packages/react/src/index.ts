export { CaseNoteEditor } from './case-note-editor.tsx';
export type { CaseNoteEditorProps } from './case-note-editor.tsx';
export { DiagnosticCard } from './diagnostic-card.tsx';
export type { DiagnosticCardProps } from './diagnostic-card.tsx';
export { useDiagnosticCard } from './use-diagnostic-card.ts';
export type { DiagnosticCardRootProps, DiagnosticCardState, UseDiagnosticCardOptions } from './use-diagnostic-card.ts';
export { useExplanation } from './use-explanation.ts';
export { DiagnosticsPanel } from './diagnostics-panel.tsx';
export type { DiagnosticsPanelProps } from './diagnostics-panel.tsx';
export { useDiagnosticsPanel } from './use-diagnostics-panel.ts';
export type { DiagnosticsPanelState, FindingGroup } from './use-diagnostics-panel.ts';
export { SeverityIcon } from './severity-icon.tsx';
export type { SeverityIconProps } from './severity-icon.tsx';
export { useCaseNoteEditor } from './use-case-note-editor.ts';
export type { UseCaseNoteEditorOptions } from './use-case-note-editor.ts';
export { useDiagnostics, useDiagnosticAtCaret, useWholeNoteChecked } from './use-diagnostics.ts';
export { useNoteAnalysis } from './use-note-analysis.ts';
export type { NoteAnalysisSnapshot } from './use-note-analysis.ts';
export { WrittenToChildMeter } from './written-to-child-meter.tsx';
export type { WrittenToChildMeterProps } from './written-to-child-meter.tsx';
export { CountedSentences } from './counted-sentences.tsx';
export type { CountedSentencesProps } from './counted-sentences.tsx';
export { useCountedSentences } from './use-counted-sentences.ts';
export type { CountedSentencesSnapshot, CountedSentenceText } from './use-counted-sentences.ts';
export type { DiagnosticsSnapshot } from './use-diagnostics.ts';
export {
  analysisLabels,
  cardLabels,
  categoryTitles,
  categoryNouns,
  defaultLabels,
  helpLabels,
  mergeLabels,
  panelLabels,
  severityTitles,
} from './labels.ts';
export type { CaseNoteLabels, CaseNoteLabelsOverrides } from './labels.ts';
export { CaseNoteLabelsProvider, useCaseNoteLabels } from './labels-context.tsx';
export type { CaseNoteLabelsProviderProps } from './labels-context.tsx';
export { formatFindingsSummary, formatWrittenToChild } from '@casenote/tiptap';
export { formatShortcut } from '@casenote/tiptap';
export { ContactRecordChecklist } from './contact-record-checklist.tsx';
export type { ContactRecordChecklistProps } from './contact-record-checklist.tsx';
export { ThresholdPanel } from './threshold-panel.tsx';
export type { ThresholdPanelProps } from './threshold-panel.tsx';
export { useThresholdPanel } from './use-threshold-panel.ts';
export type { RelatedEntry, ThresholdPanelState, ThresholdPhrase } from './use-threshold-panel.ts';
export { useContactRecordChecklist } from './use-contact-record-checklist.ts';
export type { ContactRecordChecklistState } from './use-contact-record-checklist.ts';
export { useRecordCompleteness } from './use-record-completeness.ts';
export { useNoteText } from './use-note-text.ts';
export { recordLabels, recordStatusLabels, recordStatusDescriptions, thresholdLabels } from './record-labels.ts';
