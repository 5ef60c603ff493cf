import { describe, expect, test } from 'vitest';
import { analyseNote, createLinter } from '@casenote/lint';
import { formatGithub } from '../src/format/github.ts';
import { formatJson } from '../src/format/json.ts';
import { formatSarif } from '../src/format/sarif.ts';
import type { FileReport } from '../src/format/report.ts';

// A finding whose wording is one to consider, not a one-click fix (`oneClickFix: false`, DATA-FORMAT.md), reads
// "Consider:" in an annotation, never "Try:", and carries `consider` in JSON beside empty `suggestions`.
const text = 'Jade was used as a money mule by older boys.';
const report = (): FileReport => ({
  path: 'visit.txt',
  diagnostics: createLinter({ analysis: false })
    .lint(text)
    .map((diagnostic) => ({
      ...diagnostic,
      explanation: 'Why it matters.',
      line: 1,
      column: diagnostic.from + 1,
      endLine: 1,
      endColumn: diagnostic.to + 1,
    })),
  summary: analyseNote(text).summary,
  sentences: [],
});

describe('a finding with no one-click fix in the CLI', () => {
  test('GitHub and SARIF say "Consider:" with the wording, not "Try:"', () => {
    const github = formatGithub([report()])
      .split('\n')
      .find((line) => line.includes('money-mule'));
    expect(github).toContain('Consider: child exploited to move money / child exploited to carry drugs.');
    expect(github).not.toContain('Try:');
    const sarif = JSON.parse(formatSarif([report()], '0.0.0')) as {
      runs: Array<{ results: Array<{ ruleId: string; message: { text: string } }> }>;
    };
    const result = sarif.runs[0]?.results.find((entry) => entry.ruleId === 'money-mule');
    expect(result?.message.text).toMatch(/Consider: child exploited to move money \/ child exploited to carry drugs$/);
  });

  test('JSON gives the wording as `consider`, with no suggestions', () => {
    const json = JSON.parse(formatJson([report()])) as {
      files: Array<{ diagnostics: Array<{ ruleId: string; suggestions: string[]; consider?: string[] }> }>;
    };
    const mule = json.files[0]?.diagnostics.find((diagnostic) => diagnostic.ruleId === 'money-mule');
    expect(mule?.suggestions).toEqual([]);
    expect(mule?.consider).toEqual(['child exploited to move money', 'child exploited to carry drugs']);
  });
});
