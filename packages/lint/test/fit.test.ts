import { describe, expect, it } from 'vitest';
import { createLinter, explain, type Diagnostic } from '@casenote/lint';
import { getRuleDetails } from '@casenote/rules/details';
import { fixedWith } from './fixed-by.ts';

const linter = createLinter({ analysis: false });

const fixed = fixedWith(linter);

describe('one-click fixes fitted to their sentence', () => {
  it('carry the tense and the auxiliary over, and take the auxiliary into the fix', () => {
    // not "… is being placed at risk by others by going out", which reads as the others going out (fix-reading-27.yml)
    expect(fixed('Staff are worried Amber is putting herself at risk by going out.', 'put-self-at-risk')).toEqual([
      'Staff are worried Amber is at risk by going out.',
    ]);
    const diagnostic = linter.lint('Amber is putting herself at risk.')[0] as Diagnostic;
    expect(diagnostic.actual).toBe('is putting herself at risk');
    expect(diagnostic.suggestions).toEqual(['is at risk', 'is being placed at risk by others']);
    expect(fixed('He has put himself in risky situations.', 'put-self-at-risk')).toEqual([
      'He has been at risk.',
      'He has been placed at risk by others.',
    ]);
    expect(fixed('Ellie-Mae puts herself in danger most weekends.', 'put-self-at-risk')[0]).toBe(
      'Ellie-Mae is at risk most weekends.',
    );
  });

  it('put a negated suggestion in the right tense in place of "be" ("was uncooperative" → "did not agree")', () => {
    expect(fixed('Dad was uncooperative during the visit.', 'uncooperative')).toEqual([
      'Dad did not agree during the visit.',
    ]);
    expect(fixed('Mum has been uncooperative with the health visitor.', 'uncooperative')).toEqual([
      'Mum has not agreed with the health visitor.',
    ]);
    expect(fixed('Chloe has absconded three times this month.', 'abscond')).toContain(
      'Chloe has gone missing three times this month.',
    );
  });

  it('agree a/an with the new first word and never double a determiner', () => {
    expect(fixed('He was given an ASBO last year.', 'acronym-asbo')).toEqual([
      'He was given a court order banning certain behaviour last year.',
    ]);
    expect(fixed('You met the IRO, who chaired the review, and the care plan was agreed.', 'care-plan')).toEqual([
      'You met the IRO, who chaired the review, and the plan was agreed.',
      'You met the IRO, who chaired the review, and the plan for your future was agreed.',
    ]);
    expect(fixed('The LA will pay for the driving lessons.', 'acronym-la')[0]).toBe(
      'The council will pay for the driving lessons.',
    );
    expect(fixed('An S47 enquiry was started today.', 'acronym-s47')).toEqual([
      'A child protection enquiry was started today.',
    ]);
  });

  it('take in a word the fix would leave hanging ("presented as" → "seemed")', () => {
    expect(fixed('Kai presented as aggressive in class.', 'presenting-as')).toEqual([
      'Kai seemed aggressive in class.',
      'Kai looked aggressive in class.',
    ]);
  });

  it('bring a pronoun’s verb along ("YP was seen" → "You were seen")', () => {
    const text = 'I am writing this for you. YP was seen alone in the bedroom.';
    expect(fixed(text, 'acronym-yp')[0]).toBe('I am writing this for you. You were seen alone in the bedroom.');
  });

  it('keep the capital at the start of a sentence', () => {
    expect(fixed('LA staff visited.', 'acronym-la')[0]).toMatch(/^[A-Z]/);
    expect(fixed('An ICPC will be held within 15 days.', 'acronym-icpc')[0]).toMatch(/^A first /);
  });

  it('give no capital to a fix for words that open with an acronym mid-sentence ("the PLO meeting")', () => {
    expect(fixed('The PLO meeting is booked for Monday.', 'pre-proceedings-meeting')).toEqual([
      'The meeting before any court case is booked for Monday.',
    ]);
    expect(fixed('PLO meeting was held on Monday.', 'pre-proceedings-meeting')[0]).toMatch(/^Meeting /);
  });

  it('agree the fix with a plural or first-person "be" the flagged words start with ("They do not", not "They does")', () => {
    expect(fixed('They are not compliant.', 'non-compliant')).toEqual(['They do not follow the plan.']);
    expect(fixed('I am not compliant with it.', 'non-compliant-with')).toEqual(['I do not follow it.']);
    expect(fixed('I was non-compliant with it.', 'non-compliant-with')).toEqual(['I did not follow it.']);
  });

  it('let a verb take the object the flagged words leave behind ("non-compliant with the plan")', () => {
    expect(fixed('Mum was non-compliant with the safety plan.', 'non-compliant-with')).toEqual([
      'Mum did not follow the safety plan.',
    ]);
    expect(fixed('Mum has been non-compliant with the safety plan.', 'non-compliant-with')).toEqual([
      'Mum has not followed the safety plan.',
    ]);
    expect(linter.lint('Mum was non-compliant.').map((found) => found.ruleId)).toEqual(['non-compliant']);
  });

  it('replace "challenging behaviour" with a noun phrase, never a verb group or "distressing"', () => {
    expect(fixed('He shows challenging behaviour at school.', 'challenging-behaviour')).toEqual([
      'He shows distressed behaviour at school.',
    ]);
    expect(fixed('His challenging behaviour was discussed.', 'challenging-behaviour')).toEqual([
      'His distressed behaviour was discussed.',
    ]);
    expect(fixed('He is a challenging boy.', 'challenging-child')).toEqual(['He is a struggling boy.']);
  });

  it('say who was told, with no "to" left over ("disclosed to staff" → "told staff")', () => {
    expect(fixed('I visited you today. She disclosed to staff that she was scared.', 'disclosure-to')).toEqual([
      'I visited you today. She told staff that she was scared.',
    ]);
    expect(fixed('I visited you today. Ruby disclosed that she had been hurt.', 'disclosure')).toEqual([
      'I visited you today. Ruby told me that she had been hurt.',
    ]);
    expect(fixed('Her disclosure of abuse was recorded.', 'disclosure-noun')).toEqual([
      'Her account of abuse was recorded.',
    ]);
  });

  it('offer no button where no fit reads correctly, and still explain', () => {
    const diagnostic = linter
      .lint('Mum said she gives as good as she gets.')
      .find((found) => found.ruleId === 'mutual-violence');
    expect(diagnostic?.suggestions).toEqual([]);
    expect(explain(diagnostic as Diagnostic, getRuleDetails())?.length).toBeGreaterThan(20);
  });

  it('offer a "hard to place" fix that reads correctly wherever the words stand, or none', () => {
    expect(fixed('Jade is difficult to place because of her needs.', 'difficult-to-place')).toEqual([
      'Jade is waiting for the right home because of her needs.',
    ]);
    expect(fixed('She is a difficult to place child.', 'difficult-to-place-child')).toEqual([
      'She is a child waiting for the right home.',
    ]);
    expect(fixed('The difficult-to-place children wait longest.', 'difficult-to-place-children')).toEqual([
      'The children waiting for the right home wait longest.',
    ]);
    // never "described as being waiting…" or "a waiting for the right home teenager"
    expect(fixed('Kayla has been described as hard to place.', 'difficult-to-place')).toEqual([]);
    expect(fixed('She is a hard to place teenager.', 'difficult-to-place')).toEqual([]);
  });

  it('never put a verb’s “-ing” after “very” ("very disrespectful" → "very upset", not "very struggling")', () => {
    expect(fixed('She was very disrespectful.', 'character-labels')).toEqual(['She was very upset.']);
  });
});
