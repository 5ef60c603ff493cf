import { describe, expect, it } from 'vitest';
import { createLinter, createRuleLinter, lint, lintRules, RulePackError, type RuleEntry } from '@casenote/lint';
import { getBuiltinRules } from '@casenote/rules/details';
import { teamPack, withTeam } from './team-pack.ts';

describe('options', () => {
  const text = 'Jade is playing with fire. Two family-time slots a week. The WTT met.';

  it('sets severity per rule, and per rule wins over per category', () => {
    const diagnostics = createLinter(
      withTeam({ rules: { 'team-kept-away': 'warning' }, categories: { jargon: 'hint' } }),
    ).lint(text);
    const severities = Object.fromEntries(
      diagnostics.filter((d) => d.ruleId.startsWith('team-')).map((d) => [d.ruleId, d.severity]),
    );
    expect(severities).toEqual({
      'team-risky-behaviour': 'warning',
      'team-kept-away': 'warning',
      'team-acronym-wtt': 'hint',
    });
  });

  it('turns rules and categories off', () => {
    const offRule = createLinter(withTeam({ rules: { 'team-risky-behaviour': 'off' } })).lint(text);
    expect(offRule.map((d) => d.ruleId)).not.toContain('team-risky-behaviour');
    const offCategory = createLinter(withTeam({ categories: { jargon: 'off' } })).lint(text);
    expect(offCategory.filter((d) => d.category === 'jargon')).toEqual([]);
    expect(offCategory.map((d) => d.ruleId)).toContain('team-risky-behaviour');
  });

  it('drops phrases the team allows, whatever their case and spacing', () => {
    const diagnostics = createLinter(withTeam({ allow: ['Playing  WITH fire'] })).lint(text);
    expect(diagnostics.map((d) => d.ruleId)).not.toContain('team-risky-behaviour');
    expect(diagnostics.map((d) => d.ruleId)).toContain('team-kept-away');
  });

  it('validates host packs with an error naming the pack, entry and field', () => {
    const broken = [{ ...teamPack[0], id: 'bad-one', category: 'rudeness' }];
    expect(() => createLinter({ extraRules: [{ name: 'council-pack.yml', rules: broken as RuleEntry[] }] })).toThrow(
      RulePackError,
    );
    expect(() => createLinter({ extraRules: [{ name: 'council-pack.yml', rules: broken as RuleEntry[] }] })).toThrow(
      'council-pack.yml: entry 1 ("bad-one"): field "category": unknown category "rudeness"',
    );
    expect(() =>
      createLinter({
        extraRules: [{ name: 'council-pack.yml', rules: [{ ...teamPack[0], sources: [] }] as RuleEntry[] }],
      }),
    ).toThrow('council-pack.yml: entry 1 ("team-risky-behaviour"): field "sources"');
  });

  it('rejects a host pack whose suggestion is flagged by a built-in rule or that duplicates an id', () => {
    const builtinId = getBuiltinRules()[0]?.id as string;
    expect(() =>
      createLinter({ extraRules: [{ name: 'dup.yml', rules: [{ ...teamPack[1], id: builtinId }] as RuleEntry[] }] }),
    ).toThrow(`dup.yml: entry 1 ("${builtinId}"): field "id": duplicate id`);
    expect(() =>
      createLinter({
        extraRules: [
          {
            name: 'loop.yml',
            rules: [teamPack[0], { ...teamPack[1], suggestions: ['playing with fire'] }] as RuleEntry[],
          },
        ],
      }),
    ).toThrow(
      'loop.yml: entry 2 ("team-kept-away"): field "suggestions": the suggestion "playing with fire" is itself flagged by rule "team-risky-behaviour"',
    );
  });

  it('rejects unknown severities and locales', () => {
    expect(() => createLinter({ categories: { jargon: 'loud' as never } })).toThrow(
      'lint options: field "categories.jargon": unknown severity "loud"',
    );
    expect(() => createLinter({ locale: 'en-US' as never })).toThrow(/only en-GB/);
  });

  it('lint() with options equals a linter created with them', () => {
    expect(lint(text, withTeam())).toEqual(createLinter(withTeam()).lint(text));
  });

  it('lintRules() finds what lint() finds with the note analysis off', () => {
    const note = 'SW visited Jade at the placement. She is LAC and was not brought to her appointment.';
    const context = { child: { name: 'Jade', age: 9 } };
    expect(createRuleLinter({ context }).lint(note)).toEqual(lint(note, { context, analysis: false }));
    expect(lintRules(note)).toEqual(lint(note, { analysis: false }));
    expect(createRuleLinter(withTeam()).lint(text)).toEqual(createLinter(withTeam({ analysis: false })).lint(text));
    expect(lintRules(note).map((finding) => finding.ruleId)).toContain('acronym-lac');
    expect(lint(note).some((finding) => finding.category === 'write-to-child')).toBe(true);
    expect(lintRules(note).some((finding) => finding.category === 'write-to-child')).toBe(false);
  });

  it('lintRules() refuses options rather than ignore them, and points to createRuleLinter()', () => {
    const withOptions = lintRules as (text: string, options: unknown) => unknown;
    expect(() => withOptions('Jade is LAC.', { categories: { jargon: 'off' } })).toThrow(
      'lintRules: takes the text only: pass options to createRuleLinter(options)',
    );
  });
});
