import { describe, expect, it } from 'vitest';
import { analyseNote, createLinter } from '@casenote/lint';
import { getBuiltinRules, getBuiltinSources } from '@casenote/rules/details';

const linter = createLinter({ analysis: false });

describe('reading-age hints', () => {
  it('never fire on a short plain sentence written to a young child', () => {
    const note = [
      'I came to see you today.',
      'You went to the park with Mum.',
      'You told me you like your new school.',
      'We had a drink and you showed me your room.',
      'You said you miss your dad and you want to see him soon.',
    ].join(' ');
    for (const age of [5, 6, 8]) {
      const hints = analyseNote(note, { child: { name: 'Jade', age } }).diagnostics.filter(
        (diagnostic) => diagnostic.ruleId === 'hard-for-child',
      );
      expect(hints, `age ${age}`).toEqual([]);
    }
  });

  it("cite the publisher's own plain-English guidance, not a code README", () => {
    const note =
      'I came to see you today. You and I talked about the multidisciplinary arrangements for your educational provision, which necessitate considerable organisational coordination.';
    const [hint] = analyseNote(note, { child: { name: 'Jade', age: 6 } }).diagnostics.filter(
      (diagnostic) => diagnostic.ruleId === 'hard-for-child',
    );
    expect(hint?.source).toBe('https://www.gov.uk/guidance/content-design/writing-for-gov-uk');
  });
});

describe('messages say what is true of the words', () => {
  it("calls 'failed to' wording that judges, not a label", () => {
    const [finding] = linter.lint('Mum failed to attend the meeting.');
    expect(finding?.ruleId).toBe('failed-to-engage');
    expect(finding?.message).not.toMatch(/is a label/);
    expect(finding?.message).toMatch(/judges/);
  });

  it('does not call an adult victim of domestic abuse "the child"', () => {
    for (const text of ['She failed to leave her partner.', 'There was a domestic dispute at the flat.']) {
      const [finding] = linter.lint(text);
      expect(finding?.message, text).not.toMatch(/\bchild\b/);
    }
  });

  it('every rule’s own message names the flagged words', () => {
    for (const rule of getBuiltinRules()) {
      if (rule.message) expect(rule.message, rule.id).toContain('{actual}');
    }
  });
});

describe('sources', () => {
  it("are publishers' own pages: no code hosting, no personal blogs", () => {
    const notPublishers =
      /(^|\.)(github\.com|github\.io|gitlab\.com|raw\.githubusercontent\.com|medium\.com|wordpress\.com|blogspot\.com|substack\.com|childprotectionresource\.online)$/;
    for (const source of getBuiltinSources().values()) {
      expect(new URL(source.url).hostname, source.id).not.toMatch(notPublishers);
    }
  });
});
