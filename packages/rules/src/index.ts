export { categories, severities, families } from './types.ts';
export type {
  Category,
  Severity,
  Family,
  RuleEntry,
  Rule,
  SourceEntry,
  SourceLink,
  LintRule,
  RuleToRun,
  BuiltinRuleEntry,
  RuleConditions,
  RuleOtherwise,
  ConditionName,
  Subject,
  IndicatorEntry,
  Check,
  FixCondition,
} from './types.ts';
export {
  getBuiltinIndicatorPhrases,
  getBuiltinIndicators,
  getBuiltinLintRules,
  getBuiltinRulesToRun,
  getBuiltinSourceLinks,
} from './builtin.ts';
export { loadRuleDetails, loadedRuleDetails } from './load-details.ts';
export type { RuleDetails } from './rule-details.ts';
export type { SourceDetailsEntry } from './compact.ts';
export { Matcher } from './matcher.ts';
export { isInnerWord, withInnerWord } from './inner-words.ts';
export { findPhraseClashes } from './phrase-clashes.ts';
export { resolveHits } from './resolve-hits.ts';
export { changedWordsInto, tokenize, tokenizeReplaced, wordsAroundChange } from './tokenize.ts';
export type { ChangedWindow } from './tokenize.ts';
export type { Token, MatcherInput } from './matcher.ts';
export type { Hit } from './resolve-hits.ts';
export type { AcceptKind } from './compile-pattern.ts';
export type { PhraseClash } from './phrase-clashes.ts';
export {
  expandPattern,
  initialismLetters,
  isCapitalsAcronym,
  normaliseWord,
  PatternSyntaxError,
  tokenLength,
} from './pattern.ts';
export { verbForms, regularVerbForms, nounForms, irregularVerbForms } from './inflect.ts';
export { RulePackError, validateRulePack, validateSources } from './validate.ts';
export { validateRuleSet } from './rule-set.ts';
export {
  familyMessages,
  categoryMessages,
  explainedAcronymMessage,
  bracketedAcronymMessage,
  acronymPhraseMessage,
  formatMessage,
  ruleMessageTemplate,
} from './messages.ts';
export { DataError } from './data-error.ts';
export type { DataLocation } from './data-error.ts';
export { ampersandReadAs, countWords, findWords, hyphenParts, isLoneAmpersand } from './words.ts';
export type { WordSpan } from './words.ts';
