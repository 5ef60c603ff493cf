import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on.ts';

// deficit35: deficit labels the packs held in other shapes, written from the fifty-second language dev set's tune half
// (packages/rules/data/deficit-kinds-34.yml). Invented sentences only.
describe('deficit labels told in shapes the older rules did not read (fifty-second set)', () => {
  it('flags a child said to be acting out, not a scene acted out or acting out of worry', () => {
    expect(rulesOn('Since the move, Leo has been acting out at school.')).toContain('acting-out-label');
    expect(rulesOn('Younger children often act out when contact is cancelled.')).toContain('acting-out-label');
    expect(rulesOn('The acting-out behaviour started in March.')).toContain('acting-out-label');
    expect(rulesOn('In drama the class acted out a scene from the play.')).toEqual([]);
    expect(rulesOn('Mia acted out her story with the puppets.')).toEqual([]);
    expect(rulesOn('Dad said he was acting out of worry for the baby.')).toEqual([]);
    expect(rulesOn('Mum was acting out at contact, the carer said.')).not.toContain('acting-out-label');
  });

  it('flags “out of control” after he or she with an adverb between, not a fire out of control', () => {
    expect(rulesOn('The carer said he is clearly out of control at weekends.')).toContain('out-of-control-adverb');
    expect(rulesOn('Mum told me she was getting out of control again.')).toContain('out-of-control-adverb');
    expect(rulesOn('The fire was clearly out of control by midnight.')).toEqual([]);
  });

  it('flags an out-of-control young teen, not an out-of-control budget', () => {
    expect(rulesOn('The report described an out of control young teen.')).toContain('out-of-control-young-person');
    expect(rulesOn('The council faced an out-of-control budget.')).toEqual([]);
  });

  it('flags a parent saying they raised a monster, not money raised for a monster truck', () => {
    expect(rulesOn('Mum said she feared she had raised a monster.')).toContain('raised-a-monster');
    expect(rulesOn('The school raised money for a monster truck ride.')).toEqual([]);
  });

  it('flags children sworn at as little so-and-sos', () => {
    expect(rulesOn('The neighbour called them little buggers.')).toContain('little-expletive-child');
    expect(rulesOn('The neighbour called them little monkeys.')).not.toContain('little-expletive-child');
  });

  it('flags “truant” as a noun after words that describe the child, not playing truant', () => {
    expect(rulesOn('He was described as a lazy truant.')).toContain('truant-described');
    expect(rulesOn('She played truant twice last term.')).toEqual([]);
  });

  it('flags a child struck down with a condition, not a law struck down by a court', () => {
    expect(rulesOn('Sam was struck down with epilepsy at six.')).toContain('struck-down-with');
    expect(rulesOn('The rule was struck down by the court.')).toEqual([]);
  });

  it('flags children called more troubled, not a child troubled by the move or a troubled estate', () => {
    expect(rulesOn('The older girls are more troubled than their brother.')).toContain('troubled-compared');
    expect(rulesOn('He is most troubled by the move to the new school.')).toEqual([]);
    expect(rulesOn('The family moved from a deprived and troubled estate.')).toEqual([]);
  });

  it('flags children said to be very difficult, not a task difficult for children', () => {
    expect(rulesOn('Both boys were very difficult at bedtime.')).toContain('children-were-difficult');
    expect(rulesOn('The twins are so difficult on school mornings.')).toContain('children-were-difficult');
    expect(rulesOn('The stairs were difficult for the children.')).toEqual([]);
    expect(rulesOn('Hearings about the care of children are often difficult.')).toEqual([]);
  });
});
