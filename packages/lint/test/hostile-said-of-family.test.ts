import { describe, expect, it } from 'vitest';
import { createLinter } from '@casenote/lint';

// family32, the lead's ruling of round 31: `hostile` is a verdict on a parent, carer or the child, so it is flagged when
// the sentence says it of someone in the child's family (before the word or after it) or of nobody it names, and left
// alone when said of a worker, a witness, an inspector or the writer (`when: { described: family }`).
const linter = createLinter({ analysis: false });
const rulesOn = (text: string): string[] => linter.lint(text).map((found) => found.ruleId);

describe('“hostile” is flagged when said of someone in the child’s family', () => {
  it('flags a parent or carer named before the word', () => {
    expect(rulesOn('The father was hostile when we arrived.')).toEqual(['hostile']);
    expect(rulesOn('Her stepmother stayed hostile all afternoon.')).toEqual(['hostile']);
    // a worker in a later clause after a comma is not the one described
    expect(rulesOn('Mum was hostile, the worker said.')).toEqual(['hostile']);
    // an outsider after "of" is the object, not the one described
    expect(rulesOn('Grandad was suspicious of workers, hostile and dismissive.')).toEqual(['hostile']);
  });

  it('flags a parent or carer named after the word, or whose attitude it describes', () => {
    expect(rulesOn('Hostile parents can make a visit hard to plan.')).toEqual(['hostile']);
    expect(rulesOn('Staff met tired, hostile, worried carers.')).toEqual(['hostile']);
    expect(rulesOn('We noted the hostile attitude of the carers at the door.')).toEqual(['hostile']);
  });

  it('flags a name the host gave for the household, and a sentence that names nobody', () => {
    const named = createLinter({ analysis: false, context: { household: [{ name: 'Leanne' }] } });
    expect(named.lint('Leanne was hostile during the call.').map((found) => found.ruleId)).toEqual(['hostile']);
    expect(rulesOn('Could be hostile if questioned about money.')).toEqual(['hostile']);
  });
});

// deficit33: the kinds of sentence the condition read as said of an outsider when the one described is a parent, carer
// or child: a pronoun or a name nearer the word than the worker who reports it, and a child told by a word for a child
describe('“hostile” is flagged when a worker reports it of someone the sentence names by pronoun, name or role', () => {
  it('flags a pronoun after the worker who reports it', () => {
    expect(rulesOn('The health visitor said she was hostile on the doorstep.')).toEqual(['hostile']);
    expect(rulesOn('When the nurse called round, he was hostile.')).toEqual(['hostile']);
  });

  it('flags a pronoun or a name the worker describes as hostile, not one the worker is hostile to', () => {
    expect(rulesOn('The nurse described him as hostile.')).toEqual(['hostile']);
    expect(rulesOn('Staff found Kai hostile in the morning.')).toEqual(['hostile']);
    expect(rulesOn('The officer said Kai was hostile.')).toEqual(['hostile']);
    expect(rulesOn('The teacher noted her hostile manner.')).toEqual(['hostile']);
    // the worker's own manner: the pronoun or name is not right by the word, or comes after it or across a comma
    expect(rulesOn('The officer gave her a hostile look.')).toEqual([]);
    expect(rulesOn('The nurse was hostile to Kai.')).toEqual([]);
    expect(rulesOn('The inspector, who met Kai, was hostile.')).toEqual([]);
  });

  it('flags a child told by a word for a child after the worker who reports it', () => {
    expect(rulesOn('Officers said the victim was hostile.')).toEqual(['hostile']);
    expect(rulesOn('Staff reported that the boy was hostile.')).toEqual(['hostile']);
  });
});

describe('“hostile” is left alone when said of someone outside the family', () => {
  it('leaves a worker, an officer or a teacher described as hostile', () => {
    expect(rulesOn('The social worker was hostile towards the family.')).toEqual([]);
    expect(rulesOn('The police officers were hostile to the neighbours.')).toEqual([]);
    expect(rulesOn('The teacher’s hostile reply was copied to Mum.')).toEqual([]);
  });

  it('leaves the writer’s own manner, and does not take a parent in a later clause for the one described', () => {
    expect(rulesOn('I gave him a hostile look across the table.')).toEqual([]);
    expect(rulesOn('The worker became hostile and Mum cried.')).toEqual([]);
  });
});
