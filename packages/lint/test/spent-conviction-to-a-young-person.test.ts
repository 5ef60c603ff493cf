import { describe, expect, it } from 'vitest';
import { createLinter } from '@casenote/lint';

// jargon41: a conviction "spent" is the law's word, unknown to a young person reading about their own order; plain in
// writing for employers and professionals.
const linter = createLinter();
const spent = (text: string): string[] =>
  linter
    .lint(text)
    .filter((found) => found.ruleId === 'spent-conviction')
    .map((found) => text.slice(found.from, found.to));

describe('a spent conviction written to a young person', () => {
  it('flags the word where the page speaks to the young person', () => {
    expect(
      spent('If compensation has been ordered by the court, your conviction may not be spent for two years.'),
    ).toEqual(['spent']);
  });

  it('leaves it plain in writing for employers', () => {
    expect(spent('Employers may not ask about a spent conviction for most roles.')).toEqual([]);
  });
});
