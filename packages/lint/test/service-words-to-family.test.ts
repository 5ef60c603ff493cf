import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on.ts';

// jargon31: service words that professionals use as their ordinary terms, flagged in their bare form only where the
// sentence is written to the child or the child's family (`reader: family`, the lead's reader ruling). Where another
// rule already flags a narrower use of the same words, that rule's card is the only one. Invented sentences.

describe('assessments and plans named to a child or family are flagged, and left alone in writing for professionals', () => {
  it('flags a needs assessment or an assessment of need said to the young person or a parent', () => {
    expect(rulesOn('Before your birthday your worker will do a needs assessment with you.')).toContain(
      'needs-assessment',
    );
    expect(rulesOn('Your son can have an assessment of need before he moves in.')).toContain('needs-assessment');
    expect(rulesOn('The team completed a needs assessment for the family in May.')).not.toContain('needs-assessment');
  });

  it('leaves the writer saying what the needs assessment does, and longer names other rules own', () => {
    expect(rulesOn('Your worker will book a needs assessment for your son.')).toContain('needs-assessment');
    expect(rulesOn('The needs assessment looks at what help your daughter needs at school.')).not.toContain(
      'needs-assessment',
    );
    expect(rulesOn('You can ask for an initial assessment of need for your son.')).not.toContain('needs-assessment');
  });

  it('flags the adoption support plan, the child looked after plan and the supervision agreement in writing to the family', () => {
    expect(rulesOn('We will write your adoption support plan with you before the move.')).toContain(
      'adoption-support-plan',
    );
    expect(rulesOn('Your child looked after plan will change when you turn sixteen.')).toContain(
      'child-looked-after-plan',
    );
    expect(rulesOn('You and your worker will sign a supervision agreement next week.')).toContain(
      'supervision-agreement',
    );
    expect(rulesOn('The panel read the adoption support plan on Monday.')).not.toContain('adoption-support-plan');
  });
});

describe('statuses and programme names told to a young person are flagged', () => {
  it('flags “relevant young person” and “Lifelong Links” said to the young person only', () => {
    expect(rulesOn('When you move back home you will become a relevant young person.')).toContain(
      'relevant-young-person',
    );
    expect(rulesOn('Lifelong Links can help you find your aunt again.')).toContain('lifelong-links');
    expect(rulesOn('The council funds Lifelong Links for twenty young people a year.')).not.toContain('lifelong-links');
  });
});

describe('words other rules flag only in narrow frames are flagged in their bare form in writing to the family', () => {
  it('flags “significant harm”, “local offer”, “remanded” and “accommodated” said to a parent or child', () => {
    expect(rulesOn('The council thinks your daughter has suffered significant harm.')).toContain(
      'significant-harm-to-family',
    );
    expect(rulesOn('You can read the local offer on our website.')).toContain('local-offer-to-family');
    expect(rulesOn('If the court says no to bail you will be remanded.')).toContain('remanded-to-family');
    expect(rulesOn('While you are accommodated your mum still makes the big decisions.')).toContain(
      'accommodated-to-family',
    );
  });

  it('leaves the same words alone in writing for professionals and in their ordinary sense', () => {
    expect(rulesOn('You were accommodated last year, so you will have a review.')).toContain('accommodated-to-family');
    expect(rulesOn('The review found the children had suffered significant harm.')).not.toContain(
      'significant-harm-to-family',
    );
    expect(rulesOn('Tell us your needs so that these can be accommodated.')).not.toContain('accommodated-to-family');
  });

  it('gives one card where the narrower rule already flags the words', () => {
    expect(rulesOn('Your son has suffered significant harm.')).toContain('significant-harm-to-family');
    const found = rulesOn('Your son is likely to suffer significant harm.');
    expect(found).toContain('significant-harm');
    expect(found).not.toContain('significant-harm-to-family');
  });
});
