import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on.ts';

// deficit37: deficit labels the packs held in other shapes, written from the fifty-sixth language dev set's tune half
// (packages/rules/data/deficit-kinds-36.yml and little-expletive-child), and the lead's ruling on a plural generic subject
// said to be labelled (packages/lint/src/fit/reported-label.ts). Invented sentences only.
describe('deficit labels told in shapes the older rules did not read (fifty-sixth set)', () => {
  it('flags a person called a sufferer with no condition named, not someone who suffers abuse', () => {
    expect(rulesOn('Every sufferer needs a quiet place to rest after a seizure.')).toContain('sufferer-noun');
    expect(rulesOn('Sufferers of domestic abuse can call the helpline.')).toEqual([]);
  });

  it('flags “suffers from” with the condition further on, and tuberous sclerosis', () => {
    expect(rulesOn('Her son suffers from a rare type of epilepsy.')).toContain('suffers-from-condition-further-on');
    expect(rulesOn('She suffers from tuberous sclerosis.')).toContain('suffers-from-condition-further-on');
  });

  it('flags a parent said not to be a fit parent, not a person unfit for a licence', () => {
    expect(rulesOn('The neighbour wrote that she is not a fit mother.')).toContain('not-a-fit-parent');
    expect(rulesOn('He may not be a fit father, the note said.')).toContain('not-a-fit-parent');
    expect(rulesOn('The driver was not a fit person to hold a licence.')).toEqual([]);
  });

  it('flags parents called incapable of caring, not a thing that is incapable', () => {
    expect(rulesOn('His parents are incapable of looking after a baby.')).toContain('parent-incapable-of-caring');
    expect(rulesOn('The old boiler is incapable of heating the flat.')).toEqual([]);
  });

  it('flags a parent who “had not engaged” with nothing after it, not one who had not engaged a solicitor', () => {
    expect(rulesOn('By the review, Mum had not engaged.')).toContain('parent-had-not-engaged');
    expect(rulesOn('Mum had not engaged a solicitor before the hearing.')).toEqual([]);
  });

  it('flags a child beyond the control of the parents, not events beyond a council’s control', () => {
    expect(rulesOn('The report says Kai is beyond the control of his parents.')).toContain(
      'beyond-the-control-of-parents',
    );
    expect(rulesOn('The flooding was beyond the control of the council.')).toEqual([]);
  });

  it('flags a child said to be hard to deal with, called the teacher’s pet or a lying kid, not a hard situation or kids lying down', () => {
    expect(rulesOn('She was a girl who was very hard to manage in class.')).toContain('child-hard-to-deal-with');
    expect(rulesOn('It was a situation that was hard to deal with.')).toEqual([]);
    expect(rulesOn('The others call him the teacher’s pet.')).toContain('teachers-pet-label');
    expect(rulesOn('Staff wrote him off as a lying kid.')).toContain('lying-kid-label');
    expect(rulesOn('The kids lying on the grass waved at us.')).toEqual([]);
  });

  it('flags a family called lowlifes and children sworn at as little cunts', () => {
    expect(rulesOn('They are a family of lowlifes, the neighbour said.')).toContain('lowlife-family');
    expect(rulesOn('He called them little cunts over the fence.')).toContain('little-expletive-child');
  });
});

describe('a group in general said to be labelled is the writer reporting the label (the lead’s ruling)', () => {
  it('leaves a plural with no determiner said to be labelled, and still flags particular children so labelled', () => {
    expect(rulesOn('Young people who skip school are often labelled as “feral” by the papers.')).not.toContain('feral');
    expect(rulesOn('Children who struggle with reading are commonly described as lazy.')).toEqual([]);
    expect(rulesOn('The boys were labelled feral by the neighbours.')).toContain('feral');
    expect(rulesOn('The two boys are described as lazy in every report.')).toContain('lazy');
  });

  it('still flags the writer’s own words for the group, before the reported label', () => {
    expect(rulesOn('Children with challenging behaviour are often described as lazy.')).toContain(
      'challenging-behaviour',
    );
    expect(rulesOn('Children with challenging behaviour are often described as lazy.')).not.toContain('lazy');
  });
});
