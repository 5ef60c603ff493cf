import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on.ts';

// vbdef33 (issue 9): a mother blamed for the abuser's harm (her "inability to protect", a "mum who failed to protect", "she failed
// to protect them from the father's abuse", "her failure to protect" where the sentence tells domestic abuse); a child called a
// runaway, or children a gang sends out told as "young runners"; domestic violence said to have "occurred between" two people; an adult who "began a relationship with" a child the
// note has named beside him. Each is paired with the same words said of an agency, of everyday things or of two children, which
// must be left alone. Invented sentences throughout.

describe('a mother blamed for the abuser’s harm is flagged; an agency’s failure to protect is not', () => {
  it('flags a mother’s inability to protect and a mum who failed to protect, and leaves a council’s failure alone', () => {
    expect(rulesOn('The panel noted the mother’s inability to protect the children from Dean.')).toContain(
      'mother-unable-to-protect-from-abuser',
    );
    expect(rulesOn('A mum who failed to protect her son from a violent partner was given a caution.')).toContain(
      'mother-unable-to-protect-from-abuser',
    );
    expect(rulesOn('The council failed to protect the children from their stepfather.')).not.toContain(
      'mother-unable-to-protect-from-abuser',
    );
  });

  it('flags “she failed to protect” them from the father’s abuse, and leaves her failing to protect them from the cold alone', () => {
    expect(rulesOn('It was said that she failed to protect the children from the father’s abuse.')).toContain(
      'mother-unable-to-protect-from-abuser',
    );
    expect(rulesOn('It was said that she failed to protect the children from the cold.')).not.toContain(
      'mother-unable-to-protect-from-abuser',
    );
  });

  it('flags “her failure to protect” where the sentence tells domestic abuse, and leaves it alone elsewhere', () => {
    expect(rulesOn('The court relied on her failure to protect the children from domestic violence.')).toContain(
      'her-failure-to-protect-from-abuse',
    );
    expect(rulesOn('The inquiry noted her failure to protect the children from the flood water.')).not.toContain(
      'her-failure-to-protect-from-abuse',
    );
  });
});

describe('a child called a runaway is flagged; a runaway thing or a charity’s name is not', () => {
  it('flags a runaway girl and young runaways', () => {
    expect(rulesOn('Officers found the 15-year-old runaway girl at a flat in town.')).toContain('runaway-child-label');
    expect(rulesOn('The project helps young runaways find somewhere safe.')).toContain('runaway-child-label');
  });

  it('leaves a runaway train and a group for runaway and missing children alone', () => {
    expect(rulesOn('The runaway train came to rest outside the station.')).not.toContain('runaway-child-label');
    expect(rulesOn('She spoke to the group on runaway and missing children.')).not.toContain('runaway-child-label');
  });
});

describe('domestic violence that “occurred between” two people is flagged; a meeting that occurred between them is not', () => {
  it('flags domestic violence that occurred between the parents, and leaves other events alone', () => {
    expect(rulesOn('Domestic violence occurred between the parents for several years.')).toContain(
      'violence-occurred-between',
    );
    expect(rulesOn('A meeting occurred between the parents and the school.')).not.toContain(
      'violence-occurred-between',
    );
  });
});

describe('an adult who began a relationship with a child is flagged; two children are not', () => {
  it('flags it where the note has named a man and a girl of 14, and leaves two 15-year-olds alone', () => {
    expect(
      rulesOn('A man of 35 met a 14-year-old girl online. He began a relationship with the girl that summer.'),
    ).toContain('kept-relationship-with-child');
    expect(
      rulesOn('Jade (15) and Kyle (15) met at school, and he began a relationship with the girl in Year 10.'),
    ).not.toContain('kept-relationship-with-child');
  });
});

describe('children a gang sends out told as young runners are flagged; a club’s young runners are not', () => {
  it('flags a gang sending young runners, and leaves young runners at a race alone', () => {
    expect(rulesOn('The gang was sending young runners to the coast with drugs.')).toContain('young-runners-sent');
    expect(rulesOn('The young runners finished the race in the rain.')).not.toContain('young-runners-sent');
  });
});
