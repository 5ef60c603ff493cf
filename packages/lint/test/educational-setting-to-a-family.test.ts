import { describe, expect, it } from 'vitest';
import { createLinter } from '@casenote/lint';

// jargon41, the lead's answer 2 to jargon40: "(educational) setting" for a school or nursery is the services' word, which
// a family would not use; flagged where the note is written to the family, plain in writing for professionals, and
// plain beside a bracket that says what it means.
const linter = createLinter();
const settings = (text: string): string[] =>
  linter
    .lint(text)
    .filter((found) => found.ruleId === 'educational-setting')
    .map((found) => text.slice(found.from, found.to));

describe('"educational setting" written to a family', () => {
  it('flags the word in a letter to a parent', () => {
    expect(
      settings(
        'Dear Ms Patel, your son’s review will be held at his educational setting. Please bring your child’s views.',
      ),
    ).toEqual(['educational setting']);
    expect(
      settings('Dear Ms Patel, you can visit any new school or setting before you choose. Please bring your child.'),
    ).toEqual(['setting']);
  });

  it('leaves it plain in writing for professionals', () => {
    expect(settings('PEP meetings usually take place every term in the educational setting.')).toEqual([]);
  });

  it('leaves it plain beside a bracket that says what it means', () => {
    expect(
      settings(
        'Dear Ms Patel, the review is held in an educational setting (for example, your child’s school or college). Please bring your child.',
      ),
    ).toEqual([]);
  });
});
