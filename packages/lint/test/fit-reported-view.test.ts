import { describe, expect, it } from 'vitest';
import { createLinter } from '@casenote/lint';
import { fixedWith } from './fixed-by.ts';

// Someone else's view reported (fixes37; test/corpus/fix-reading/fix-reading-36.yml and the quoted-term kind pooled
// over the earlier samples): a reframing fix inside a view the sentence gives as another person's would change what
// they said or thought. The finding and its card stay; the one-click fix is held back there, and still offered where
// the words are the writer's own.
const linter = createLinter();
const fixed = fixedWith(linter);

describe("a label in someone else's view keeps its words", () => {
  it('offers no gentler word for a view held "by" someone: "regarded by the school as disruptive pupils"', () => {
    expect(fixed('The twins were regarded by the school as disruptive pupils.', 'disruptive-child')).toEqual([]);
  });

  it('offers none for a reputation: "a reputation as a difficult young person"', () => {
    expect(fixed('By fifteen Callum had a reputation as a difficult young person.', 'difficult-child')).toEqual([]);
  });

  it('offers none for a label someone else gave the writer: "The teacher said I was an unruly pupil"', () => {
    expect(fixed('The teacher said I was an unruly pupil in her class.', 'character-labels')).toEqual([]);
  });

  it('offers none for what people in general say: "They say the children round here are unruly"', () => {
    expect(fixed('They say the children round here are unruly.', 'character-labels')).toEqual([]);
  });

  it('offers none for a name someone was called: "branded a bad lad"', () => {
    expect(fixed('At twelve he was branded a bad lad by the neighbours.', 'labelled-as-naughty')).toEqual([]);
  });

  it('offers none inside a verdict after a colon', () => {
    expect(fixed('Then came the verdict: Mia would only grow more unmanageable.', 'character-labels')).toEqual([]);
  });

  it('offers none inside a call to "crack down on" people', () => {
    expect(
      fixed('The minister promised to crack down on disruptive pupils in every school.', 'disruptive-child'),
    ).toEqual([]);
  });

  it('offers none in a sentence that ends by saying it was claimed', () => {
    expect(
      fixed('Lax parents are to blame for a rise in disruptive pupils, heads have claimed.', 'disruptive-child'),
    ).toEqual([]);
  });
});

describe("a label inside a named person's report keeps its words (fixes40b)", () => {
  it('offers no gentler word after a named person "said": "Trish said … because of disruptive behaviour"', () => {
    expect(
      fixed('Trish said Kaitlyn had been sent home twice because of disruptive behaviour.', 'disruptive-child'),
    ).toEqual([]);
  });

  it('offers none after a title and a name with a role between commas: "Frank Field MP, the author, said"', () => {
    expect(
      fixed(
        "Frank Field MP, the Bill's author, said anti-social families simply move estate.",
        'family-verdict-adjectives',
      ),
    ).toEqual([]);
  });

  it('offers none after a relative who "does not accept that": "His mother does not accept that … a gang member"', () => {
    expect(fixed('His mother does not accept that her son was a gang member.', 'gang-member')).toEqual([]);
  });

  it('offers none where a title and a name give the report after it: ", said Mr Reid." and ", Dr Patel said." (fixes41b)', () => {
    expect(
      fixed('Parenting classes cut offending by the most unruly under-10s, said Mr Reid.', 'character-labels'),
    ).toEqual([]);
    expect(
      fixed('Parenting classes cut offending by the most unruly under-10s, Dr Patel said.', 'character-labels'),
    ).toEqual([]);
  });
});

describe("the same words in the writer's own account keep their fix", () => {
  it('offers it where the one who said it is not named: "She said" and "Staff said"', () => {
    expect(
      fixed('She said Kaitlyn had been sent home because of disruptive behaviour.', 'disruptive-child'),
    ).not.toEqual([]);
    expect(
      fixed('Staff said Kaitlyn had been sent home because of disruptive behaviour.', 'disruptive-child'),
    ).not.toEqual([]);
  });

  it("offers it for an account of what happened in a named officer's report (not a label)", () => {
    expect(
      fixed(
        "Det Sgt Ann Hale said the girl's parents found out she had sex with the accused last April, when she was 15 and he was 19.",
        'child-had-sex-with',
      ),
    ).not.toEqual([]);
  });

  it('offers it for the process\'s "the alleged victim" in counsel\'s words (an account, not a label)', () => {
    expect(
      fixed(
        'Tania Griffiths, defending, said the alleged victim, then 14, had changed her account of the abuse.',
        'alleged-abuse',
      ),
    ).toEqual(['Tania Griffiths, defending, said the reported victim, then 14, had changed her account of the abuse.']);
  });

  it('offers it where a bare surname or nobody named gives the report after it: ", Morales said." and ", she said."', () => {
    expect(
      fixed('Parenting classes cut offending by the most unruly under-10s, Morales said.', 'character-labels'),
    ).not.toEqual([]);
    expect(
      fixed('Parenting classes cut offending by the most unruly under-10s, she said.', 'character-labels'),
    ).not.toEqual([]);
  });

  it('offers it where the writer says so', () => {
    expect(fixed('The twins were disruptive pupils last term.', 'disruptive-child')).not.toEqual([]);
    expect(fixed('I think the children round here are unruly.', 'character-labels')).not.toEqual([]);
  });

  it('offers it for a label the writer reports with "labelled as" (read right on the samples)', () => {
    expect(fixed('She was labelled as a troublemaker by staff on her first day.', 'troublemaker')).not.toEqual([]);
  });
});
