export { lint, createLinter } from './linter.ts';
export type { Linter } from './linter.ts';
export { lintRules, createRuleLinter } from './rule-linter.ts';
export type { RuleLinter } from './rule-linter.ts';
export { retextCaseNote } from './retext-case-note.ts';
export { pointFinder } from './points.ts';
export type { CaseNoteMessageData } from './retext-case-note.ts';
export {
  categories,
  severities,
  DataError,
  RulePackError,
  findWords,
  countWords,
  loadRuleDetails,
  loadedRuleDetails,
} from '@casenote/rules';
export type { WordSpan, DataLocation, RuleDetails } from '@casenote/rules';
export { explain } from './explain.ts';
export { effectiveSeverity } from './severity.ts';
export type { SeverityInput } from './severity.ts';
export { normalisePhrase } from './normalise-phrase.ts';
export {
  LintOptionsError,
  describeValue,
  validateLintOptions,
  validateNoteContext,
  validateAnalyseOptions,
} from './validate-options.ts';
export type { Diagnostic, LintOptions, RulePack, SeverityOrOff, Category, Severity, RuleEntry } from './types.ts';
export { analyseNote, analyseNoteInSteps } from './analyse/analyse-note.ts';
export { analysisRuleIds } from './analyse/rule-ids.ts';
export type {
  NoteAnalysis,
  NoteContext,
  ChildContext,
  NoteSummary,
  SentenceAnalysis,
  SentenceKind,
  Addressee,
  Voice,
  AnalyseOptions,
} from './analyse/types.ts';
export { createWorkerLinter } from './worker/create-worker-linter.ts';
export type { WorkerLike, WorkerLinter, WorkerLinterOptions } from './worker/create-worker-linter.ts';
export { createRequestHandler } from './worker/handle-request.ts';
export type { WorkerRequest, WorkerResponse } from './worker/protocol.ts';
