import { describe, expect, it } from 'vitest';
import { createLinter, type Diagnostic, type RuleEntry } from '@casenote/lint';

const plain = createLinter({ analysis: false });
const findings = (diagnostics: Diagnostic[], ruleId: string) =>
  diagnostics.filter((diagnostic) => diagnostic.ruleId === ruleId);

describe("'argument' is flagged only in a note about domestic abuse", () => {
  it('flags an argument between Mum and her partner when the note records abuse', () => {
    const note = 'Police attended after Dave punched mum. There was an argument between mum and Dave last night.';
    expect(findings(plain.lint(note), 'partner-argument-in-abuse')).toEqual([
      expect.objectContaining({ actual: 'argument', severity: 'warning', suggestions: ['abusive incident'] }),
    ]);
  });

  it('leaves the same sentence alone in a note with no sign of abuse', () => {
    expect(plain.lint('There was an argument between mum and Dave last night.')).toEqual([]);
  });

  it("flags a 'row' between parents, and not a child's argument with a friend", () => {
    const abuse = 'Police were called for domestic abuse on Friday. ';
    expect(findings(plain.lint(`${abuse}Mum and Dad had a row about money.`), 'partner-row-in-abuse')).toHaveLength(1);
    expect(plain.lint(`${abuse}Jade had an argument with her friend.`)).toEqual([]);
  });
});

describe('a quarrel word beside violence between partners, in the same sentence', () => {
  it('flags the argument when the sentence names a partner and a violent act, with no other sign in the note', () => {
    expect(
      findings(
        plain.lint('During the argument with his partner he headbutted her twice.'),
        'quarrel-beside-partner-violence',
      ),
    ).toEqual([expect.objectContaining({ actual: 'argument', severity: 'warning' })]);
    expect(
      findings(
        plain.lint("Mum's partner was arrested after an argument in which he hit her."),
        'quarrel-beside-partner-violence',
      ),
    ).toHaveLength(1);
  });

  it('leaves an argument alone when the violence is denied, absent, or between people who are not partners', () => {
    expect(plain.lint('Mum said her partner did not hit her during the argument.')).toEqual([]);
    expect(plain.lint('Mum said her partner didn’t hit her during the argument.')).toEqual([]);
    expect(plain.lint('Mum and her partner had an argument about money.')).toEqual([]);
    expect(plain.lint('Mum said her partner was never violent, but they had arguments about money.')).toEqual([]);
    expect(plain.lint('Jade had an argument with a girl at school who pushed her.')).toEqual([]);
    expect(plain.lint('The mother was involved in a physical altercation with a neighbour over parking.')).toEqual([]);
  });

  it('needs both cues in the same sentence, not one in the sentence before', () => {
    expect(
      findings(
        plain.lint('Her partner hit her on Friday. On Sunday there was an argument with a neighbour.'),
        'quarrel-beside-partner-violence',
      ),
    ).toEqual([]);
  });
});

describe('conditions in a host pack', () => {
  const rule: RuleEntry = {
    id: 'team-quarrel',
    category: 'victim-blaming',
    family: 'minimising',
    severity: 'warning',
    patterns: ['[quarrel] between'],
    suggestions: ['abusive incident'],
    explanation: 'A quarrel sounds two-sided where one partner is abusing the other.',
    sources: ['https://example.org/guide'],
    when: { indicators: ['domestic-abuse'] },
    otherwise: { severity: 'hint', message: 'Was ‘{actual}’ abuse?' },
  };
  const linter = createLinter({ analysis: false, extraRules: [{ name: 'team.yml', rules: [rule] }] });

  it('fires at full severity when the note has an indicator, and as the softer question otherwise', () => {
    expect(findings(linter.lint('Police came about domestic abuse. A quarrel between them.'), 'team-quarrel')).toEqual([
      expect.objectContaining({ severity: 'warning' }),
    ]);
    expect(linter.lint('A quarrel between them.')[0]).toMatchObject({
      severity: 'hint',
      message: 'Was ‘quarrel’ abuse?',
    });
  });

  it('fires with `near` only when every named indicator has a phrase in the sentence', () => {
    const near: RuleEntry = {
      ...rule,
      id: 'team-near',
      patterns: ['[squabble]'],
      when: { near: ['violent-act', 'partners'] },
      otherwise: 'skip',
    };
    const nearLinter = createLinter({ analysis: false, extraRules: [{ name: 'team.yml', rules: [near] }] });
    expect(findings(nearLinter.lint('A squabble, and he hit his wife.'), 'team-near')).toHaveLength(1);
    expect(findings(nearLinter.lint('His wife left. A squabble, and he hit the wall.'), 'team-near')).toEqual([]);
  });

  it('is refused when it names an indicator that does not exist', () => {
    expect(() =>
      createLinter({ extraRules: [{ name: 'team.yml', rules: [{ ...rule, when: { indicators: ['gambling'] } }] }] }),
    ).toThrow(/team\.yml: entry 1 \("team-quarrel"\): field "when.indicators": unknown indicator "gambling"/);
  });
});
