import { describe, expect, it } from 'vitest';
import { createLinter } from '@casenote/lint';
import { fixedWith } from './fixed-by.ts';

// Kinds a reader found broken on fresh sentences (test/corpus/fix-reading/fix-reading-20.yml): the finding and
// its card stay; a fix that reads wrong there is not offered, and the same fix is still offered where it reads right.
const linter = createLinter();
const fixed = fixedWith(linter);

describe('a gentler word is not offered under "not"', () => {
  it('leaves "not bad kids" as it is: "not struggling kids" says the opposite (the denial is not flagged at all)', () => {
    for (const text of [
      "I know a few of them to say hello to and they're not bad kids.",
      'Let us state that these are not bad kids.',
    ])
      expect(linter.lint(text).filter((found) => found.ruleId === 'labelled-as-naughty')).toEqual([]);
  });

  it('still offers it where the writer calls them so', () => {
    expect(fixed('There are a few bad kids on the estate.', 'labelled-as-naughty')).toContain(
      'There are a few struggling kids on the estate.',
    );
  });
});

describe("someone's reported account of consent keeps its words", () => {
  it('offers no "coerced" for what the victim told the police', () => {
    expect(
      fixed('The victim told the police she had consented to the intercourse at the time.', 'consented-in-any-form'),
    ).toEqual([]);
  });

  it("still offers it in the writer's own account", () => {
    expect(fixed('She had consented to the intercourse at the time.', 'consented-in-any-form')).not.toEqual([]);
  });
});

describe('no fix makes a "them" that takes in the abuser the one abused', () => {
  it('offers nothing for "the two of them having sex"', () => {
    expect(
      fixed('He had videoed the two of them having sex when she was 13.', 'child-having-sex').filter((fix) =>
        fix.includes('them being sexually abused'),
      ),
    ).toEqual([]);
  });
});

describe('an acronym the sentence spells out beside its noun keeps its letters', () => {
  it('offers no gloss for "a LAC (Looked After Child) review"', () => {
    expect(
      fixed('A child in care will have a LAC (Looked After Child) review every few months.', 'acronym-lac'),
    ).toEqual([]);
  });

  it('offers no gloss for "an EBD school (school for emotionally and behaviourally disturbed children)"', () => {
    const text =
      'He went to an EBD school (school for emotionally and behaviourally disturbed children) until he was 14.';
    expect(fixed(text, 'acronym-besd')).toEqual([]);
    expect(fixed('He went to an EBD school until he was 14.', 'acronym-besd')).not.toEqual([]);
  });

  it('still glosses an acronym whose bracket ends the phrase', () => {
    expect(fixed('We discussed the PLO (Public Law Outline) today.', 'acronym-plo')).not.toEqual([]);
  });
});

describe('a fix keeps the noun that describing words before "and" share', () => {
  it('offers no fix that drops "behaviour" from "risky, promiscuous and self-destructive behaviour"', () => {
    expect(
      fixed(
        'She got involved in risky, promiscuous and self-destructive behaviour which worried her social worker.',
        'child-risky-behaviour',
      ),
    ).toEqual([]);
  });
});

describe('a verb group does not describe a noun', () => {
  it('offers no "had a learning disability" before "children"', () => {
    expect(
      fixed('He shot his two adult, mentally retarded children.', 'offensive-disability-terms').filter((fix) =>
        fix.includes('had a learning disability children'),
      ),
    ).toEqual([]);
  });
});

describe('a count of people is not given a word for an act', () => {
  it('offers "children who are being sexually exploited" for "5,000 child prostitutes", not "sexual exploitation"', () => {
    expect(fixed('There are 5,000 child prostitutes in the UK.', 'child-prostitute')).toEqual([
      'There are 5,000 children who are being sexually exploited in the UK.',
    ]);
  });

  it('makes the gloss plural for "Out of Court Disposals"', () => {
    expect(
      fixed('We continue with Court Orders, Out of Court Disposals and Prevention work.', 'out-of-court-disposal'),
    ).toEqual([
      'We continue with Court Orders, ways of dealing with an offence without going to court and Prevention work.',
    ]);
  });
});

describe('a suggestion that ends in "decides" is never offered', () => {
  it('leaves "a Fostering Panel" at the end of a sentence alone', () => {
    // (precision34: a council's duty to have a panel is the body, not a meeting about a child, and is not flagged)
    expect(fixed('The plan went to the Fostering Panel.', 'adoption-panels')).toEqual([]);
  });
});
