export { CaseNoteLint } from './case-note-lint.ts';
export { ABOUT_CHILD_CLASS, caseNoteLintPluginKey, DIAGNOSTIC_CLASS, SEVERITY_LABELS } from './constants.ts';
export { createIgnoreKey } from './utils/createIgnoreKey.ts';
export { getBlockText } from './utils/getBlockText.ts';
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
