import { describeValue, type LintOptions, LintOptionsError, validateLintOptions } from '@casenote/lint';
import type { CaseNoteLintOptions } from '../types.ts';

const lintOptionKeys = ['rules', 'categories', 'allow', 'extraRules', 'locale', 'context', 'analysis'] as const;

type Check = (value: unknown) => string | null;

const milliseconds: Check = (value) =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0
    ? null
    : `must be a number of milliseconds (0 or more), not ${describeValue(value)}`;

const callbackOrNull: Check = (value) =>
  value === null || typeof value === 'function' ? null : `must be a function or null, not ${describeValue(value)}`;

/** An object with these methods, or null. */
const withMethods =
  (...methods: string[]): Check =>
  (value) => {
    if (value === null) return null;
    const shape = `an object with ${methods.map((method) => `${method}()`).join(' and ')}`;
    if (typeof value !== 'object') return `must be ${shape} or null, not ${describeValue(value)}`;
    const missing = methods.find((method) => typeof (value as Record<string, unknown>)[method] !== 'function');
    return missing ? `must be ${shape} or null: it has no ${missing}()` : null;
  };

/** The extension's own options (the engine's are checked by `validateLintOptions`). */
const extensionChecks: Record<string, Check> = {
  delay: milliseconds,
  sliceBudget: milliseconds,
  analysisDelay: milliseconds,
  onDiagnostics: callbackOrNull,
  onCheckError: callbackOrNull,
  ignoreStore: withMethods('load', 'save'),
  linter: withMethods('lint'),
  analyser: withMethods('analyse'),
};

/**
 * Checks `CaseNoteLint.configure(…)` options as strictly as the engine checks its own (the engine's
 * options with `validateLintOptions`): one `LintOptionsError` naming the first field at fault
 * (`CaseNoteLint options: field "delay": must be a number of milliseconds…`), unknown options
 * refused. Hosts that pass some of these options on (the React hook) check them with it too.
 * @param options All or some of the extension's options.
 * @param document Named in errors.
 * @returns The engine's options among them, validated (rule and category maps null-prototype).
 * @throws LintOptionsError naming the field.
 */
export function validateCaseNoteLintOptions(
  options: Partial<CaseNoteLintOptions>,
  document = 'CaseNoteLint options',
): LintOptions {
  const given = options as Record<string, unknown>;
  const known = [...lintOptionKeys, ...Object.keys(extensionChecks)];
  for (const key of Object.keys(given)) {
    if (!known.includes(key))
      throw new LintOptionsError(document, key, `unknown option; expected one of ${known.join(', ')}`);
    const problem = extensionChecks[key]?.(given[key]);
    if (problem) throw new LintOptionsError(document, key, problem);
  }
  const lintOptions = Object.fromEntries(
    lintOptionKeys.filter((key) => given[key] !== undefined).map((key) => [key, given[key]]),
  );
  return validateLintOptions(lintOptions, document);
}
