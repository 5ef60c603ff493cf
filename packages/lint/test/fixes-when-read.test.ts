import { describe, expect, it } from 'vitest';
import { createLinter, type Diagnostic } from '@casenote/lint';
import { generateNote } from '../../../test/bench/generate-note.ts';

// A finding's fixes are checked when its suggestions are first read (src/finding-fixes.ts): every
// reader, in any order and by any route, must get what reading them at once gives.
const inOrder = (found: Diagnostic[]): string[][] => found.map((diagnostic) => diagnostic.suggestions);

describe('the suggestions a finding offers', () => {
  const note = `He was seen at the PLO meeting. ${generateNote(600, 5)} Kai is LAC under S20.`;
  const expected = inOrder(createLinter().lint(note));

  it('are the same whichever finding is read first, and a fix inside another finding’s words stays withheld', () => {
    const found = createLinter().lint(note);
    const backwards = found.toReversed().map((diagnostic) => diagnostic.suggestions);
    expect(backwards.toReversed()).toEqual(expected);
    const inner = createLinter()
      .lint('He was seen at the PLO meeting.')
      .find((diagnostic) => diagnostic.ruleId === 'acronym-plo');
    expect(inner?.suggestions).toEqual([]);
  });

  it('reach a copy, a worker’s message and JSON with the same fields in the same order', () => {
    const found = createLinter().lint(note);
    expect(structuredClone(found).map((diagnostic) => diagnostic.suggestions)).toEqual(expected);
    expect(found.map((diagnostic) => ({ ...diagnostic }).suggestions)).toEqual(expected);
    const lac = found.find((diagnostic) => diagnostic.ruleId === 'acronym-lac');
    expect(Object.keys(JSON.parse(JSON.stringify(lac)))).toEqual([
      'from',
      'to',
      'ruleId',
      'category',
      'severity',
      'message',
      'actual',
      'suggestions',
      'source',
    ]);
    expect(JSON.parse(JSON.stringify(lac)).suggestions).toEqual(['a child in care']);
  });

  it('are the same array each time they are read, and a host may replace them', () => {
    const lac = createLinter()
      .lint('Kai is LAC under S20.')
      .find((diagnostic) => diagnostic.ruleId === 'acronym-lac') as Diagnostic;
    expect(lac.suggestions).toBe(lac.suggestions);
    lac.suggestions.push('a looked-after child');
    expect(lac.suggestions).toEqual(['a child in care', 'a looked-after child']);
    lac.suggestions = [];
    expect(lac.suggestions).toEqual([]);
  });

  it('are the same for a sentence met again in a later note, read before the first note’s', () => {
    const linter = createLinter();
    const first = linter.lint(note);
    const second = linter.lint(note);
    expect(inOrder(second)).toEqual(expected);
    expect(inOrder(first)).toEqual(expected);
  });
});

describe('the rewrite a hint to write to the child offers', () => {
  const note = 'Josef is doing a foundation art course at college. You told me you like it.';
  const hint = (found: Diagnostic[]) =>
    found.find((diagnostic) => diagnostic.ruleId === 'about-child-sentence') as Diagnostic;

  it('is offered whenever it is read, by any route, from lint and from check', () => {
    const expected = ['You are'];
    expect(hint(createLinter().lint(note)).suggestions).toEqual(expected);
    expect(structuredClone(hint(createLinter().lint(note))).suggestions).toEqual(expected);
    expect({ ...hint(createLinter().lint(note)) }.suggestions).toEqual(expected);
    expect(JSON.parse(JSON.stringify(hint(createLinter().lint(note)))).suggestions).toEqual(expected);
    const checked = createLinter().check(note);
    expect(hint(checked.diagnostics).suggestions).toEqual(expected);
    expect(hint(checked.analysis.diagnostics).suggestions).toEqual(expected);
  });

  it('keeps the severity the options give, and a host may replace it', () => {
    const found = hint(createLinter({ rules: { 'about-child-sentence': 'info' } }).lint(note));
    expect(found.severity).toBe('info');
    expect(found.suggestions).toEqual(['You are']);
    found.suggestions = [];
    expect(found.suggestions).toEqual([]);
  });
});
