import { describe, expect, it } from 'vitest';
import { createLinter, type Diagnostic } from '@casenote/lint';
import { fixedWith } from './fixed-by.ts';

// Kinds a reader found broken on fresh sentences (test/corpus/fix-reading/fix-reading-33.yml), on invented sentences.
// The finding and its card stay; the same rule's fix is still offered where it reads right.
const linter = createLinter();
const fixed = fixedWith(linter);
const finding = (text: string, ruleId: string): Diagnostic | undefined =>
  linter.lint(text).find((found) => found.ruleId === ruleId);

describe('a fix does not turn who did what around', () => {
  it('keeps the man the abuser after "with whom"', () => {
    // not "the girl with whom he was sexually abused"
    expect(fixed('Kian, 15, said the man with whom he was having sex was 30.', 'child-having-sex')).toEqual([]);
  });

  it('does not make a child the one who grooms', () => {
    // not "a 14-year-old pupil grooms her tutor"
    expect(
      fixed('The article asked whether a 14-year-old pupil seduces her tutor.', 'seduce-family-child-described'),
    ).toEqual([]);
    expect(fixed('The tutor seduced the 14-year-old pupil after school.', 'seduce-family-child-described')).toEqual([
      'The tutor groomed the 14-year-old pupil after school.',
    ]);
  });

  it('keeps a view the sentence reports as dismissive', () => {
    // not "officers dismissed the boys as being exploited"
    expect(fixed('Officers dismissed the boys as complicit in their own abuse.', 'complicit')).toEqual([]);
  });

  it('does not say a child turned to exploitation', () => {
    expect(
      fixed('No girl should have to resort to prostitution to eat.', 'prostitution-state-child-described'),
    ).toEqual([]);
  });

  it('does not call a child a home', () => {
    // not "She was a foster home that we adopted."
    expect(fixed('She was a foster placement that we adopted later.', 'foster-placement')).toEqual([]);
  });
});

describe('a fix keeps the words after it in their sense', () => {
  it('does not say sex twice', () => {
    expect(fixed('The report said the girl was selling herself for sex in the park.', 'selling-sex')).toEqual([]);
  });

  it('does not put "in care" beside "not in care"', () => {
    expect(fixed('Amir is a looked-after child but is not in care.', 'looked-after-child')).toEqual([]);
  });

  it('leaves words that shared the flagged words after "or"', () => {
    // not "at risk of harm or to others", not "an assessment for extra help at school or plan"
    expect(fixed('Staff think you may be a risk to yourself or to others.', 'danger-to-self-child')).toEqual([]);
    expect(fixed('Ask if your son needs an EHC assessment or plan.', 'ehc-plan')).toEqual([]);
  });

  it('does not leave the "with" of "engaging with" behind', () => {
    // not "had not been taking up with the parenting course", "had not taken up the help offered with the course"
    expect(fixed('Mum had not been engaging with the parenting course.', 'not-been-engaging')).toEqual([]);
    expect(fixed('Dad disengaged with the parenting course.', 'non-engagement')).toEqual([]);
    expect(fixed('Dad stopped engaging with the parenting course.', 'stopped-engaging').length).toBeGreaterThan(0);
  });

  it('does not say a form’s quoted name again', () => {
    expect(fixed("Please fill in the 'Your Views' consultation documents.", 'consultation-form')).toEqual([]);
  });

  it('does not put a person before a noun', () => {
    expect(fixed('Help for Troubled Stepkids', 'troubled-child-label')).toEqual([]);
  });

  it('does not make a threshold document a level of need', () => {
    expect(fixed('Mum was sent a long threshold document on Monday.', 'threshold')).toEqual([]);
  });
});

describe('"moved" for a service stepped up or down', () => {
  it('only where a child, a family or their case or plan was', () => {
    // not "patrols by officers have been moved" (the lead's subject condition)
    expect(
      fixed('Since May, patrols by officers have been stepped up near the school.', 'stepped-down-passive'),
    ).toEqual([]);
    expect(fixed('The plan was stepped up to child protection.', 'stepped-down-passive')).toEqual([
      'The plan was moved to child protection.',
    ]);
  });
});

describe('an acronym in brackets', () => {
  it('is left when it is quoted as the name the document uses', () => {
    // not "a special guardianship order (‘the court order making …’)"
    expect(fixed('Gran asked to end the special guardianship order (‘SGO’) last year.', 'acronym-sgo')).toEqual([]);
  });

  it('is not the rule’s acronym when the words before it spell another term', () => {
    expect(finding('The Learning Agreement (LA) is signed by the student.', 'acronym-la')).toBeUndefined();
    expect(finding('The LA agreed to pay for the course.', 'acronym-la')).toBeDefined();
  });
});

describe('wording to consider', () => {
  it('where the sentence defines a category of care leaver', () => {
    const defined = finding('Relevant Young People are aged 16 or 17 and have left care.', 'relevant-child');
    expect(defined?.suggestions).toEqual([]);
    expect(defined?.consider).toEqual(['young person who was in care']);
    const used = finding('As a Relevant Young Person, Jo gets a personal adviser.', 'relevant-child');
    expect(used?.suggestions.length).toBeGreaterThan(0);
  });

  it('for "argumentative" and "bad parents", whose fixes read wrong on the samples', () => {
    expect(finding('Dad was argumentative at the meeting.', 'argumentative')?.consider).toEqual(['disagreed strongly']);
    expect(finding('Neighbours called them bad parents.', 'bad-parent')?.suggestions).toEqual([]);
  });
});
