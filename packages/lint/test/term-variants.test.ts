import { describe, expect, it } from 'vitest';
import { createLinter } from '@casenote/lint';
import { fixedWith, jargonFoundWith } from './fixed-by.ts';

// The variants real records write of a term a rule already has (jargon26's section of test/corpus/real/README.md):
// an acronym's plural, a possessive after initials with full stops, and the acronym in brackets inside the term;
// a status said of what is the child's, "a looked after child's care" (jargon28's section).
const linter = createLinter();
const fixed = fixedWith(linter);
const found = jargonFoundWith(linter);

describe('a term is found however a record writes it', () => {
  it('finds an acronym with a plural "s" and offers the plural fix', () => {
    expect(found('Both CINs were closed last month.')).toEqual(['acronym-cin CINs']);
    expect(fixed('Both CINs were closed last month.', 'acronym-cin')).toEqual([
      'Both children in need were closed last month.',
    ]);
  });

  it('finds initials with full stops before a possessive, and the fix keeps the "\'s"', () => {
    expect(found("We read the I.R.O.'s report with Leo.")).toEqual(['acronym-iro I.R.O.']);
    expect(fixed("We read the I.R.O.'s report with Leo.", 'acronym-iro')).toEqual([
      "We read the independent reviewing officer's report with Leo.",
    ]);
  });

  it('reads "child protection (CP) plan" as the plan, with the initials inside its underline', () => {
    expect(found('Maya has had a child protection (CP) plan since June.')).toEqual([
      'child-protection-plan child protection (CP) plan',
    ]);
    expect(found('Her Looked After Child (LAC) review was held at school.')).toContain(
      'looked-after-review Looked After Child (LAC) review',
    );
    // the review's name with "Children", which the initials no longer stand in for
    expect(found("Maya's Looked After Children (LAC) Review is next week.")).toContain(
      'looked-after-review Looked After Children (LAC) Review',
    );
  });

  it('leaves the bracketed acronym a word when no term goes on after it', () => {
    expect(found('A Team Around the Child (TAC) is a way of working.')).toContain('acronym-tac TAC');
    // brackets that hold a name, not the words' initials, change nothing
    expect(found("Maya's mum (Jo) came to the meeting with her.")).toEqual([]);
  });

  it('reads a kind of harm inside the legal test as the test, and keeps the kind in the fix', () => {
    expect(found('There is a risk of significant emotional harm to Leo.')).toEqual([
      'significant-harm significant emotional harm',
    ]);
    expect(fixed('There is a risk of significant emotional harm to Leo.', 'significant-harm')).toEqual([
      'There is a risk of serious emotional harm to Leo.',
    ]);
    expect(found('Leo is likely to suffer significant physical harm.')).toEqual([
      'significant-harm significant physical harm',
    ]);
  });

  it("reads an inner word only before the term's last word, one at most, and in service terms only", () => {
    expect(found('There is a risk of emotional significant harm to Leo.')).toEqual([]);
    expect(found('There is a risk of significant physical and emotional harm to Leo.')).toEqual([]);
    // victim-blaming and deficit wording is read as written: "risky sexual activity" is not "risky activity"
    const language = createLinter({ analysis: false })
      .lint('We talked about risky sexual activity at school.')
      .map((diagnostic) => diagnostic.ruleId);
    expect(language).toEqual([]);
  });

  it('finds a child\'s status before a possessive, underlines the words without the "\'s", and offers no fix', () => {
    const text = 'The Looked after Children’s health team will see Leo in school.';
    expect(found(text)).toEqual(['looked-after-child Looked after Children']);
    const [finding] = linter.lint(text).filter((diagnostic) => diagnostic.ruleId === 'looked-after-child');
    // the "'s" stays the writer's: a fix would have to say it too, so the wording is shown to consider
    expect(finding?.suggestions).toEqual([]);
    expect(finding?.consider).toEqual(['child in care', 'children in care']);
    expect(found("We will not look into the council's decisions on a looked after child's care.")).toEqual([
      'looked-after-child looked after child',
    ]);
  });

  it("reads a possessive only on a word for the child, not on a panel's or a role's name", () => {
    // practitioners write of a body or a post in its own sense ("the adoption panel's recommendation")
    expect(found("The adoption panel's recommendation came in June.")).toEqual([]);
    expect(found("The Independent Visitor's role is to be a friend to Leo.")).toEqual([]);
    // a possessive inside a term is the rule's own word, read as before
    expect(found("The children's guardian met Maya at school.")).toEqual(["childrens-guardian children's guardian"]);
  });
});
