import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on.ts';

// vbdef27 (issue 9): a child's abuse told as something the child agreed to, went along with or asked for, each paired with
// the same words said of adults or of everyday things, which must be left alone.

describe('consent and choice put on a child are flagged; the same words of adults are not', () => {
  it('flags a child who “went along with” their abuse, and leaves going along with a plan alone', () => {
    expect(rulesOn('Children as young as 12 were refused help because they went along with their abuse.')).toContain(
      'went-along-with-abuse',
    );
    expect(rulesOn('Dad went along with the plan to move closer to school.')).not.toContain('went-along-with-abuse');
  });

  it('flags a child said to have consented “in fact” or by an adjective, and leaves an adult’s consent alone', () => {
    expect(rulesOn('The panel found that the 14-year-old consented in fact to the sexual contact.')).toContain(
      'child-consent-in-fact',
    );
    expect(rulesOn('The jury had to decide whether the woman consented in fact.')).toEqual([]);
    expect(rulesOn('The apparent consent of the girl was taken into account.')).toContain('apparent-consent-of-child');
    expect(rulesOn('The full consent of the parents is needed before the trip.')).toEqual([]);
  });

  it('flags a child refused help “because he consented”, and leaves an adult’s reason alone', () => {
    expect(rulesOn('The boy, 14, was refused support because he consented.')).toContain('because-child-consented');
    expect(rulesOn('The woman told police she went home because she consented to the search.')).toEqual([]);
  });

  it('flags young people blamed for not helping themselves, and leaves an adult’s own help alone', () => {
    expect(
      rulesOn('Officers said that if young people were not willing to help themselves they could do nothing.'),
    ).toContain('child-not-helping-themselves');
    expect(rulesOn('Mum was not willing to help herself with the debts.')).toEqual([]);
  });

  it('flags a child and a man told as dating or involved, and leaves two teenagers and Mum alone', () => {
    expect(rulesOn('A man, 24, began messaging Jade (14) in March. They had been dating for two months.')).toContain(
      'dating-child-and-adult',
    );
    expect(rulesOn('Jade (15) and Amy (14) left school together. They had been dating for months.')).toEqual([]);
    expect(rulesOn('The girl, 13, was involved with a man who gave her cannabis.')).toContain(
      'involved-with-a-man-child',
    );
    expect(rulesOn('Mum became involved with a man she met online.')).toEqual([]);
  });

  it('flags a child’s exploitation told as favours or as the age she gave, and leaves a neighbour’s favours alone', () => {
    expect(rulesOn('The 15-year-old was given alcohol by an older man for favours.')).toContain('child-for-favours');
    expect(rulesOn('He asked the neighbour for favours with the shopping.')).toEqual([]);
    expect(rulesOn('The man told police the girl had pretended to be 18.')).toContain('child-posed-as-older');
    expect(rulesOn('Amy (13) pretended to be a lion in the school play.')).toEqual([]);
  });

  it('leaves the offence as pleaded to alone, and still flags sex with a child told as sex', () => {
    expect(
      rulesOn('Weeping as she pleaded guilty to sex with a child, the teacher did not look at the public gallery.'),
    ).not.toContain('sex-with-child');
    expect(rulesOn('He admitted having sex with a 14-year-old.')).toContain('sex-with-child');
  });
});
