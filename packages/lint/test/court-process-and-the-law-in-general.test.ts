import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on.ts';

// precision38c: deficit and victim-blaming words in another sense on clean writing, one kind at a time (the lead's
// ruling, thirty-third session, third round). Invented sentences only; each has a twin the tool still flags.
describe('non-compliance as a court process or said of an order is left alone', () => {
  it('leaves a return to court or a prosecution for non-compliance, and still flags a parent called non-compliant', () => {
    expect(rulesOn('He may be taken back to court for non compliance.')).not.toContain('non-compliant');
    expect(rulesOn('Non-compliance can result in prosecution by the council.')).not.toContain('non-compliant');
    expect(rulesOn('Non-compliance with the court order was reported to the magistrates.')).not.toContain(
      'non-compliant',
    );
    expect(rulesOn('Mum has been non-compliant since March.')).toContain('non-compliant');
    expect(rulesOn('Her non-compliance worried the team.')).toContain('non-compliant');
  });
});

describe('"alleged" as the court\'s process in a report of a trial or charge is left alone', () => {
  it("leaves the accused denying the alleged abuse or the charges naming alleged victims, and still flags a child's alleged abuse", () => {
    expect(rulesOn('Three men deny taking part in the alleged abuse of the boys.')).not.toContain('alleged-abuse');
    expect(rulesOn('The charges relate to five alleged victims in Leeds.')).not.toContain('alleged-abuse');
    expect(rulesOn('Jade, 14, told her teacher about the alleged abuse at home.')).toContain('alleged-abuse');
  });
});

describe('"consensual" in a statement of the law in general is left alone', () => {
  it('leaves "even if it was consensual" and the age at which sex can be consensual, and still flags two people', () => {
    expect(rulesOn('A child cannot give consent, so even if it was consensual the offence is made out.')).not.toContain(
      'consensual',
    );
    expect(rulesOn('Grooming can be present even if the sexual activity seems consensual.')).not.toContain(
      'consensual',
    );
    expect(rulesOn('The law sets the age at which sex can be consensual.')).not.toContain('consensual');
    expect(rulesOn('Jade said the sex with Kyle was consensual.')).toContain('consensual');
  });
});

describe("a witness's hostility to the party who called them is left alone", () => {
  it("leaves the law of evidence, and still flags a parent's hostility", () => {
    expect(rulesOn('A witness who shows hostility to the party calling her may be cross-examined.')).not.toContain(
      'hostile',
    );
    expect(rulesOn('Dad showed hostility to the social worker.')).toContain('hostile');
  });
});
