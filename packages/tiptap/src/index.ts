export { CaseNoteLint } from './case-note-lint.ts';
export { caseNoteLintPluginKey, DIAGNOSTIC_CLASS, SEVERITY_LABELS } from './constants.ts';
export { createIgnoreKey } from './utils/createIgnoreKey.ts';
export { getBlockText } from './utils/getBlockText.ts';
export type {
  CaseNoteLinter,
  CaseNoteLintOptions,
  CaseNoteLintPluginState,
  CaseNoteLintStorage,
  Category,
  Diagnostic,
  DiagnosticCounts,
  EditorDiagnostic,
  IgnoreStore,
  LintOptions,
  LintResultsMeta,
  Severity,
  SeverityOrOff,
} from './types.ts';
