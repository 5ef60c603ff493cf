import { describe, expect, it } from 'vitest';
import { createLinter, type Diagnostic } from '@casenote/lint';

// A finding's fitted fixes are remembered by the text around them (src/fit/remembered.ts), so an
// editor re-linting a note after each pause does not fit every suggestion again. What a note gets
// must be what a linter that never saw another note would give it.
const fixesOf = (found: Diagnostic[], ruleId: string): string[] =>
  found.filter((diagnostic) => diagnostic.ruleId === ruleId).flatMap((diagnostic) => diagnostic.suggestions);

const filler = (words: number): string =>
  'The visit was on a weekday afternoon at the family home. '.repeat(words / 10);

describe('fixes remembered from an earlier lint', () => {
  it('still offer the second person only in a note that says "you", whichever note came first', () => {
    const sentence = 'The IRO visited on Monday.';
    // the "you" far from the sentence, beyond the text the fits are remembered by
    const toChild = `You met me at school. ${filler(100)}${sentence}`;
    const aboutChild = `Kai met me at school. ${filler(100)}${sentence}`;
    for (const order of [
      [toChild, aboutChild],
      [aboutChild, toChild],
    ]) {
      const linter = createLinter();
      for (const note of order) linter.lint(note);
      // the second lint of each note reads the remembered fits
      // (jargon34: in a note to the child the rule's wording for the child comes first, the lead's ruling)
      // (jargon35: the long form is not offered to the child, `iro-long-form` flags it there)
      expect(fixesOf(linter.lint(toChild), 'acronym-iro')).toEqual(['person who chairs your reviews', 'review chair']);
      expect(fixesOf(linter.lint(aboutChild), 'acronym-iro')).toEqual(['independent reviewing officer']);
    }
  });

  it('are placed at the words they replace when the same sentence stands elsewhere in another note', () => {
    const sentence = 'Kai is LAC under S20.';
    const linter = createLinter();
    const early = linter.lint(`${sentence} ${filler(40)}`);
    const late = linter.lint(`${filler(200)}${sentence}`);
    const at = (found: Diagnostic[]) => found.find((diagnostic) => diagnostic.ruleId === 'acronym-lac');
    const offset = filler(200).length;
    expect(at(late)?.from).toBe((at(early)?.from ?? 0) + offset);
    expect(at(late)?.to).toBe((at(early)?.to ?? 0) + offset);
    expect(at(late)?.suggestions).toEqual(at(early)?.suggestions);
    expect(at(late)?.actual).toBe(at(early)?.actual);
  });

  it('give every note of a mixed run what a fresh linter gives it', () => {
    const sentences = [
      'Kai is LAC under S20.',
      'The children are LAC.',
      'You met the IRO on Monday.',
      'The IRO visited on Monday.',
      'She was putting herself at risk by going out at night.',
      'Mum said the PLO letter had come.',
    ];
    const notes = sentences.flatMap((first) => sentences.map((second) => `${first} ${second}`));
    const shared = createLinter();
    for (const note of notes) shared.lint(note);
    for (const note of notes) expect(shared.lint(note)).toEqual(createLinter().lint(note));
  });

  it('cannot be changed by the host changing the suggestions a finding was given', () => {
    const linter = createLinter();
    const note = 'Kai is LAC under S20.';
    for (let lint = 0; lint < 2; lint += 1)
      linter
        .lint(note)
        .find((diagnostic) => diagnostic.ruleId === 'acronym-lac')
        ?.suggestions.push('something else');
    expect(linter.lint(note).find((diagnostic) => diagnostic.ruleId === 'acronym-lac')?.suggestions).toEqual([
      'a child in care',
    ]);
  });
});
