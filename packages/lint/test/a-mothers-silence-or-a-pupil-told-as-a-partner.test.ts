import { createLinter, explain } from '@casenote/lint';
import { getRuleDetails } from '@casenote/rules/details';
import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on.ts';

// vbdef34 (issue 9): a mother's silence or inaction told as the cause of the abuser's harm, a mother said to have "allowed" her
// child to be harmed, a teacher's or coach's abuse told as a relationship with a pupil or player, children "involved in the sex
// trade", the failure-to-protect hint saying why, and "the couple" said of a child and an adult. Each is paired with the same words said of other things, of agencies or of adults, which must be left
// alone. Invented sentences throughout.

describe('a mother blamed for the abuser’s harm by her silence, inaction or “allowing” it is flagged', () => {
  it('flags her silence or inaction told as the cause of the harm, and leaves other silences and results alone', () => {
    expect(rulesOn('Her silence caused the death of her baby.')).toContain('mother-silence-told-as-cause');
    expect(rulesOn('The injuries were a result of the mother’s inaction.')).toContain('mother-silence-told-as-cause');
    expect(rulesOn('His silence caused the meeting to end early.')).not.toContain('mother-silence-told-as-cause');
    expect(rulesOn('The tidy home was a result of the mother’s hard work.')).not.toContain(
      'mother-silence-told-as-cause',
    );
  });

  it('flags a mother who “allowed” her child to be harmed, and leaves adoption and an agency alone', () => {
    expect(rulesOn('Mum allowed her daughter to be abused by her partner.')).toContain('mother-allowed-child-harmed');
    expect(rulesOn('She allowed her 9-year-old son to be beaten by Dean.')).toContain('mother-allowed-child-harmed');
    expect(rulesOn('Mum allowed her daughter to be adopted.')).not.toContain('mother-allowed-child-harmed');
    expect(rulesOn('The council allowed the children to be abused for years.')).not.toContain(
      'mother-allowed-child-harmed',
    );
  });

  it('says why on the failure-to-protect hint: the words name her as responsible for harm the abuser did', () => {
    const linter = createLinter({ analysis: false });
    const [finding] = linter
      .lint('The report said mum failed to protect the children.')
      .filter((found) => found.ruleId === 'mother-failed-to-protect');
    expect(finding).toBeDefined();
    const why = explain(finding as never, getRuleDetails()) ?? '';
    expect(why).toContain('responsible for harm the abuser did');
    expect(why).toContain('Say who did the');
  });
});

describe('a teacher’s or coach’s abuse told as a relationship with a pupil or player is flagged', () => {
  it('flags a coach “sexually involved” with a player and a teacher who “began having sex” with a pupil', () => {
    expect(rulesOn('The coach became sexually involved with one of his players.')).toContain(
      'relationship-teacher-and-pupil',
    );
    expect(rulesOn('The teacher began having sex with her when she was 15.')).toContain(
      'relationship-teacher-and-pupil',
    );
    expect(rulesOn('The teacher began having lunch with her when she was 15.')).not.toContain(
      'relationship-teacher-and-pupil',
    );
  });

  it('flags the relationship between a particular pupil and her tutor, and leaves the general relationship between teacher and pupil alone', () => {
    expect(rulesOn('The head learned of the relationship between the pupil and her tutor.')).toContain(
      'relationship-teacher-and-pupil',
    );
    expect(rulesOn('The relationship between teacher and pupil is built on trust.')).not.toContain(
      'relationship-teacher-and-pupil',
    );
  });

  it('flags a sexual relationship with a pupil named by a letter or with two words before the pupil', () => {
    expect(rulesOn('She admitted a sexual relationship with Student B, the panel heard.')).toContain(
      'sexual-relationship-with-child',
    );
    expect(rulesOn('He was dismissed for a sexual relationship with his year nine student.')).toContain(
      'sexual-relationship-with-child',
    );
  });

  it('flags a child’s “relationship” with the teacher when words stand between, and leaves a good relationship alone', () => {
    expect(rulesOn('He had a relationship with his year nine maths teacher.')).toContain('romance-with-trusted-adult');
    expect(rulesOn('He has a good relationship with his form teacher.')).not.toContain('romance-with-trusted-adult');
  });

  it('flags children “involved in the sex trade”, and leaves adults alone', () => {
    expect(rulesOn('Many children involved in the sex trade go missing from care.')).toContain('children-in-sex-trade');
    expect(rulesOn('Adults involved in the sex trade were arrested.')).not.toContain('children-in-sex-trade');
  });
});

describe('“the couple” told of a child and an adult is hinted at', () => {
  it('hints at “the couple” told of a child and an adult, and leaves their words of report and two adults alone', () => {
    expect(rulesOn('Dean, 34, met Jade, 14, in the park. The couple were seen at the bus station.')).toContain(
      'pair-told-of-child-and-adult',
    );
    expect(rulesOn('Dean, 34, met Jade, 14, in the park. The couple claim they are friends.')).not.toContain(
      'pair-told-of-child-and-adult',
    );
    expect(rulesOn('Mr and Mrs Smith foster two boys. The couple were seen at the bus station.')).not.toContain(
      'pair-told-of-child-and-adult',
    );
  });
});
