import { describe, expect, it } from 'vitest';
import { createLinter } from '@casenote/lint';

// The note analysis offers a sentence rewritten to the child ("Jade is" → "You are") only when the
// rewrite is certain to read right (test/corpus/fix-reading/fix-reading-14.yml): otherwise the hint
// stays and the writer words it. A rewrite is offered at all only where the note speaks to the child
// (fix-reading-16.yml), so each sentence here is read in a note that goes on to say "you" to them.
const linter = createLinter();
const toTheChild = ' You told me you like it.';

const rewrites = (text: string): string[] =>
  linter
    .lint(text + toTheChild)
    .filter((diagnostic) => diagnostic.ruleId === 'about-child-sentence' && diagnostic.to <= text.length)
    .flatMap((diagnostic) =>
      diagnostic.suggestions.map((s) => text.slice(0, diagnostic.from) + s + text.slice(diagnostic.to)),
    );

describe('a to-child rewrite is withheld where it is not certain', () => {
  it.each([
    // a "name" before a noun, or inside a title, is not a person
    'A previously unpublished YouGov survey found that only 5 per cent of parents expected it.',
    'The local authority Integration team is usually involved in any managed move.',
    'The Head of Transformation submitted a report to the board.',
    // an aside between the child and their verb
    'Lara, aged 12, is living with foster carers.',
    // a second verb the rewrite would leave in the third person
    'Josef does the shopping and collects prescriptions.',
    // a "their" left for the same child
    "The letter gives information on the child's life from their birth up to now.",
    // children among others, or two words for children in one sentence
    'Last year, a number of older children were stopping at the shop on the way to school.',
    'Particularly for those children who are seldom heard from.',
    'One of the children I work with is a teenager with an eating problem.',
    // a child introduced to the reader, or the writer's own, is not someone the note speaks to
    'Last Friday I visited a young boy who had been placed for adoption.',
    "My son's primary school weren't very helpful.",
    'We have received a letter threatening us with court if we don’t return our daughter to school.',
    // the child after a preposition, with another subject's verb straight after
    'The murder of Carol was shocking to all in the professional community.',
  ])('%s', (text) => {
    expect(rewrites(text)).toEqual([]);
  });

  it('still rewrites a sentence plainly about the child', () => {
    expect(rewrites('Josef is doing a foundation art course at college.')).toEqual([
      'You are doing a foundation art course at college.',
    ]);
    expect(rewrites("GK is the children's maternal grandmother.")).toEqual(['GK is your maternal grandmother.']);
  });
});

describe('the wording to consider for a professional writing of themself takes the case of the words it replaces', () => {
  const selfFixes = (text: string): string[] =>
    linter
      .lint(text)
      .filter((diagnostic) => diagnostic.ruleId === 'professional-self-reference')
      .flatMap((diagnostic) =>
        (diagnostic.consider ?? []).map((s) => text.slice(0, diagnostic.from) + s + text.slice(diagnostic.to)),
      );

  it('gives "my" for a possessive and "I" for a subject after "that"', () => {
    expect(selfFixes("Mum will get a copy of the social worker's report before the conference.")).toEqual([
      'Mum will get a copy of my report before the conference.',
    ]);
    expect(selfFixes('The solicitor requested that the social worker send a taxi for the parents.')).toEqual([
      'The solicitor requested that I send a taxi for the parents.',
    ]);
  });
});
