import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on.ts';

// vbdef38 (issue 9; the lead's ruling of the thirty-second session): a mother, or her silence, blamed for harm a man did,
// told without "failed": she chose him over the child, stood by, covered for him, ignored the signs, put him first, let the
// abuse go on, watched him harm the child, should have left; a child said to have lied about the abuse. Each is paired with
// the same words said of a school, the police, an adult's own choices or a child who lied about something else, which must
// be left alone. Invented sentences throughout.

describe('a mother said to have chosen the man, or stood by, is flagged', () => {
  it('flags a mother who chose him over her child, and leaves choosing a school over another alone', () => {
    expect(rulesOn('The judge asked whether she had chosen him over her daughter.')).toContain(
      'mother-chose-abuser-over-child',
    );
    expect(rulesOn('Some mothers choose to side with the abuser.')).toContain('mother-chose-abuser-over-child');
    expect(rulesOn('She chose the local school over the academy.')).not.toContain('mother-chose-abuser-over-child');
  });

  it('flags a mother who stood by while her son was hurt, and leaves a mother who stood by her son alone', () => {
    expect(rulesOn('The mother stood by while her partner hit her son.')).toContain('mother-stood-by');
    expect(rulesOn('Her mum stood by, saying nothing, as he shouted at the boy.')).toContain('mother-stood-by');
    expect(rulesOn('She stood by and watched as he threw the toddler onto the sofa.')).toContain('mother-stood-by');
    expect(rulesOn('Her mum stood by her daughter throughout the trial.')).not.toContain('mother-stood-by');
    expect(rulesOn('Her mum stood by and supported her all year.')).not.toContain('mother-stood-by');
    expect(rulesOn('The nurse stood by while the doctor examined the baby.')).not.toContain('mother-stood-by');
  });

  it('flags a mother who covered for her partner, and leaves a colleague who covered for a manager alone', () => {
    expect(rulesOn('She covered for her boyfriend when the nursery asked about the bruises.')).toContain(
      'mother-covered-for-abuser',
    );
    expect(rulesOn('He covered for the manager on Friday.')).not.toContain('mother-covered-for-abuser');
  });

  it('flags a mother who ignored the warning signs, and leaves professionals who ignored them alone', () => {
    expect(rulesOn('Mother ignored the warning signs that her partner was hurting the baby.')).toContain(
      'mother-ignored-warning-signs',
    );
    expect(rulesOn('Agencies ignored the warning signs for two years.')).not.toContain('mother-ignored-warning-signs');
  });
});

describe('a mother said to have put the man first or let the abuse go on is flagged', () => {
  it('flags loyalty to the man put ahead of the child, and leaves a carer putting the child first alone', () => {
    expect(rulesOn('The report said she put loyalty to her partner ahead of the needs of her children.')).toContain(
      'mother-put-man-before-child',
    );
    expect(rulesOn('Nan always puts the children ahead of everything else.')).not.toContain(
      'mother-put-man-before-child',
    );
  });

  it('flags her silence that allowed the abuse to continue, and leaves a council that allowed it alone', () => {
    expect(rulesOn('Her silence allowed the abuse to continue for a year.')).toContain(
      'mother-allowed-abuse-to-continue',
    );
    expect(rulesOn('The council allowed the abuse to continue for a year.')).not.toContain(
      'mother-allowed-abuse-to-continue',
    );
  });

  it('flags a mother who watched her partner beat her son, and leaves a child who watched a film alone', () => {
    expect(rulesOn('The court heard she watched her partner beat her son.')).toContain(
      'mother-watched-abuser-harm-child',
    );
    expect(rulesOn('She watched her brother play football.')).not.toContain('mother-watched-abuser-harm-child');
  });

  it('flags a mother who should have left him, and leaves a worker who should have left earlier alone', () => {
    expect(rulesOn('The guardian said she should have left him years ago.')).toContain('mother-should-have-left');
    expect(rulesOn('The worker should have left the meeting earlier.')).not.toContain('mother-should-have-left');
  });

  it('flags a mother who did nothing to stop him, and leaves the police who did nothing to stop it alone', () => {
    expect(rulesOn('The court heard Mum did nothing to stop him.')).toContain('mother-did-nothing-to-protect');
    expect(rulesOn('The police did nothing to stop it.')).not.toContain('mother-did-nothing-to-protect');
  });

  it('flags a man by name let harm her daughter, and leaves a coach letting a player rest alone', () => {
    expect(rulesOn('She allowed Dean Carter to hurt her daughter.')).toContain('mother-let-abuser-harm-child');
    expect(rulesOn('The coach allowed Dean Carter to rest his knee.')).not.toContain('mother-let-abuser-harm-child');
  });

  it('flags the silence of the mother told as the cause, and leaves the silence of the room alone', () => {
    expect(rulesOn('The abuse went unreported because of the silence of the mother.')).toContain(
      'mother-silence-told-as-cause',
    );
    expect(rulesOn('Nobody spoke because of the silence of the room.')).not.toContain('mother-silence-told-as-cause');
  });
});

describe("a child's account of abuse told as a lie is flagged", () => {
  it('flags a child said to have lied about the abuser, and leaves a child who lied about homework alone', () => {
    expect(rulesOn('Her stepfather told police the girl lied about the abuse.')).toContain(
      'child-said-to-have-lied-about-abuse',
    );
    expect(rulesOn('The boy lied about his homework.')).not.toContain('child-said-to-have-lied-about-abuse');
  });
});
