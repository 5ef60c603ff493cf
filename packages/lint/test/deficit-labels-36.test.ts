import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on.ts';

// deficit36: deficit labels the packs held in other shapes, written from the fifty-fourth language dev set's tune half
// (packages/rules/data/deficit-kinds-35.yml and the rules it widened). Invented sentences only.
describe('deficit labels told in shapes the older rules did not read (fifty-fourth set)', () => {
  it('flags young people called toxic, not toxic toys or toxic stress', () => {
    expect(rulesOn('Two toxic pupils wrecked the lesson again.')).toContain('toxic-young-person-label');
    expect(rulesOn('She called them really toxic kids in the staff room.')).toContain('toxic-young-person-label');
    expect(rulesOn('The shop sold toxic children toys until the recall.')).toEqual([]);
    expect(rulesOn('Children living with toxic stress need calm adults.')).toEqual([]);
  });

  it('flags a child called a hellion or a crybaby', () => {
    expect(rulesOn('The little hellion kicked the seat for an hour.')).toContain('hellion-label');
    expect(rulesOn('His brother called him a crybaby at tea.')).toContain('crybaby-label');
    expect(rulesOn('Stop being such a cry baby, the coach shouted.')).toContain('crybaby-label');
  });

  it('flags a hooligan with a child’s age, not an adult’s or a football hooligan', () => {
    expect(rulesOn('The 12-year-old local hooligan was banned from the park.')).toContain('child-hooligan-label');
    expect(rulesOn('The 45-year-old hooligan was banned from the ground.')).toEqual([]);
    expect(rulesOn('He was a football hooligan in his twenties.')).toEqual([]);
  });

  it('flags a parent called spineless, not a writer accused of it', () => {
    expect(rulesOn('The spineless father never said no to him.')).toContain('spineless-parent');
    expect(rulesOn('My partner says I am spineless about bedtimes.')).toEqual([]);
  });

  it('flags parents labelled intellectually limited', () => {
    expect(rulesOn('The report called both parents intellectually limited.')).toContain('intellectually-limited-label');
  });

  it('flags bad parenting as the writer’s verdict, not a doctor’s verdict a young person reports or a denial', () => {
    expect(rulesOn('The head blamed the fights on bad parenting at home.')).toContain('parenting-verdict');
    expect(rulesOn('The nurse told me that it was bad parenting and sent me home.')).toEqual([]);
    expect(rulesOn('A tantrum at two is not bad parenting.')).toEqual([]);
  });

  it('flags a parent “a bit in denial” and “the parents in denial”', () => {
    expect(rulesOn('Dad is a bit in denial about the bruises.')).toContain('in-denial');
    expect(rulesOn('Some advice for the parents in denial came from the group.')).toContain('in-denial');
  });

  it('flags one troublesome youth as it flags troublesome youths', () => {
    expect(rulesOn('The officer spoke to a troublesome youth outside the shop.')).toContain(
      'verdict-adjective-before-person',
    );
  });

  it('flags parents said to be resistant, not parents resistant to a named plan', () => {
    expect(rulesOn('The grandparents say the parents are very resistant.')).toContain('resistant-family-predicate');
    expect(rulesOn('Visits are harder with a mother who is resistant and angry.')).toContain(
      'resistant-family-predicate',
    );
    expect(rulesOn('The parents were resistant to the move at first.')).toEqual([]);
  });

  it('flags a parent said to be neglectful or inadequate, not one said not to be, nor inadequate housing', () => {
    expect(rulesOn('The carer said Dad is neglectful at weekends.')).toContain('parent-was-useless');
    expect(rulesOn('Both parents were grossly inadequate, the report said.')).toContain('parent-was-useless');
    expect(rulesOn('The parents were not neglectful.')).toEqual([]);
    expect(rulesOn('The flat was inadequate for four children.')).toEqual([]);
  });

  it('leaves a quoted label a list of people “were all labelled”, and still flags one said of particular people', () => {
    // the lead's ruling (thirtieth session): the writer reporting the label they were all given
    expect(
      rulesOn('Pupils who asked hard questions and pupils who pushed back were all labelled “troublemakers”.'),
    ).toEqual([]);
    expect(rulesOn('Pupils who asked hard questions were all labelled troublemakers.')).toContain('troublemaker');
    expect(rulesOn('The boys in the group were all “troublemakers”.')).toContain('troublemaker');
  });
});
