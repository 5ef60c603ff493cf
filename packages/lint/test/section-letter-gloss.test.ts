import { describe, expect, it } from 'vitest';
import { createLinter, type RuleEntry } from '@casenote/lint';

// jargon39b, the lead's ruling of the thirty-fourth session: a bracketed gloss beside an EHC plan's section letter says
// what the section holds, so a rule with `when: { gloss: none }` leaves the letter alone there. No built-in rule uses
// the condition yet (the section-letter rule measured with it still drew a clean false alarm), so it is pinned as a
// host's pack uses it.
const sectionPack = [
  {
    id: 'team-section-letter',
    category: 'jargon',
    family: 'service-term',
    severity: 'info',
    caseSensitive: true,
    when: { gloss: 'none' },
    patterns: ['Section|section A|B|C|D|E|F|G|H|I|J|K'],
    suggestions: ['the part of the plan that says'],
    oneClickFix: false,
    explanation: 'A parent who has not seen the plan cannot tell what a section letter holds; say what it covers.',
    sources: ['https://www.ipsea.org.uk/what-you-need-to-know-about-ehc-plans'],
  },
] as unknown as RuleEntry[];
const linter = createLinter({ analysis: false, extraRules: [{ name: 'section-pack.yml', rules: sectionPack }] });
const flagged = (text: string): string[] =>
  linter
    .lint(text)
    .filter((found) => found.ruleId === 'team-section-letter')
    .map((found) => text.slice(found.from, found.to));

describe('a section letter with a bracketed gloss beside it is not flagged', () => {
  it('leaves a letter followed by a bracket saying what the section holds', () => {
    expect(flagged('Section F (Educational Provision) specifies what the council must provide.')).toEqual([]);
    expect(flagged('Read Section B (needs) with your son.')).toEqual([]);
  });

  it('leaves a letter that alone fills a bracket after what the section holds', () => {
    expect(flagged('The outcomes for your child (section E) are listed before their needs.')).toEqual([]);
    expect(flagged('The help your child will get ( Section F ) is written next.')).toEqual([]);
  });

  it('still flags a letter used as a place, or with only a letter or number in the bracket after it', () => {
    expect(flagged('Each need in Section B should have help to meet it.')).toEqual(['Section B']);
    expect(flagged('The help is written in Section F of the plan.')).toEqual(['Section F']);
    expect(flagged('Section B (2) lists her needs.')).toEqual(['Section B']);
    expect(flagged('The school is named in section I of the final plan.')).toEqual(['section I']);
  });
});
