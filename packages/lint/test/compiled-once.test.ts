import { describe, expect, it } from 'vitest';
import { createLinter, type LintOptions, type RuleEntry } from '@casenote/lint';
import { compileRules } from '../src/compile-rules.ts';

// A host that switches to another child's record, or changes the household, gets a linter at once: the
// thousand built-in rules are compiled once, not again for every child. What turns rules on or off, and a
// host's own rules, still decide what the new linter finds.

const note = 'Jade is LAC and is putting herself at risk.';
const ruleIds = (options: LintOptions) =>
  createLinter(options)
    .lint(note)
    .map((finding) => finding.ruleId);

const teamRule = (id: string, pattern: string): RuleEntry => ({
  id,
  category: 'jargon',
  severity: 'warning',
  patterns: [pattern],
  suggestions: ['a plain word'],
  explanation: 'A family reading the note would not know this word.',
  sources: ['https://example.org/guide'],
});

describe('a linter for another child', () => {
  it('is ready without compiling the rules again', () => {
    const first = compileRules({ context: { child: { name: 'Jade', age: 14 } } });
    const second = compileRules({ context: { child: { name: 'Kai' }, household: [{ name: 'Mia' }] } });
    expect(second.matcher).toBe(first.matcher);
    expect(second.context?.child?.name).toBe('Kai');
  });

  it('still leaves off a rule the host turned off, and finds it again when it is back on', () => {
    const all = ruleIds({ context: { child: { name: 'Jade' } } });
    const jargon = all.find((id) => id.includes('lac'));
    expect(jargon, `a jargon rule finds "LAC" in: ${all.join(', ')}`).toBeDefined();
    const off = ruleIds({ context: { child: { name: 'Jade' } }, rules: { [jargon as string]: 'off' } });
    expect(off).not.toContain(jargon);
    expect(off.length).toBe(all.length - 1);
    expect(ruleIds({ context: { child: { name: 'Kai' } } })).toContain(jargon);
    expect(compileRules({ rules: { [jargon as string]: 'off' } }).matcher).not.toBe(compileRules().matcher);
  });

  it("runs each host's own rules, not another linter's", () => {
    // the built-in packs off, so each linter compiles only the host's rule
    const withPack = (rule: RuleEntry): LintOptions => ({
      categories: { 'victim-blaming': 'off', deficit: 'off', jargon: 'off' },
      rules: { [rule.id]: 'warning' },
      analysis: false,
      extraRules: [{ name: 'team.yml', rules: [rule] }],
    });
    expect(ruleIds(withPack(teamRule('team-jade', 'Jade')))).toContain('team-jade');
    // a word of the note no built-in suggestion holds (a host pack may not flag our suggestions: "herself" is in one now)
    const other = ruleIds(withPack(teamRule('team-lac', 'LAC')));
    expect(other).toContain('team-lac');
    expect(other).not.toContain('team-jade');
  });
});
