import { createLinter } from '@casenote/lint';
import { expect, it } from 'vitest';
import { generateLongNoteParagraphs } from '../../../stories/fixtures/notes.ts';
import { IGNORE_CONTEXT_WORDS } from '../src/constants.ts';
import { createIgnoreKey } from '../src/utils/createIgnoreKey.ts';

// Hosts persist ignore keys (ignoreStore), so the key's definition must never drift. This is the
// definition, written the plain way: the words in a 64-character window either side.
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
function definition(ruleId: string, text: string, from: number, to: number): string {
  const window = 64 * IGNORE_CONTEXT_WORDS;
  const before = (text.slice(Math.max(0, from - window), from).match(WORD) ?? []).slice(-IGNORE_CONTEXT_WORDS);
  const after = (text.slice(to, to + window).match(WORD) ?? []).slice(0, IGNORE_CONTEXT_WORDS);
  const phrase = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return [ruleId, phrase, before.join(' '), after.join(' ')].map((part) => part.toLowerCase()).join('|');
}

it('gives the same key as its definition for every finding of the 20,000-word note', () => {
  const linter = createLinter({ analysis: false });
  let checked = 0;
  for (const text of generateLongNoteParagraphs()) {
    for (const { ruleId, from, to } of linter.lint(text)) {
      expect(createIgnoreKey(ruleId, text, from, to)).toBe(definition(ruleId, text, from, to));
      checked += 1;
    }
  }
  expect(checked).toBeGreaterThan(500);
});

it('gives the same key as its definition at edges: long words, hyphens, apostrophes, no neighbours', () => {
  const long = 'x'.repeat(70);
  const cases: Array<[string, string]> = [
    ['LAC', 'LAC'],
    [`${long} LAC ${long}`, 'LAC'],
    [`a ${'y'.repeat(30)}-${'z'.repeat(30)} LAC mother-in-law’s ${long}`, 'LAC'],
    [`Jade’s ${'w'.repeat(23)}LAC`, 'LAC'],
    ['   LAC   ', 'LAC'],
    [`${'word '.repeat(40)}LAC${' word'.repeat(40)}`, 'LAC'],
    [`…—(${'q'.repeat(20)}) LAC, “${'r'.repeat(25)}”`, 'LAC'],
  ];
  for (const [text, phrase] of cases) {
    const from = text.indexOf(phrase);
    expect(createIgnoreKey('rule', text, from, from + phrase.length)).toBe(
      definition('rule', text, from, from + phrase.length),
    );
  }
});
