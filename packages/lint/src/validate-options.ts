import { categories, DataError, severities } from '@casenote/rules';
import type { AnalyseOptions, ChildContext, NoteContext } from './analyse/types.ts';
import type { LintOptions, RulePack, SeverityOrOff } from './types.ts';

/**
 * Options that failed validation. Like every `DataError` the message names the document and the
 * field: `lint options: field "context.child.name": must be a non-empty string`.
 */
export class LintOptionsError extends DataError {
  override name = 'LintOptionsError';
  constructor(document: string, field: string | undefined, problem: string) {
    super(document, [], field, problem);
  }
}

/** Keys that would read or write through an object's prototype; never a rule id or option key. */
export const reservedKeys: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

// a function, not a module-level spread of `severities`: a bundler keeps a spread it cannot prove
// free of effects, in bundles that never check options
const severityChoices = (): string[] => [...severities, 'off'];
const lintOptionKeys = ['rules', 'categories', 'allow', 'extraRules', 'context', 'analysis', 'locale'];
const childKeys = ['name', 'age', 'aliases', 'pronouns'];

type Fail = (field: string | undefined, problem: string) => never;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A value as an error message names it: `null`, `a list`, a string in quotes, else its type. */
export const describeValue = (value: unknown): string =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'a list'
      : typeof value === 'string'
        ? JSON.stringify(value)
        : typeof value;

/** A mapping's own keys, refusing unknown and prototype keys. */
function ownKeys(value: Record<string, unknown>, known: readonly string[] | null, path: string, fail: Fail): string[] {
  const keys = Reflect.ownKeys(value).filter((key): key is string => typeof key === 'string');
  for (const key of keys) {
    const field = path ? `${path}.${key}` : key;
    if (reservedKeys.has(key)) fail(field, `"${key}" is reserved and cannot be used as a key`);
    if (known && !known.includes(key)) fail(field, `unknown option; expected one of ${known.join(', ')}`);
  }
  return keys;
}

/** A `{ key: severity }` mapping as a null-prototype object. */
function severityMap(
  value: unknown,
  field: string,
  fail: Fail,
  allowedKeys: readonly string[] | null,
): Record<string, SeverityOrOff> {
  const entries = value instanceof Map ? Object.fromEntries(value) : value;
  if (!isRecord(entries))
    return fail(
      field,
      `must be a mapping of ${allowedKeys ? 'category' : 'rule id'} to severity, not ${describeValue(value)}`,
    );
  const result = Object.create(null) as Record<string, SeverityOrOff>;
  for (const key of ownKeys(entries, null, field, fail)) {
    if (allowedKeys && !allowedKeys.includes(key))
      fail(`${field}.${key}`, `unknown category; expected one of ${allowedKeys.join(', ')}`);
    const severity = entries[key];
    if (!severityChoices().includes(severity as string))
      fail(`${field}.${key}`, `unknown severity ${describeValue(severity)}; expected ${severityChoices().join(', ')}`);
    result[key] = severity as SeverityOrOff;
  }
  return result;
}

function stringList(value: unknown, field: string, fail: Fail): string[] {
  if (!Array.isArray(value)) return fail(field, `must be a list of phrases, not ${describeValue(value)}`);
  value.forEach((item, index) => {
    if (typeof item !== 'string' || item.trim() === '') fail(`${field}[${index}]`, 'must be a non-empty string');
  });
  return [...value] as string[];
}

function child(value: unknown, field: string, fail: Fail): ChildContext {
  if (!isRecord(value)) return fail(field, `must be a mapping with the child's name, not ${describeValue(value)}`);
  ownKeys(value, childKeys, field, fail);
  if (typeof value.name !== 'string' || value.name.trim() === '')
    fail(`${field}.name`, `must be a non-empty string, not ${describeValue(value.name)}`);
  if (
    value.age !== undefined &&
    (typeof value.age !== 'number' || !Number.isFinite(value.age) || value.age < 0 || value.age > 30)
  )
    fail(`${field}.age`, `must be an age in years (0 to 30), not ${describeValue(value.age)}`);
  if (value.aliases !== undefined) stringList(value.aliases, `${field}.aliases`, fail);
  if (value.pronouns !== undefined && !['she', 'he', 'they'].includes(value.pronouns as string))
    fail(`${field}.pronouns`, `must be "she", "he" or "they", not ${describeValue(value.pronouns)}`);
  return value as unknown as ChildContext;
}

/**
 * Checks the child and household a host gives for a note.
 *
 * @param context The context as the host passed it.
 * @param document Named in errors. @default 'note context'
 * @param prefix Prepended to field names (`context` inside lint options).
 * @throws LintOptionsError naming the field.
 */
