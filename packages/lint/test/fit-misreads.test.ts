import { describe, expect, it } from 'vitest';
import { createLinter } from '@casenote/lint';
import { fixedWith } from './fixed-by.ts';

// Kinds a reader found broken on fresh sentences (test/corpus/fix-reading/fix-reading-26.yml): the finding and
// its card stay; a fix that reads wrong there is not offered, and the same rule's fix is still offered where it reads right.
const linter = createLinter();
const fixed = fixedWith(linter);

describe('a fix keeps the kind of thing the flagged words name', () => {
  it('offers no person for a practice, nor a practice for a person', () => {
    expect(fixed('Her parents were arrested for inciting child prostitution.', 'child-prostitute')).toEqual([
      'Her parents were arrested for inciting sexual exploitation of a child.',
    ]);
    const text =
      'Undercover officers recently launched an operation to directly engage with young prostitutes and offer them counselling assistance.';
    expect(fixed(text, 'child-prostitute')).toEqual([
      'Undercover officers recently launched an operation to directly engage with children who are being sexually exploited and offer them counselling assistance.',
    ]);
  });

  it('offers no "seemed homeless" for "presented as homeless", and still "seemed anxious"', () => {
    expect(
      fixed('Children aged 16 and 17 who presented as homeless were not made aware of their rights.', 'presenting-as'),
    ).toEqual([]);
    expect(fixed('The mother presented as anxious.', 'presenting-as')).toContain('The mother seemed anxious.');
  });

  it('offers no wording that says the opposite of "high functioning"', () => {
    expect(
      fixed('Your autistic child is high functioning, and you question whether you can complain.', 'low-functioning'),
    ).toEqual([]);
  });
});

describe('a fix fits the slot beside the flagged words', () => {
  it('offers no past after "convicted of" where the words were "having sex with"', () => {
    expect(
      fixed(
        'The High Court ruled in favor of a man convicted of having sex with a girl who was underage.',
        'had-sex-with-the-child',
      ),
    ).toEqual([]);
    expect(fixed('Ex-England star gets 12 months for seducing girl, 15', 'seduce-family-child-described')).toEqual([
      'Ex-England star gets 12 months for grooming girl, 15',
    ]);
  });

  it('offers no noun after "began to", and no mass noun after "many"', () => {
    expect(
      fixed(
        'Defendant testified that her husband began to quarrel with her in the bedroom and slapped her.',
        'quarrel-beside-partner-violence',
      ),
    ).toEqual([]);
    expect(
      fixed(
        'The atmosphere was very tense and her parents began to have many violent rows.',
        'quarrel-beside-partner-violence',
      ),
    ).toEqual(['The atmosphere was very tense and her parents began to have many violent abusive incidents.']);
  });

  it('offers no "the" after "full" or "shared"', () => {
    expect(fixed('So, their mum retains full PR under section 20.', 'acronym-pr')).toEqual([]);
  });

  it('offers no two people before a singular verb', () => {
    expect(
      fixed(
        'The court acquitted a 19-year-old man booked for sexually abusing a 16-year-old on the grounds that the duo was in a relationship.',
        'pair-told-of-child-and-adult',
      ),
    ).toEqual([]);
  });

  it('leaves no describing word before "and" without its noun', () => {
    expect(
      fixed(
        'One area that has been ignored has been the effects of resistant and uncooperative parents.',
        'parent-deficit-label',
      ),
    ).toEqual([]);
  });
});

describe('a name or a term keeps its words', () => {
  it("keeps capitals before a document's or a post's name, and still glosses them alone", () => {
    expect(fixed('This is the PLO Letter.', 'acronym-plo')).toEqual([]);
    expect(fixed('In more complex cases, the PLO Court Manager will chair the meeting.', 'acronym-plo')).toEqual([]);
    expect(fixed('Your family is now in the PLO.', 'acronym-plo')).toContain(
      'Your family is now in the pre-court process.',
    );
  });

  it('keeps a term the sentence asks the meaning of', () => {
    expect(
      fixed('Social services are asking for an Interim Supervision Order, what does this mean?', 'supervision-order'),
    ).toEqual([]);
  });

  it('keeps a term another name follows after a dash ("also sometimes referred to as")', () => {
    expect(
      fixed(
        'Engaging with difficult-to-engage parents – also sometimes referred to as hard-to-reach parents – can be challenging.',
        'difficult-to-engage',
      ),
    ).toEqual([]);
  });
});
