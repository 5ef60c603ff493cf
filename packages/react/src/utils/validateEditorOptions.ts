import { describeValue, LintOptionsError, validateLintOptions, validateNoteContext } from '@casenote/lint';
import { validateCaseNoteLintOptions } from '@casenote/tiptap';
import type { UseCaseNoteEditorOptions } from '../use-case-note-editor-options.ts';

/** Named in every error about the hook's options (`<CaseNoteEditor>` passes its props on to it). */
export const EDITOR_OPTIONS = 'useCaseNoteEditor options';

/** What each of the hook's own options must be, when given. */
const ownChecks: Array<[keyof UseCaseNoteEditorOptions, string, (value: unknown) => boolean]> = [
  ['onUpdate', 'a function', (value) => typeof value === 'function'],
  ['onDiagnostics', 'a function', (value) => typeof value === 'function'],
  ['worker', 'a function that creates the worker', (value) => typeof value === 'function'],
  ['readOnly', 'true or false', (value) => typeof value === 'boolean'],
  ['placeholder', 'a string', (value) => typeof value === 'string'],
  ['ariaLabel', 'a string', (value) => typeof value === 'string'],
  ['ariaDescribedBy', 'a string', (value) => typeof value === 'string'],
  ['shortcuts', 'a mapping of command to keys', (value) => typeof value === 'object' && value !== null],
  ['extensions', 'a list of TipTap extensions', Array.isArray],
];

/**
 * Checks the options the editor is created with, before it is: one `LintOptionsError` naming the
 * field at fault (`useCaseNoteEditor options: field "lintOptions.allow": must be a list of phrases…`).
 * @throws LintOptionsError naming the field.
 */
export function validateEditorOptions(options: UseCaseNoteEditorOptions): void {
  for (const [key, expected, valid] of ownChecks) {
    const value = options[key];
    if (value !== undefined && !valid(value))
      throw new LintOptionsError(EDITOR_OPTIONS, key, `must be ${expected}, not ${describeValue(value)}`);
  }
  try {
    validateLintOptions(options.lintOptions);
  } catch (error) {
    if (!(error instanceof LintOptionsError)) throw error;
    const field = error.field === undefined ? 'lintOptions' : `lintOptions.${error.field}`;
    throw new LintOptionsError(EDITOR_OPTIONS, field, error.problem);
  }
  const { delay, analysisDelay, ignoreStore, linter, analyser } = options;
  const passedOn = Object.entries({ delay, analysisDelay, ignoreStore, linter, analyser }).filter(
    ([, value]) => value !== undefined,
  );
  validateCaseNoteLintOptions(Object.fromEntries(passedOn), EDITOR_OPTIONS);
  validateEditorContext(options.context);
}

/** Checks the child and household (given at creation, or changed later). */
export function validateEditorContext(context: unknown): void {
  validateNoteContext(context, EDITOR_OPTIONS, 'context');
}
