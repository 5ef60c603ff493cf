import { describe, expect, it } from 'vitest';
import { createLinter, type LintOptions, type RuleEntry } from '@casenote/lint';

// family32, the lead's ruling of round 31 (and deficit33 for `chaotic`): `hostile` is a verdict on a parent, carer or the child, so it is flagged when
// the sentence says it of someone in the child's family (before the word or after it) or of nobody it names, and left
// alone when said of a worker, a witness, an inspector or the writer (`when: { described: family }`).
// The built-in `hostile` and `chaotic` keep their exception lists for now (the lead, round 33: on the sealed sets the
// condition lost one finding on each). The condition is pinned here as a host's pack uses it, on two words no
// built-in rule reads ("frosty" for "hostile", "haphazard" for "chaotic"), so the sentences read as the built-in
// rules' would under it.
const shared = {
  category: 'deficit',
  family: 'deficit-label',
  severity: 'warning',
  explanation: 'A label for a person records a judgement; say what they said or did.',
  sources: ['https://westcheshirechildrenstrust.co.uk/our-way-of-working/our-shared-language'],
  when: { described: 'family' },
  otherwise: { severity: 'info', unknown: ['described'] },
} as const;
const familyPack = [
  { ...shared, id: 'team-hostile', patterns: ['frosty', 'frostiness'], suggestions: ['angry'] },
  { ...shared, id: 'team-chaotic', patterns: ['haphazard'], suggestions: ['unsettled'] },
] as unknown as RuleEntry[];
const familyLinter = (options: LintOptions = {}) =>
  createLinter({ ...options, analysis: false, extraRules: [{ name: 'family-pack.yml', rules: familyPack }] });
const asBuiltIn = (id: string): string => id.replace(/^team-(hostile|chaotic)$/, '$1');
const linter = familyLinter();
const rulesOn = (text: string): string[] => linter.lint(text).map((found) => asBuiltIn(found.ruleId));

describe('“hostile” is flagged when said of someone in the child’s family', () => {
  it('flags a parent or carer named before the word', () => {
    expect(rulesOn('The father was frosty when we arrived.')).toEqual(['hostile']);
    expect(rulesOn('Her stepmother stayed frosty all afternoon.')).toEqual(['hostile']);
    // a worker in a later clause after a comma is not the one described
    expect(rulesOn('Mum was frosty, the worker said.')).toEqual(['hostile']);
    // an outsider after "of" is the object, not the one described
    expect(rulesOn('Grandad was suspicious of workers, frosty and dismissive.')).toEqual(['hostile']);
  });

  it('flags a parent or carer named after the word, or whose attitude it describes', () => {
    expect(rulesOn('Frosty parents can make a visit hard to plan.')).toEqual(['hostile']);
    expect(rulesOn('Staff met tired, frosty, worried carers.')).toEqual(['hostile']);
    expect(rulesOn('We noted the frosty attitude of the carers at the door.')).toEqual(['hostile']);
  });

  it('flags a name the host gave for the household, and a sentence that names nobody', () => {
    const named = familyLinter({ context: { household: [{ name: 'Leanne' }] } });
    expect(named.lint('Leanne was frosty during the call.').map((found) => asBuiltIn(found.ruleId))).toEqual([
      'hostile',
    ]);
    expect(rulesOn('Could be frosty if questioned about money.')).toEqual(['hostile']);
  });
});

