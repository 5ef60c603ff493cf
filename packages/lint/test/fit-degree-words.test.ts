import { describe, expect, it } from 'vitest';
import { createLinter } from '@casenote/lint';
import { fixedWith } from './fixed-by.ts';

// fixes40 (issue 9, item 4): a degree said just before the flagged words, by the kinds the twenty-seventh reading
// sample (fix-reading-39.yml) read broken. The finding stays; the fix is mended so that it reads right. Invented
// sentences throughout.
const linter = createLinter();
const fixed = fixedWith(linter);

describe("a condition's degree before its name", () => {
  it('offers "her mild learning disability", not "her mild a learning disability"', () => {
    expect(
      fixed(
        'The report considered whether her mild mental retardation affected her care of the baby.',
        'mental-retardation-term',
      ),
    ).toEqual(['The report considered whether her mild learning disability affected her care of the baby.']);
  });

  it('keeps the article where no degree stands before ("a learning disability")', () => {
    expect(
      fixed('The report said the father has mental retardation and needs support.', 'mental-retardation-term'),
    ).toEqual(['The report said the father has a learning disability and needs support.']);
  });
});

describe('a degree word before the suggestion', () => {
  it('offers "quite distressed", not "quite very distressed"', () => {
    expect(fixed('Mia came back from the visit quite hysterical this evening.', 'hysterical')).toEqual([
      'Mia came back from the visit quite distressed this evening.',
    ]);
  });

  it('keeps "very" where "really" stands before ("really very distressed")', () => {
    expect(fixed('Mia came back from the visit really hysterical this evening.', 'hysterical')).toEqual([
      'Mia came back from the visit really very distressed this evening.',
    ]);
  });
});
