import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on.ts';

// deficit34: deficit labels the packs held in other shapes, written from the fiftieth language dev set's tune half
// (packages/rules/data/deficit-kinds-33.yml). Invented sentences only.
describe('deficit labels told in shapes the older rules did not read (fiftieth set)', () => {
  it('flags “manipulative” before a word for a child with a word between, not a manipulative offer', () => {
    expect(rulesOn('She wrote about her manipulative foster daughter.')).toContain('manipulative-child-word');
    expect(rulesOn('The manipulative little boy hid the keys.')).toContain('manipulative-child-word');
    expect(rulesOn('The course warned about manipulative pupils.')).toContain('manipulative-child-word');
    expect(rulesOn('The advert made a manipulative offer to parents.')).toEqual([]);
  });

  it('flags a functioning label compared before a person, not a lower level of functioning', () => {
    expect(rulesOn('The unit takes lower functioning children from across the county.')).toContain(
      'functioning-label-compared',
    );
    expect(rulesOn('She is one of the higher-functioning pupils in the class.')).toContain(
      'functioning-label-compared',
    );
    expect(rulesOn('Her kidneys showed a lower level of functioning after the illness.')).toEqual([]);
  });

  it('flags hyper or hyperactive kids, not a hyperactive thyroid', () => {
    expect(rulesOn('The hyper kids ran round the hall.')).toContain('hyper-child');
    expect(rulesOn('The club was full of hyperactive children.')).toContain('hyper-child');
    expect(rulesOn('Mum was treated for a hyperactive thyroid.')).toEqual([]);
  });

  it('flags a child called ultra-demanding or overly demanding after “she was”', () => {
    expect(rulesOn('At two, she was ultra-demanding at bedtime.')).toContain('demanding-with-prefix');
    expect(rulesOn('He is overly demanding with the other children.')).toContain('demanding-with-prefix');
    expect(rulesOn('The job was overly demanding for one worker.')).toEqual([]);
  });

  it('flags a parent’s inability to reflect or empathise as a finding, not a report’s', () => {
    expect(rulesOn('The mother’s inability to reflect on the concerns was noted.')).toContain(
      'parent-inability-to-reflect',
    );
    expect(rulesOn('The assessment recorded the father’s inability to empathise with his son.')).toContain(
      'parent-inability-to-reflect',
    );
    expect(rulesOn('The report’s inability to reflect the child’s views was criticised.')).toEqual([]);
  });

  it('flags uninvolved parents and parents who choose to be uninvolved, not an uninvolved bystander', () => {
    expect(rulesOn('The school blamed uninvolved parents for the low turnout.')).toContain('uninvolved-parent');
    expect(rulesOn('Some parents who choose to be uninvolved never reply.')).toContain('uninvolved-parent');
    expect(rulesOn('An uninvolved bystander called the police.')).toEqual([]);
  });

  it('leaves attention seeking the writer denies, and still flags it said of a child', () => {
    expect(rulesOn('Self-harm is not attention seeking behaviour; it is a way of coping.')).toEqual([]);
    expect(rulesOn('Her cutting should not be seen as attention seeking.')).toEqual([]);
    expect(rulesOn('He was attention seeking all through the lesson.')).toContain('attention-seeking');
  });

  it('leaves a bad kid the writer denies, and still flags one said of a child', () => {
    expect(rulesOn('He said he hadn’t been a bad kid before the move.')).toEqual([]);
    expect(rulesOn('The boys on the corner are not bad kids.')).toEqual([]);
    expect(rulesOn('The neighbours call him a bad kid.')).toContain('labelled-as-naughty');
  });
});