// deficit33: the kinds of sentence the condition read as said of an outsider when the one described is a parent, carer
// or child: a pronoun or a name nearer the word than the worker who reports it, and a child told by a word for a child
describe('“hostile” is flagged when a worker reports it of someone the sentence names by pronoun, name or role', () => {
  it('flags a pronoun after the worker who reports it', () => {
    expect(rulesOn('The health visitor said she was frosty on the doorstep.')).toEqual(['hostile']);
    expect(rulesOn('When the nurse called round, he was frosty.')).toEqual(['hostile']);
  });

  it('flags a pronoun or a name the worker describes as hostile, not one the worker is hostile to', () => {
    expect(rulesOn('The nurse described him as frosty.')).toEqual(['hostile']);
    expect(rulesOn('Staff found Kai frosty in the morning.')).toEqual(['hostile']);
    expect(rulesOn('The officer said Kai was frosty.')).toEqual(['hostile']);
    expect(rulesOn('The teacher noted her frosty manner.')).toEqual(['hostile']);
    // the worker's own manner: the pronoun or name is not right by the word, or comes after it or across a comma
    expect(rulesOn('The officer gave her a frosty look.')).toEqual([]);
    expect(rulesOn('The nurse was frosty to Kai.')).toEqual([]);
    expect(rulesOn('The inspector, who met Kai, was frosty.')).toEqual([]);
  });

  it('flags a child told by a word for a child after the worker who reports it', () => {
    expect(rulesOn('Officers said the victim was frosty.')).toEqual(['hostile']);
    expect(rulesOn('Staff reported that the boy was frosty.')).toEqual(['hostile']);
  });
});

describe('“hostile” is left alone when said of someone outside the family', () => {
  it('leaves a worker, an officer or a teacher described as hostile', () => {
    expect(rulesOn('The social worker was frosty towards the family.')).toEqual([]);
    expect(rulesOn('The police officers were frosty to the neighbours.')).toEqual([]);
    expect(rulesOn('The teacher’s frosty reply was copied to Mum.')).toEqual([]);
  });

  it('leaves the writer’s own manner, and does not take a parent in a later clause for the one described', () => {
    expect(rulesOn('I gave him a frosty look across the table.')).toEqual([]);
    expect(rulesOn('The worker became frosty and Mum cried.')).toEqual([]);
  });
});

describe('“chaotic” is flagged when said of a family or its home, left alone when said of a service', () => {
  it('flags a home or a parent a worker describes as chaotic, and leaves a worker, a school or a council', () => {
    expect(rulesOn('The health visitor described the flat as haphazard.')).toEqual(['chaotic']);
    expect(rulesOn('The nurse said the house was haphazard on Monday.')).toEqual(['chaotic']);
    expect(rulesOn('The judge said the woman led a haphazard life.')).toEqual(['chaotic']);
    expect(rulesOn('The mother is haphazard with money.')).toEqual(['chaotic']);
    expect(rulesOn('The worker’s diary was haphazard that week.')).toEqual([]);
    expect(rulesOn('The council’s handling of the case was haphazard.')).toEqual([]);
    expect(rulesOn('The school’s response was haphazard.')).toEqual([]);
  });
});

// deficit34, the lead's rulings of round 33: a pronoun is followed back through the note's earlier mentions to a family
// member (met, the rule's own severity), never to a worker (still unknown, the softer finding); a children's home is a
// service, outside the family.
const severitiesOn = (text: string): string[] => linter.lint(text).map((found) => found.severity);

describe('“hostile” said through a pronoun is read by whom the pronoun stands for', () => {
  it('follows a pronoun back to a parent named earlier, past the worker who reports it, never to a worker', () => {
    expect(severitiesOn('Mum rang the office at nine. Later she was frosty on the phone.')).toEqual(['warning']);
    expect(severitiesOn('Dad arrived late. The nurse said he was frosty at the door.')).toEqual(['warning']);
    expect(severitiesOn('Her parents came to the review. They were frosty throughout.')).toEqual(['warning']);
    // never followed to a worker, and a name of no known role nearer than the parent leaves it unknown
    expect(severitiesOn('The nurse came at nine. Later she was frosty on the phone.')).toEqual(['info']);
    expect(severitiesOn('Mum met Leanne at the door. She was frosty.')).toEqual(['info']);
  });
});

describe('“chaotic” said of a children’s home is said of a service, not a family', () => {
  it('leaves a children’s home or a care home, and keeps a family’s home life', () => {
    expect(rulesOn('The children’s home was haphazard that week.')).toEqual([]);
    expect(rulesOn('Inspectors found a haphazard children’s home.')).toEqual([]);
    expect(rulesOn('The care home was haphazard at night.')).toEqual([]);
    expect(severitiesOn('The children’s home life was haphazard.')).toEqual(['warning']);
  });
});
