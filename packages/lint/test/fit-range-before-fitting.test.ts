// A finding whose suggestions cannot take in a word beside its flagged words gets its range before
// any suggestion is fitted (`fitsStayInside`, offer.ts): the fits are worked out only when the
// suggestions are first read. Whoever reads them, the underline must be where fitting would put it.
import { resolveHits, tokenize } from '@casenote/rules';
import { describe, expect, it } from 'vitest';
import { generateNote } from '../../../test/bench/generate-note.ts';
import { compileRules } from '../src/compile-rules.ts';
import { fitsStayInside } from '../src/fit/fit-suggestion.ts';
import { fitEach, rangeOf, ruleLemmas } from '../src/fit/index.ts';

const compiled = compileRules();
const invented = [
  'Mum said she was putting herself at risk by going out with older boys.',
  'He is a looked after child and has been LAC since 2019.',
  'The child was non-compliant with the plan and presented as anxious.',
  'She is an LAC and her contact with dad was supervised.',
  'They are unwilling to engage and were not brought to the appointment.',
];

/** Every finding in `text` that fits would leave on its words, but that reading said otherwise. */
function wronglyInside(text: string): string[] {
  const wrong: string[] = [];
  for (const sentence of text.split(/(?<=[.!?])\s+|\n+/)) {
    const tokens = tokenize(sentence);
    for (const hit of resolveHits(compiled.matcher.match(tokens))) {
      const active = compiled.active[hit.rule];
      if (!active) continue;
      const { rule } = active;
      const context = {
        text: sentence,
        tokens,
        start: hit.start,
        end: hit.end,
        ruleLemmas: ruleLemmas(rule),
        category: rule.category,
      };
      if (!fitsStayInside(context, rule.suggestions)) continue;
      const from = (tokens[hit.start] as { start: number }).start;
      const to = (tokens[hit.end - 1] as { end: number }).end;
      const fitted = rangeOf(sentence, fitEach(context, rule.suggestions), from, to);
      const words = rangeOf(sentence, [], from, to);
      if (fitted?.from !== words?.from || fitted?.to !== words?.to) wrong.push(`${rule.id}: ${sentence}`);
    }
  }
  return wrong;
}

describe('a finding whose range is known before its suggestions are fitted', () => {
  it('is underlined where fitting its suggestions would underline it, in invented sentences', () => {
    expect(invented.flatMap(wronglyInside)).toEqual([]);
  });

  it('is underlined where fitting its suggestions would underline it, in generated notes', () => {
    expect([generateNote(3000), generateNote(3000, 11)].flatMap(wronglyInside)).toEqual([]);
  });
});
