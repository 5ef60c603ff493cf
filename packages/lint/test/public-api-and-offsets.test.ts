import { describe, expect, it } from 'vitest';
import * as api from '@casenote/lint';
import { createLinter } from '@casenote/lint';
import { compact, source, withTeam } from './team-pack.ts';

describe('@casenote/lint public API', () => {
  it('exports exactly its documented names', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'DataError',
        'RulePackError',
        'LintOptionsError',
        'describeValue',
        'validateLintOptions',
        'validateNoteContext',
        'validateAnalyseOptions',
        'analyseNote',
        'analyseNoteInSteps',
        'analysisRuleIds',
        'categories',
        'createLinter',
        'createRequestHandler',
        'createWorkerLinter',
        'countWords',
        'effectiveSeverity',
        'explain',
        'findWords',
        'lint',
        'loadRuleDetails',
        'loadedRuleDetails',
        'lintRules',
        'createRuleLinter',
        'normalisePhrase',
        'pointFinder',
        'retextCaseNote',
        'severities',
      ].sort(),
    );
  });

  it('returns one full diagnostic', () => {
    const text = 'Jade is playing with fire.';
    expect(
      createLinter(withTeam())
        .lint(text)
        .filter((diagnostic) => diagnostic.ruleId === 'team-risky-behaviour'),
    ).toEqual([
      {
        from: 8,
        to: 25,
        ruleId: 'team-risky-behaviour',
        category: 'victim-blaming',
        severity: 'warning',
        message: '‘playing with fire’ may make the child sound responsible for harm done to them',
        explanation: 'This wording makes the child sound responsible for the danger an adult caused.',
        actual: 'playing with fire',
        suggestions: ['in danger'],
        source,
      },
    ]);
  });
});

describe('offsets', () => {
  const linter = createLinter(withTeam());
  const only = (text: string) => linter.lint(text).filter((diagnostic) => diagnostic.ruleId.startsWith('team-'));

  it('are UTF-16 offsets that slice back to `actual`, with emoji, CRLF and non-ASCII names', () => {
    const text = 'Siobhán 👩‍👧‍👦 said hello.\r\nZoë is playing with fire 😟.\r\n\r\nThe WTT was cancelled.';
    const diagnostics = only(text);
    const putting = text.indexOf('playing');
    const wtt = text.indexOf('WTT');
    // the family emoji alone is 8 UTF-16 code units; CRLF is two
    expect(putting).toBe(37);
    expect(compact(text, diagnostics)).toEqual([
      `${putting}-${putting + 17}: warning team-risky-behaviour “playing with fire”`,
      `${wtt}-${wtt + 3}: info team-acronym-wtt “WTT”`,
    ]);
    for (const diagnostic of diagnostics) expect(text.slice(diagnostic.from, diagnostic.to)).toBe(diagnostic.actual);
  });
});
