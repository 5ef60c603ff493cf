import { describe, expect, it } from 'vitest';
import { createLinter, type Diagnostic } from '@casenote/lint';
import { fixedWith } from './fixed-by.ts';

// Kinds a reader found broken on fresh sentences (test/corpus/fix-reading/fix-reading-35.yml), on invented sentences,
// and the lead's rulings of the thirtieth session (the emergency placement's short wording, headings by layout).
// The finding and its card stay; the same rule's fix is still offered where it reads right.
const linter = createLinter();
const fixed = fixedWith(linter);
const finding = (text: string, ruleId: string): Diagnostic | undefined =>
  linter.lint(text).find((found) => found.ruleId === ruleId);

describe('a phrase is not put in a describing word’s slot', () => {
  it('after "more", before "and" after a possessive, or last in a list of describing words', () => {
    expect(fixed('Next to her brother, Amy can seem more needy at bedtime.', 'needy')).toEqual([]);
    expect(fixed('By his selfish and unkind remarks he upset the group.', 'selfish')).toEqual([]);
    expect(fixed('Toby was tired, cross, and defiant by the end of the day.', 'defiant')).toEqual([]);
    expect(finding('Toby was tired, cross, and defiant by the end of the day.', 'defiant')).toBeDefined();
  });

  it('before a word for people, or a verb group after a possessive', () => {
    // not "with putting their own needs first parents", "their had not taken up the help offered, bored pupils"
    expect(fixed('We worked with selfish parents for a year.', 'selfish')).toEqual([]);
    expect(fixed('She was a needy child at school.', 'needy')).toEqual([]);
    expect(fixed('Nobody predicted the success of their disengaged, bored pupils.', 'non-engagement')).toEqual([]);
  });

  it('does not leave an adverb with no describing word', () => {
    // not "His often behaviour led to exclusions."
    expect(fixed('His often difficult behaviour led to exclusions.', 'problem-behaviour-label')).toEqual([]);
  });
});

describe('a fix keeps what the words around it say', () => {
  it('does not leave "dependent on" before a new clause', () => {
    expect(fixed('With a dad who is an addict you have to grow up fast.', 'equality-addict')).toEqual([]);
  });

  it('keeps words quoted between a straight and a curly mark', () => {
    expect(
      fixed('The judge said: "Here the girl willingly participated in the sexual activity.\u201d', 'willingly-sexual'),
    ).toEqual([]);
  });

  it('keeps engaging in a behaviour apart from working with a service', () => {
    expect(fixed('He said he would not engage in such behaviour again.', 'did-not-engage')).toEqual([]);
  });

  it('does not reframe a word beside a word for violence', () => {
    expect(fixed('Violent and aggressive behaviour by teenagers at home is often hidden.', 'aggressive-child')).toEqual(
      [],
    );
  });

  it('does not make "uncooperative all day" a thing not agreed', () => {
    expect(fixed('Jordan had been uncooperative all day.', 'uncooperative')).toEqual([]);
  });

  it('does not make a placing that broke down, was an option or was a child a home', () => {
    expect(fixed('There had been a breakdown of three foster placements.', 'foster-placement')).toEqual([]);
    expect(fixed('The panel weighed each possible placement option for Ben.', 'placement')).toEqual([]);
    expect(fixed('Sam was our first placement, and a joy.', 'placement')).toEqual([]);
    expect(fixed('She came as an emergency placement and stayed a year.', 'emergency-placement')).toEqual([]);
  });

  it('does not stay "at" a foster family', () => {
    expect(fixed('I never stayed at a foster placement this long.', 'foster-placement')).toEqual([
      'I never stayed at a foster home this long.',
    ]);
  });

  it('drops "the" after "per"', () => {
    expect(fixed('Caseloads per IRO had gone up this year.', 'acronym-iro')).toEqual([
      'Caseloads per independent reviewing officer had gone up this year.',
    ]);
  });

  it('reads "troubled" before an age as a describing word', () => {
    expect(fixed('Help came late for a troubled 15-year-old boy.', 'troubled-aged-child')).toEqual([
      'Help came late for a struggling 15-year-old boy.',
    ]);
  });
});

describe("the lead's rulings of the thirtieth session", () => {
  it('offers the short wording for an emergency placement', () => {
    expect(fixed('The boy was in an emergency placement where he was settled.', 'emergency-placement')).toEqual([
      'The boy was in a short-notice home where he was settled.',
    ]);
  });

  it('holds a fix back in a heading only where the layout says it is one', () => {
    // a line of its own in title case: held back
    expect(fixed('Notes\n3.1 Working with Uncooperative Families\nWe met the family.', 'uncooperative')).toEqual([]);
    // the same words in running text, after a full stop on the same line: offered
    expect(fixed('We met. 3.1 Working with Uncooperative Families', 'uncooperative')).not.toEqual([]);
    // a label that opens a line: held back; one that follows a sentence on its line: offered
    expect(fixed('Notes\nLAC review: next week.', 'acronym-lac-review')).toEqual([]);
    expect(fixed('We spoke. LAC review: next week.', 'acronym-lac-review')).not.toEqual([]);
  });
});
