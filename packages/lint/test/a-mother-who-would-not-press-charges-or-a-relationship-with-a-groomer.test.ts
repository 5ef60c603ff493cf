import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on.ts';

// vbdef36 (issue 9): a mother's refusal to press charges held against her (the lead's ruling, thirtieth session), a mother
// said to have known and done nothing, to have been jailed for failing to protect, to have let her partner "sexually" abuse
// her child or to have sacrificed her child to her marriage; a child told as in a relationship with a named paedophile, or
// as the one an adult entered a relationship with; a child "involved with" the perpetrator. Each is paired with the same
// words said of the police, a council or adults, which must be left alone. Invented sentences throughout. (A child who
// "ran away with" an adult was taken out by the lead: it flagged a clean sealed sentence.)

describe('a mother blamed for what the man did is flagged', () => {
  it('flags a mother who would not press charges against her partner, and leaves the police declining to charge alone', () => {
    expect(rulesOn('A woman who refused to press charges against her partner lost her appeal.')).toContain(
      'mother-refused-to-press-charges',
    );
    expect(rulesOn('Mum withdrew her statement against her ex-partner in March.')).toContain(
      'mother-refused-to-press-charges',
    );
    expect(rulesOn('The police declined to press charges against her partner.')).not.toContain(
      'mother-refused-to-press-charges',
    );
    expect(rulesOn('The shop refused to press charges against the teenager.')).not.toContain(
      'mother-refused-to-press-charges',
    );
  });

  it('flags a mother who knew about the abuse but did nothing, and leaves a school that knew alone', () => {
    expect(rulesOn('The mother knew about the beatings but did nothing.')).toContain('mother-knew-but-did-nothing');
    expect(rulesOn('The school knew about the beatings but did nothing.')).not.toContain('mother-knew-but-did-nothing');
  });

  it('flags a mother jailed for failing to protect, or named as the offender who failed, and leaves a council alone', () => {
    expect(rulesOn('Mother convicted of failing to protect son from stepfather')).toContain(
      'mother-unable-to-protect-from-abuser',
    );
    expect(rulesOn('The defendant failed to protect her daughter from her husband.')).toContain(
      'mother-unable-to-protect-from-abuser',
    );
    expect(rulesOn('The mom who failed to protect her toddler was spared jail.')).toContain(
      'mother-unable-to-protect-from-abuser',
    );
    expect(rulesOn('Council criticised for failing to protect girl from abuser')).not.toContain(
      'mother-unable-to-protect-from-abuser',
    );
  });

  it('flags a mother who let her partner "sexually" abuse her child, and leaves the council that let him alone', () => {
    expect(rulesOn('She allowed her boyfriend to repeatedly beat her son.')).toContain('mother-let-abuser-harm-child');
    expect(rulesOn('The council allowed her partner to repeatedly beat her son.')).not.toContain(
      'mother-let-abuser-harm-child',
    );
  });

  it('flags a child sacrificed to her marriage or her abusive partner put first, and leaves her job put first alone', () => {
    expect(rulesOn('The judge said she sacrificed her son to her relationship.')).toContain(
      'mother-relationship-with-abuser-held-against-her',
    );
    expect(rulesOn('She was putting her relationship with her violent partner before the twins.')).toContain(
      'mother-relationship-with-abuser-held-against-her',
    );
    expect(rulesOn('She sacrificed her weekends to her job.')).not.toContain(
      'mother-relationship-with-abuser-held-against-her',
    );
  });
});

describe('a child’s abuse told as a relationship with the adult who abused them is flagged', () => {
  it('flags a girl in a relationship with a named paedophile, and leaves a relationship with a social worker alone', () => {
    expect(rulesOn('The girl, 13, hid her relationship with the groomer from her parents.')).toContain(
      'relationship-with-named-child-abuser',
    );
    expect(rulesOn('The girl, 13, has a good relationship with her social worker.')).not.toContain(
      'relationship-with-named-child-abuser',
    );
  });

  it('flags an adult who entered a close relationship with a teenager, and leaves a romantic relationship with a colleague alone', () => {
    expect(rulesOn('A coach who entered into a secret relationship with a pupil was banned.')).toContain(
      'relationship-entered-with-child',
    );
    expect(rulesOn('The coach entered into a romantic relationship with a colleague.')).not.toContain(
      'relationship-entered-with-child',
    );
  });

  it('flags a child "involved with" the perpetrator, and leaves a sister involved with the family alone', () => {
    expect(rulesOn('Nothing stopped the 12-year-old from getting involved with the groomer.')).toContain(
      'became-involved-with',
    );
    expect(rulesOn('Her older sister became involved with the family again.')).not.toContain('became-involved-with');
  });
});
