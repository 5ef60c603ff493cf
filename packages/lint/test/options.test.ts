import { describe, expect, it } from 'vitest';
import {
  analyseNote,
  createLinter,
  DataError,
  lint,
  LintOptionsError,
  RulePackError,
  validateLintOptions,
  type LintOptions,
  type RuleEntry,
} from '@casenote/lint';

const hostRule = (fields: Partial<RuleEntry> = {}): RuleEntry => ({
  id: 'team-kept-away',
  category: 'victim-blaming',
  severity: 'warning',
  patterns: ['kept away'],
  suggestions: ['was not allowed to see'],
  explanation: 'Say who decided and why, so the reader does not assume the child chose it.',
  sources: ['https://example.org/guide'],
  ...fields,
});

/** The one error a bad option gives, as `name: message`. */
function failure(make: () => unknown): string {
  try {
    make();
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return `${(error as Error).name}: ${(error as Error).message}`;
  }
  throw new Error('expected an error');
}

describe('a host passing malformed options gets one error naming the field', () => {
  it.each([
    [{ extraRules: 'x' }, 'lint options: field "extraRules": must be a list of rule packs'],
    [{ allow: 'care plan' }, 'lint options: field "allow": must be a list of phrases, not "care plan"'],
    [{ allow: ['care plan', 3] }, 'lint options: field "allow[1]": must be a non-empty string'],
    [
      { context: { child: { name: null } } },
      'lint options: field "context.child.name": must be a non-empty string, not null',
    ],
    [
      { context: { child: { name: 'Jade', age: '9' } } },
      'lint options: field "context.child.age": must be an age in years',
    ],
    [
      { context: { household: [{ name: 'Sam', pronouns: 'it' }] } },
      'lint options: field "context.household[0].pronouns"',
    ],
    [{ colour: 'red' }, 'lint options: field "colour": unknown option; expected one of rules, categories'],
    [{ rules: { 'lac-acronym': 'critical' } }, 'lint options: field "rules.lac-acronym": unknown severity "critical"'],
    [{ categories: { slang: 'off' } }, 'lint options: field "categories.slang": unknown category'],
    [{ categories: { jargon: 'Warning' } }, 'lint options: field "categories.jargon": unknown severity "Warning"'],
    [{ analysis: { threshold: 2 } }, 'lint options: field "analysis.threshold": must be a share from 0 to 1'],
    [
      { extraRules: [{ name: 'team.yml', rules: {} }] },
      'lint options: field "extraRules[0].rules": must be a list of rules',
    ],
    [{ locale: 'en-US' }, 'lint options: field "locale": unsupported locale "en-US": only en-GB is available'],
  ])('createLinter(%j)', (options, message) => {
    const error = failure(() => createLinter(options as LintOptions));
    expect(error).toContain(`LintOptionsError: ${message}`);
    expect(failure(() => lint('Jade is LAC.', options as LintOptions))).toBe(error);
  });

  it('checks analyseNote context and options the same way', () => {
    expect(failure(() => analyseNote('You drew a dog.', { child: { name: null as never } }))).toBe(
      'LintOptionsError: note context: field "child.name": must be a non-empty string, not null',
    );
    expect(failure(() => analyseNote('You drew a dog.', {}, { promptChildVoice: 'yes' as never }))).toBe(
      'LintOptionsError: analysis options: field "promptChildVoice": must be true or false, not "yes"',
    );
    expect(failure(() => analyseNote(42 as never))).toContain('field "text": must be a string');
  });

  it('accepts good options unchanged in effect', () => {
    const options: LintOptions = {
      rules: { 'acronym-lac': 'error' },
      categories: { deficit: 'off' },
      allow: ['care plan'],
      context: { child: { name: 'Jade', age: 9, aliases: ['Jay'], pronouns: 'she' }, household: [{ name: 'Sam' }] },
      analysis: { threshold: 0.4, promptChildVoice: false },
      locale: 'en-GB',
    };
    expect(() => validateLintOptions(options)).not.toThrow();
    expect(lint('Jade is LAC.', options).find((finding) => finding.ruleId === 'acronym-lac')?.severity).toBe('error');
  });
});

describe('prototype keys change nothing', () => {
  it('refuses __proto__, constructor and prototype as keys of rule severities', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const rules = JSON.parse(`{"${key}": "off"}`) as Record<string, 'off'>;
      expect(failure(() => createLinter({ rules }))).toContain(`field "rules.${key}": "${key}" is reserved`);
    }
  });

  it('keeps the severity maps without a prototype, so no id reads Object.prototype', () => {
    const options = validateLintOptions({ rules: { 'lac-acronym': 'hint' } });
    expect(Object.getPrototypeOf(options.rules)).toBeNull();
    expect(options.rules?.constructor).toBeUndefined();
  });

  it('accepts a Map of rule severities', () => {
    const rules = new Map([['acronym-lac', 'off']]) as unknown as LintOptions['rules'];
    expect(lint('Jade is LAC.', { rules, analysis: false })).toEqual([]);
  });

  it.each(['constructor', 'prototype', '__proto__'])('refuses a host rule with the id %s', (id) => {
    const error = failure(() => createLinter({ extraRules: [{ name: 'team.yml', rules: [hostRule({ id })] }] }));
    expect(error).toContain(`RulePackError: team.yml: entry 1`);
    expect(error).toContain('field "id": ');
    expect(error).toContain('reserved');
  });
});

describe('host pattern size', () => {
  it('refuses a pattern longer than 1,000 characters', () => {
    const pattern = Array.from({ length: 200 }, (_, index) => `word${index}`).join(' ');
    expect(() =>
      createLinter({ extraRules: [{ name: 'team.yml', rules: [hostRule({ patterns: [pattern] })] }] }),
    ).toThrow(
      /team\.yml: entry 1 \("team-kept-away"\): field "patterns": a pattern of \d+ characters is longer than the 1000 allowed/,
    );
  });

  it('refuses a pack whose patterns stand for too many word sequences', () => {
    // three slots of 20 alternatives: 8,000 word sequences a rule, over 100,000 at the 13th
    const alternatives = (stem: string) => Array.from({ length: 20 }, (_, index) => `${stem}${index}`).join('|');
    const rules = Array.from({ length: 14 }, (_, index) =>
      hostRule({
        id: `team-huge-${index}`,
        patterns: [`${alternatives(`a${index}x`)} ${alternatives('b')} ${alternatives('c')}`],
      }),
    );
    const error = failure(() => createLinter({ extraRules: [{ name: 'huge.yml', rules }] }));
    expect(error).toMatch(
      /^RulePackError: huge\.yml: entry 13 \("team-huge-12"\): field "patterns": the pack's patterns stand for more than 100000/,
    );
  });

  it('names RulePackError and LintOptionsError as kinds of DataError', () => {
    expect(new LintOptionsError('lint options', 'allow', 'x')).toBeInstanceOf(DataError);
    expect(new RulePackError('p', 0, 'id', 'id', 'x')).toBeInstanceOf(DataError);
  });
});
