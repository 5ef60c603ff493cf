import { describe, expect, it } from 'vitest';
import { createLinter } from '@casenote/lint';

// vbdef37 (issue 9; readings36's question 3, ruled a code round): a child's "boyfriend" whose age the note gives in the
// next sentence of the same paragraph ("… her new boyfriend. He is 25.") is read as an adult described, as "her boyfriend
// is 25" in one sentence already was. Invented sentences throughout.

const linter = createLinter({ analysis: false });
const boyfriend = (note: string) =>
  linter
    .lint(note)
    .filter((found) => found.ruleId === 'child-adult-boyfriend')
    .map((found) => found.severity);

describe("a child's boyfriend whose adult age is given in the next sentence", () => {
  it('is a warning when the next sentence opens "He is 25" or "He was just 19"', () => {
    expect(boyfriend('Mia (14) says she has a new boyfriend. He is 25.')).toEqual(['warning']);
    expect(boyfriend('Mia (14) told me about her boyfriend. He was just 19 when they met.')).toEqual(['warning']);
  });

  it('is a warning when a girlfriend is said to be an adult by "She is 22"', () => {
    expect(boyfriend('Leo (15) says his girlfriend picks him up from school. She is 22.')).toEqual(['warning']);
  });

  it('gives nothing when the next sentence says he is a child too', () => {
    expect(boyfriend('Mia (14) says she has a new boyfriend. He is 15 and goes to her school.')).toEqual([]);
  });

  it('still only asks when the next sentence gives someone else’s age, or the age is in the next paragraph', () => {
    expect(boyfriend('Mia (14) says she has a new boyfriend. Her mum is 34.')).toEqual(['hint']);
    expect(boyfriend('Mia (14) says she has a new boyfriend.\n\nHe is 25.')).toEqual(['hint']);
  });
});
