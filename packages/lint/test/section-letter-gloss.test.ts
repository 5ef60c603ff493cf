import { describe, expect, it } from 'vitest';
import { createLinter, type RuleEntry } from '@casenote/lint';

// jargon39b, the lead's ruling of the thirty-fourth session: a bracketed gloss beside a lettered part of a document says
// what the part holds, so a rule with `when: { gloss: none }` leaves the letter alone there. The built-in section-letter
// rule (jargon40) uses it with a reader condition too (`section-letter-to-a-family.test.ts`); here the condition alone
// is pinned as a host's pack uses it, on a team's own lettered appendices (a phrase no built-in rule holds).
const sectionPack = [
  {
    id: 'team-section-letter',
    category: 'jargon',
    family: 'service-term',
    severity: 'info',
    caseSensitive: true,
    when: { gloss: 'none' },
    patterns: ['Appendix|appendix A|B|C|D|E|F|G|H|I|J|K'],
    suggestions: ['the part of the plan that says'],
    oneClickFix: false,
    explanation: 'A parent who has not seen the document cannot tell what a lettered part holds; say what it covers.',
    sources: ['https://www.ipsea.org.uk/what-you-need-to-know-about-ehc-plans'],
  },
] as unknown as RuleEntry[];
const linter = createLinter({ analysis: false, extraRules: [{ name: 'section-pack.yml', rules: sectionPack }] });
const flagged = (text: string): string[] =>
  linter
    .lint(text)
    .filter((found) => found.ruleId === 'team-section-letter')
    .map((found) => text.slice(found.from, found.to));

describe('a lettered part of a document with a bracketed gloss beside it is not flagged', () => {
  it('leaves a letter followed by a bracket saying what the section holds', () => {
    expect(flagged('Appendix F (Educational Provision) specifies what the council must provide.')).toEqual([]);
    expect(flagged('Read Appendix B (needs) with your son.')).toEqual([]);
  });

  it('leaves a letter that alone fills a bracket after what the section holds', () => {
    expect(flagged('The outcomes for your child (appendix E) are listed before their needs.')).toEqual([]);
    expect(flagged('The help your child will get ( Appendix F ) is written next.')).toEqual([]);
  });

  it('still flags a letter used as a place, or with only a letter or number in the bracket after it', () => {
    expect(flagged('Each need in Appendix B should have help to meet it.')).toEqual(['Appendix B']);
    expect(flagged('The help is written in Appendix F of the plan.')).toEqual(['Appendix F']);
    expect(flagged('Appendix B (2) lists her needs.')).toEqual(['Appendix B']);
    expect(flagged('The school is named in appendix I of the final plan.')).toEqual(['appendix I']);
  });
});
