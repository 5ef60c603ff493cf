export { CaseNoteLint } from './case-note-lint.ts';
export { ABOUT_CHILD_CLASS, caseNoteLintPluginKey, DIAGNOSTIC_CLASS, SEVERITY_LABELS } from './constants.ts';
export { createIgnoreKey } from './utils/createIgnoreKey.ts';
export { getBlockText } from './utils/getBlockText.ts';
export { sameAdvice } from './utils/sameAdvice.ts';
export type {
  AnalyseOptions,
  AnalysisResultsMeta,
  CaseNoteAnalyser,
  CaseNoteLinter,
  CaseNoteLintOptions,
  CaseNoteLintPluginState,
  CaseNoteLintStorage,
  Category,
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
} from './types.ts';
export { ContactRecord } from './record/contact-record.ts';
export { buildRecordNodes } from './record/buildRecordNodes.ts';
export { insertRecordNodes } from './record/insertRecordNodes.ts';
export { findRecordSectionTarget } from './record/findRecordSectionTarget.ts';
export { positionAtNoteOffset } from './record/positionAtNoteOffset.ts';
export { buildNoteText } from './utils/buildNoteText.ts';
export type { NoteText, NoteTextBlock } from './utils/buildNoteText.ts';
export type { ContactRecordOptions, InsertRecordOptions, RecordSectionTarget } from './record/types.ts';
