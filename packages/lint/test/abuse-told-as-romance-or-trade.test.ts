import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on.ts';

// vbdef28 (issue 9): an adult's abuse of a child told as sleeping together, eloping, flirting, seeing each other or a friendship
// that grew; a child's exploitation told as selling their bodies or paid-for sex; consent and willingness put on a child. Each is
// paired with the same words said of adults, of two children or of everyday things, which must be left alone.

describe('abuse told as romance, and exploitation told as trade, are flagged; the same words of adults are not', () => {
  it('flags an adult “sleeping with” a child, and leaves a child sharing a bed with a brother alone', () => {
    expect(rulesOn('A teacher, 35, admitted sleeping with a 13-year-old pupil.')).toContain('sleeping-with-child');
    expect(rulesOn('Tom (6) sleeps with his 12-year-old brother in the bottom bunk.')).toEqual([]);
  });

  it('flags a child who “eloped” with an adult, and leaves two young sweethearts alone', () => {
    expect(rulesOn('A 15-year-old girl has eloped to France with her maths teacher.')).toContain('eloped-with-adult');
    expect(rulesOn('The two sweethearts decided to elope at such a young age.')).toEqual([]);
  });

  it('flags a child and an adult told as flirting with each other, and leaves the adult’s own messages alone', () => {
    expect(rulesOn('The 28-year-old and the 16-year-old pupil began flirting on the flight home.')).toContain(
      'flirting-child-and-adult',
    );
    expect(rulesOn('A 30-year-old teacher sent a primary school child flirtatious messages.')).not.toContain(
      'flirting-child-and-adult',
    );
  });

  it('flags children told as selling their bodies or paid for sex, and leaves adults alone', () => {
    expect(rulesOn('The girls, aged 13 and 14, were forced to sell their bodies.')).toContain('selling-body-child');
    expect(rulesOn('The women said they sell their bodies to pay the rent.')).toEqual([]);
    expect(rulesOn('Men paid to have sex with the 14-year-old girl.')).toContain('paying-to-have-sex-with-child');
    expect(rulesOn('The men paid to have sex with the women at the flat.')).toEqual([]);
  });

  it('leaves the offence named as a crime alone: men who paid to have sex with an “underage” girl', () => {
    expect(rulesOn('Police arrested six men who paid to have sex with an underage girl, 14.')).not.toContain(
      'paying-to-have-sex-with-child',
    );
  });

  it('flags a girl said to have consented, and leaves her consent to a medical alone', () => {
    expect(rulesOn('A man, 30, was not charged because the girl involved had consented.')).toContain('child-consented');
    expect(rulesOn('The girl, 14, consented to the medical examination.')).toEqual([]);
  });

  it('flags a child who went “willingly” with the man, and leaves a child going with her mum alone', () => {
    expect(rulesOn('Jade (14) told police she went with him willingly.')).toContain('went-willingly-with-adult');
    expect(rulesOn('Jade (14) went with her mum willingly.')).toEqual([]);
  });

  it('flags victims told as victims of their own choices, a minor bride and a friendship that became sexual', () => {
    expect(rulesOn('Some are victims of their own bad judgment.')).toContain('victim-of-own-choices');
    expect(rulesOn('The man, 57, escaped with his minor bride.')).toContain('minor-bride');
    expect(rulesOn('The girl, 14, said their friendship became sexual when she was 13.')).toContain(
      'friendship-became-sexual-child',
    );
    expect(rulesOn('Mum said her friendship with Dave became sexual last year.')).toEqual([]);
  });

  it('leaves the guidance’s own denials alone: children cannot be complicit, and are bought and sold for sex', () => {
    expect(rulesOn('First, children cannot be complicit in their own abuse.')).toEqual([]);
    expect(rulesOn('She was seen as complicit in her own exploitation.')).toContain('complicit');
    expect(rulesOn('No child being bought and sold for sex is participating in a consensual transaction.')).toEqual([]);
    expect(rulesOn('The men used her for sex.')).toContain('used-for-sex');
  });
});
