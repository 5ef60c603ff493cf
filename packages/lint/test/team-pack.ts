import type { Diagnostic, LintOptions, RuleEntry } from '@casenote/lint';

// A host team's own pack, for the tests of what a host's rules, options and messages do
export const source = 'https://example.org/guide';
export const teamPack: RuleEntry[] = [
  {
    id: 'team-risky-behaviour',
    category: 'victim-blaming',
    family: 'responsibility-shifting',
    severity: 'warning',
    patterns: ['{play} with fire'],
    suggestions: ['in danger'],
    explanation: 'This wording makes the child sound responsible for the danger an adult caused.',
    sources: [source],
  },
  {
    id: 'team-kept-away',
    category: 'jargon',
    family: 'service-term',
    severity: 'info',
    patterns: ['[family-time] slot+'],
    suggestions: ['time with your family'],
    explanation: 'A scheduling word from the diary that a child would not use about seeing their family.',
    sources: [source],
  },
  {
    id: 'team-acronym-wtt',
    category: 'jargon',
    family: 'acronym',
    severity: 'info',
    patterns: ['WTT'],
    caseSensitive: true,
    acronym: { expansion: 'weekly team talk' },
    suggestions: ['team meeting'],
    explanation: 'An acronym from our own team that a child or parent would not know.',
    sources: [source],
  },
];

export const withTeam = (options: LintOptions = {}): LintOptions => ({
  ...options,
  extraRules: [{ name: 'team.yml', rules: teamPack }],
});
export const compact = (text: string, diagnostics: Diagnostic[]): string[] =>
  diagnostics.map(
    (diagnostic) =>
      `${diagnostic.from}-${diagnostic.to}: ${diagnostic.severity} ${diagnostic.ruleId} “${text.slice(diagnostic.from, diagnostic.to)}”`,
  );
