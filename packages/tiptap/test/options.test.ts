import { LintOptionsError } from '@casenote/lint';
import { afterEach, expect, it } from 'vitest';
import { type CaseNoteLintOptions, validateCaseNoteLintOptions } from '../src/index.ts';
import { destroyEditors, flagged, mountEditor } from './helpers.ts';

afterEach(destroyEditors);

/** The one error creating an editor with these options throws (none: `null`). */
function creationError(options: Record<string, unknown>): LintOptionsError | null {
  try {
    mountEditor('<p>The wibble.</p>', options as Partial<CaseNoteLintOptions>);
    return null;
  } catch (error) {
    if (error instanceof LintOptionsError) return error;
    throw error;
  }
}

it('refuses a bad option when the editor is created, with one error naming the field', () => {
  const cases: Array<[Record<string, unknown>, string, RegExp]> = [
    [{ allow: 'care plan' }, 'allow', /must be a list of phrases, not "care plan"/],
    [{ extraRules: 'x' }, 'extraRules', /must be a list of rule packs/],
    [{ rules: { 'lac-acronym': 'loud' } }, 'rules.lac-acronym', /unknown severity "loud"/],
    [{ categories: { jargn: 'off' } }, 'categories.jargn', /unknown category/],
    [{ context: { child: { name: null } } }, 'context.child.name', /must be a non-empty string, not null/],
    [{ analysis: { threshold: 2 } }, 'analysis.threshold', /must be a share from 0 to 1/],
    [{ delay: '300' }, 'delay', /must be a number of milliseconds/],
    [{ analysisDelay: -1 }, 'analysisDelay', /must be a number of milliseconds/],
    [{ ignoreStore: { load: () => [] } }, 'ignoreStore', /it has no save\(\)/],
    [{ linter: {} }, 'linter', /it has no lint\(\)/],
    [{ onDiagnostics: 'log' }, 'onDiagnostics', /must be a function or null/],
    [{ dealy: 300 }, 'dealy', /unknown option; expected one of/],
    [{ rules: { constructor: 'error' } }, 'rules.constructor', /is reserved/],
  ];
  for (const [options, field, problem] of cases) {
    const error = creationError(options);
    expect(error, field).toBeInstanceOf(LintOptionsError);
    expect(error?.field).toBe(field);
    expect(error?.message).toMatch(new RegExp(`^CaseNoteLint options: field "${field.replace('.', '\\.')}": `));
    expect(error?.message).toMatch(problem);
  }
});

it('takes good options as before, keeping the rule map free of Object.prototype', () => {
  const editor = mountEditor('<p>The wibble was frobnicated.</p>', {
    rules: { 'test-frobnicated': 'off' },
    allow: [],
    delay: 0,
  });
  editor.commands.lintNow();
  expect(flagged(editor)).toEqual(['test-wibble:wibble']);
  expect(Object.getPrototypeOf(editor.storage.caseNoteLint.lintOptions.rules)).toBeNull();
});

it('setNoteContext refuses a context that is not a child and household, naming the field', () => {
  const editor = mountEditor('<p>I visited you.</p>');
  expect(() => editor.commands.setNoteContext({ child: { name: '' } })).toThrow(
    'setNoteContext: field "context.child.name": must be a non-empty string',
  );
  expect(editor.storage.caseNoteLint.lintOptions.context).toBeUndefined();
});

it('checks some of the options for a host that passes them on, under the host’s name', () => {
  expect(() => validateCaseNoteLintOptions({ delay: Number.NaN }, 'useCaseNoteEditor options')).toThrow(
    'useCaseNoteEditor options: field "delay": must be a number of milliseconds (0 or more), not number',
  );
  expect(validateCaseNoteLintOptions({ delay: 10, allow: ['care plan'] })).toEqual({ allow: ['care plan'] });
});
