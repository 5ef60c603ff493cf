export { categories, severities, families } from './types.ts';
export type { Category, Severity, Family, RuleEntry, Rule, SourceEntry, BuiltinRuleEntry } from './types.ts';
export { getBuiltinRules, getBuiltinSources } from './builtin.ts';
export { Matcher, findPhraseClashes, resolveHits, tokenize } from './matcher.ts';
export type { Token, Hit, MatcherInput, AcceptKind, PhraseClash } from './matcher.ts';
export { expandPattern, normaliseWord, PatternSyntaxError } from './pattern.ts';
export { verbForms, nounForms } from './inflect.ts';
export { RulePackError, validateRulePack, validateRuleSet, validateSources } from './validate.ts';
export { familyMessages, categoryMessages, explainedAcronymMessage, formatMessage } from './messages.ts';
