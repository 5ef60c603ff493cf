export { lint, createLinter } from './linter.ts';
export type { Linter } from './linter.ts';
export { retextCaseNote, pointFinder } from './retext-case-note.ts';
export type { CaseNoteMessageData } from './retext-case-note.ts';
export { categories, severities, RulePackError, getBuiltinRules, getBuiltinSources } from '@casenote/rules';
export type { Diagnostic, LintOptions, RulePack, SeverityOrOff, Category, Severity, RuleEntry } from './types.ts';
export { analyseNote } from './analyse/analyse-note.ts';
export { analysisRuleIds } from './analyse/rule-ids.ts';
export type { NoteAnalysis, NoteContext, ChildContext, NoteSummary, SentenceAnalysis, SentenceKind, AnalyseOptions } from './analyse/types.ts';
