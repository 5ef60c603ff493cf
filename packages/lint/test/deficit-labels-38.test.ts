import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on.ts';

// deficit38: deficit labels the packs held in other shapes, written from the fifty-eighth language dev set's tune half
// (packages/rules/data/deficit-kinds-37.yml, troubled-child-label and manipulative-person), and "inappropriate" said of
// conduct no longer read as a critique of words quoted in the sentence (packages/lint/src/fit/quoted.ts). Invented
// sentences only.
describe('deficit labels told in shapes the older rules did not read (fifty-eighth set)', () => {
  it('flags a child said to be beyond a parent’s control, not events beyond someone’s control', () => {
    expect(rulesOn('Dad told the panel that she is beyond his control.')).toContain('person-beyond-their-control');
    expect(rulesOn('The delay was caused by events beyond her control.')).toEqual([]);
    expect(rulesOn('It is beyond our control.')).toEqual([]);
  });

  it('flags a parent found or deemed unfit, not someone found unfit to plead', () => {
    expect(rulesOn('The magistrate found the father unfit.')).toContain('parent-found-unfit');
    expect(rulesOn('The panel deemed the mother of three boys unfit.')).toContain('parent-found-unfit');
    expect(rulesOn('The court found him unfit to plead.')).toEqual([]);
  });

  it('flags “suffers from” before an eponymous condition, leaving the fuller name to the older rule', () => {
    expect(rulesOn('Her brother suffers from Rett.')).toContain('suffers-from-eponymous-condition');
    expect(rulesOn('Her brother suffers from Rett syndrome.')).not.toContain('suffers-from-eponymous-condition');
  });

  it('flags “suffered from a history of” a mental health condition, not a history of abuse', () => {
    expect(rulesOn('Their mother suffered from a long history of depression.')).toContain(
      'suffers-from-history-of-condition',
    );
    expect(rulesOn('She suffered from a history of abuse by her uncle.')).not.toContain(
      'suffers-from-history-of-condition',
    );
  });

  it('flags “disengaging from” a worker or a service, not from a machine', () => {
    expect(rulesOn('Lately Mo has been disengaging from his key worker.')).toContain('disengaging-from-services');
    expect(rulesOn('The clutch kept disengaging from the gearbox.')).toEqual([]);
  });

  it('flags a child called a little monster, not a costume', () => {
    expect(rulesOn('Her nan says she is a little monster at bedtime.')).toContain('little-monster-label');
    expect(rulesOn('He wore a little monster costume to the party.')).toEqual([]);
  });

  it('flags “bastard” before a word for children', () => {
    expect(rulesOn('The neighbour shouted about those bastard kids again.')).toContain('bastard-child-label');
  });

  it('flags “aggressive” before a child with an age word between, not an aggressive treatment', () => {
    expect(rulesOn('She described her aggressive teenage son to the GP.')).toContain('aggressive-before-young-person');
    expect(rulesOn('The aggressive treatment worked well for the young boy.')).toEqual([]);
  });

  it('flags a parent’s own child called troubled, and a “troubled kiddo”', () => {
    expect(rulesOn('We met her troubled son at the contact centre.')).toContain('troubled-child-label');
    expect(rulesOn('It was a long week with a troubled kiddo.')).toContain('troubled-child-label');
  });

  it('flags “manipulative” after a second label the writer gives, and with the person between the verb and “as”', () => {
    expect(rulesOn('Staff regarded him as demanding and manipulative.')).toContain('manipulative-person');
    expect(rulesOn('Staff described her as manipulative.')).toContain('manipulative-person');
  });

  it('keeps a quoted label flagged where “inappropriate”, “offensive” or “problematic” describes conduct, and reads a critique of the words', () => {
    expect(
      rulesOn('The report said KL was “beyond parental control” by reason of sexually inappropriate behaviour.'),
    ).toContain('beyond-parental-control');
    expect(rulesOn('Calling a child ‘beyond parental control’ is inappropriate.')).toEqual([]);
    expect(
      rulesOn('The report said KL was “beyond parental control” and was found with an offensive weapon.'),
    ).toContain('beyond-parental-control');
    expect(rulesOn('The report said KL was “beyond parental control” after problematic behaviour.')).toContain(
      'beyond-parental-control',
    );
    expect(rulesOn('Calling a child ‘beyond parental control’ is offensive.')).toEqual([]);
  });
  it('flags children “apparently out of control” with no verb, as after “are”', () => {
    expect(rulesOn('The letter said the flats had kids seemingly out of control.')).toContain(
      'children-out-of-control',
    );
  });

  it('flags “uncontrolled behaviour”', () => {
    expect(rulesOn('The school wrote of his uncontrolled behaviour at lunch.')).toContain(
      'uncontrolled-behaviour-label',
    );
  });

  it('flags a child who “seems manipulative”', () => {
    expect(rulesOn('At times Sam seems very manipulative.')).toContain('manipulative-person');
  });

  it('flags “disruptive” of a group of children and a child made disruptive, not of roadworks', () => {
    expect(rulesOn('The head blamed a disruptive group of girls in Year 9.')).toContain('disruptive-said-of-child');
    expect(rulesOn('Tiredness can make a child disruptive in class.')).toContain('disruptive-said-of-child');
    expect(rulesOn('The roadworks made a journey disruptive for everyone.')).toEqual([]);
  });
});
