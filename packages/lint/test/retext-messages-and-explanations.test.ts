import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import { VFile } from 'vfile';
import {
  createLinter,
  explain,
  lint,
  lintRules,
  loadedRuleDetails,
  loadRuleDetails,
  type Diagnostic,
} from '@casenote/lint';
import { getBuiltinRules, getRuleDetails } from '@casenote/rules/details';
import { retextCaseNote } from '../src/retext-case-note.ts';
import { checkLinterOptions } from '../src/check-options.ts';
import { compileRules } from '../src/compile-rules.ts';
import { generalChecks } from '../src/abbreviations/general-checks.ts';
import { source, teamPack, withTeam } from './team-pack.ts';

describe('the retext plugin', () => {
  it('emits vfile messages with ruleId, source, actual, expected, note and url', () => {
    const { options, extra } = checkLinterOptions(withTeam());
    const compiled = compileRules(options, extra);
    const processor = unified().use(retextEnglish).use(retextCaseNote, compiled);
    const file = new VFile('Line one.\nJade is playing with fire.');
    processor.runSync(processor.parse(file), file);
    const message = file.messages.find((m) => m.ruleId === 'team-risky-behaviour');
    expect(message).toMatchObject({
      ruleId: 'team-risky-behaviour',
      source: 'casenote',
      actual: 'playing with fire',
      expected: ['in danger'],
      url: source,
      note: 'This wording makes the child sound responsible for the danger an adult caused.',
      place: { start: { line: 2, column: 9, offset: 18 }, end: { line: 2, column: 26, offset: 35 } },
    });
    expect(String(message)).toBe(
      '2:9-2:26: ‘playing with fire’ may make the child sound responsible for harm done to them',
    );
  });

  it('refuses to run the unexplained-abbreviation check when compiled without its code (rather than silently finding nothing)', () => {
    const options = { rules: { 'unexplained-abbreviation': 'info' as const } };
    expect(() => compileRules(options)).toThrow(/"unexplained-abbreviation" is on but .* without its check's code/);
    expect(compileRules(options, [], generalChecks).abbreviations?.rule.id).toBe('unexplained-abbreviation');
    expect(compileRules().abbreviations).toBeUndefined();
  });

  it('gives a built-in rule’s message its explanation from the rule details', () => {
    const processor = unified().use(retextEnglish).use(retextCaseNote, compileRules(), getRuleDetails());
    const file = new VFile('Jade is LAC.');
    processor.runSync(processor.parse(file), file);
    const message = file.messages.find((m) => m.ruleId === 'acronym-lac');
    expect(message?.note).toBe(getRuleDetails().explanation('acronym-lac'));
    expect(message?.note?.length).toBeGreaterThan(20);
  });
});

describe('a finding’s explanation', () => {
  it('is left off a built-in rule’s finding and read from the rule details by its rule id', async () => {
    const [finding] = lintRules('Jade is LAC.');
    expect(finding?.ruleId).toBe('acronym-lac');
    expect(finding).not.toHaveProperty('explanation');
    const rule = getBuiltinRules().find((candidate) => candidate.id === 'acronym-lac');
    expect(explain(finding as Diagnostic, getRuleDetails())).toBe(rule?.explanation);
    // on a page: the details loaded on their own, then every finding explained from them
    expect(await loadRuleDetails()).toBe(loadedRuleDetails());
    expect(explain(finding as Diagnostic)).toBe(rule?.explanation);
  });

  it('rides on the finding of a host pack’s rule and of the note analysis', () => {
    const finding = createLinter(withTeam())
      .lint('Jade is playing with fire.')
      .find((candidate) => candidate.ruleId === 'team-risky-behaviour') as Diagnostic;
    expect(finding.explanation).toBe(teamPack[0]?.explanation);
    expect(explain(finding, undefined)).toBe(teamPack[0]?.explanation);
    const prompt = lint('I visited the family. Mum said the school had called.').find((d) => d.scope === 'note');
    expect(prompt?.explanation).toBeTruthy();
    expect(explain(prompt as Diagnostic, undefined)).toBe(prompt?.explanation);
  });
});