export function validateNoteContext(context: unknown, document = 'note context', prefix = ''): NoteContext {
  const fail: Fail = (field, problem) => {
    throw new LintOptionsError(document, field, problem);
  };
  if (context === undefined) return {};
  const at = (field: string): string => (prefix ? `${prefix}.${field}` : field);
  if (!isRecord(context))
    return fail(prefix || undefined, `must be a mapping with child and household, not ${describeValue(context)}`);
  ownKeys(context, ['child', 'household', 'writer'], prefix, fail);
  if (context.child !== undefined) child(context.child, at('child'), fail);
  if (context.writer !== undefined && context.writer !== 'child')
    fail(at('writer'), `must be "child" (the child wrote the note), not ${describeValue(context.writer)}`);
  if (context.household !== undefined) {
    if (!Array.isArray(context.household))
      fail(at('household'), `must be a list of children, not ${describeValue(context.household)}`);
    for (const [index, member] of (context.household as unknown[]).entries())
      child(member, `${at('household')}[${index}]`, fail);
  }
  return context as NoteContext;
}

/**
 * Checks the whole-note analysis options.
 *
 * @throws LintOptionsError naming the field.
 */
export function validateAnalyseOptions(options: unknown, document = 'analysis options', prefix = ''): AnalyseOptions {
  const fail: Fail = (field, problem) => {
    throw new LintOptionsError(document, field, problem);
  };
  if (options === undefined) return {};
  const at = (field: string): string => (prefix ? `${prefix}.${field}` : field);
  if (!isRecord(options))
    return fail(prefix || undefined, `must be a mapping of analysis options, not ${describeValue(options)}`);
  ownKeys(options, ['threshold', 'promptChildVoice'], prefix, fail);
  if (
    options.threshold !== undefined &&
    (typeof options.threshold !== 'number' || !(options.threshold >= 0 && options.threshold <= 1))
  )
    fail(at('threshold'), `must be a share from 0 to 1, not ${describeValue(options.threshold)}`);
  if (options.promptChildVoice !== undefined && typeof options.promptChildVoice !== 'boolean')
    fail(at('promptChildVoice'), `must be true or false, not ${describeValue(options.promptChildVoice)}`);
  return options as AnalyseOptions;
}

/**
 * Checks linter options as strictly as rule data: one `LintOptionsError` naming the first field at
 * fault, unknown keys refused, and the rule and category maps returned as null-prototype objects
 * (so a rule id such as `constructor` never reads `Object.prototype`). Hosts (the React and TipTap
 * options, a CLI config) can reuse it.
 *
 * @param options The options as the host passed them.
 * @param document Named in errors. @default 'lint options'
 * @returns The options, with `rules` and `categories` copied into null-prototype objects.
 * @throws LintOptionsError naming the field.
 * @example validateLintOptions({ allow: 'care plan' }) // throws: lint options: field "allow": must be a list of phrases, not "care plan"
 */
export function validateLintOptions(options: unknown, document = 'lint options'): LintOptions {
  const fail: Fail = (field, problem) => {
    throw new LintOptionsError(document, field, problem);
  };
  if (options === undefined) return {};
  if (!isRecord(options)) return fail(undefined, `must be a mapping of options, not ${describeValue(options)}`);
  ownKeys(options, lintOptionKeys, '', fail);
  const result: LintOptions = { ...options };
  if (options.rules !== undefined) result.rules = severityMap(options.rules, 'rules', fail, null);
  if (options.categories !== undefined)
    result.categories = severityMap(options.categories, 'categories', fail, categories);
  if (options.allow !== undefined) result.allow = stringList(options.allow, 'allow', fail);
  if (options.extraRules !== undefined) {
    if (!Array.isArray(options.extraRules))
      fail('extraRules', `must be a list of rule packs ({ name, rules }), not ${describeValue(options.extraRules)}`);
    result.extraRules = (options.extraRules as unknown[]).map((pack, index): RulePack => {
      const field = `extraRules[${index}]`;
      if (!isRecord(pack)) return fail(field, `must be a rule pack ({ name, rules }), not ${describeValue(pack)}`);
      ownKeys(pack, ['name', 'rules'], field, fail);
      if (typeof pack.name !== 'string' || pack.name.trim() === '')
        fail(`${field}.name`, `must name the pack (a file path or a name), not ${describeValue(pack.name)}`);
      if (!Array.isArray(pack.rules))
        fail(`${field}.rules`, `must be a list of rules, not ${describeValue(pack.rules)}`);
      return pack as unknown as RulePack;
    });
  }
  if (options.context !== undefined) result.context = validateNoteContext(options.context, document, 'context');
  if (options.analysis !== undefined && options.analysis !== false)
    result.analysis = validateAnalyseOptions(options.analysis, document, 'analysis');
  if (options.locale !== undefined && options.locale !== 'en-GB')
    fail('locale', `unsupported locale ${describeValue(options.locale)}: only en-GB is available`);
  return result;
}
