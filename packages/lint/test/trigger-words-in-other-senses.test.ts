import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on.ts';

// precision30: trigger words in other senses found on real clean writing (dev-clean-27a and older dev files). Each test
// pairs the ordinary sentence that must stay clean with the use about a family that must still be flagged. (Invented
// sentences.)

describe('"hostile" said of a takeover, a witness, adults at work or a place is not flagged', () => {
  it('leaves a hostile takeover or bid alone', () => {
    expect(rulesOn('The board rejected the hostile takeover and advised shareholders to wait.')).toEqual([]);
    expect(rulesOn('Hostile bids are rarely welcomed by the directors of the target company.')).toEqual([]);
    expect(rulesOn('The firm faced a hostile acquisition from a rival supplier.')).toEqual([]);
  });

  it('leaves the law’s hostile witness alone', () => {
    expect(rulesOn('The prosecution asked the judge to treat her as a hostile witness.')).toEqual([]);
    expect(rulesOn('A witness is not to be treated as hostile merely because the evidence is unhelpful.')).toEqual([]);
    expect(rulesOn('The witness was declared hostile after refusing to answer.')).toEqual([]);
  });

  it('leaves adults in their working roles, the press and places alone', () => {
    expect(rulesOn('The head teacher said the inspectors were “hostile” from the first morning.')).toEqual([]);
    expect(rulesOn('Her employer was openly hostile when she asked for flexible hours.')).toEqual([]);
    expect(rulesOn('The minister faced a hostile press after the announcement.')).toEqual([]);
    expect(rulesOn('Refugees arriving in a hostile environment need legal advice quickly.')).toEqual([]);
  });

  it('still flags hostile said of a parent, a family or a child', () => {
    expect(rulesOn('Mum was hostile when I arrived and would not let me in.')).toEqual(['hostile']);
    expect(rulesOn('Dad became hostile towards the social worker.')).toEqual(['hostile']);
    expect(rulesOn('The family were hostile to the school’s concerns.')).toEqual(['hostile']);
    expect(rulesOn('There was some hostility at the start of the visit.')).toEqual(['hostile']);
    // a witness's parent is still a parent
    expect(rulesOn('Jade’s mother was hostile throughout the interview.')).toEqual(['hostile']);
  });
});

describe('"placement" in the name of a service’s strategy, regulations, scheme or report is not flagged', () => {
  it('leaves a council’s placement strategy, regulations and reports alone', () => {
    expect(rulesOn('Students will receive their placement allocation in June.')).toEqual([]);
    expect(rulesOn('Members noted the new Placement Strategy for 2025.')).toEqual([]);
    expect(rulesOn('The Care Planning, Placement and Case Review Regulations set out what must happen.')).toEqual([]);
    expect(rulesOn('The panel read the Adoption Placement Report before the meeting.')).toEqual([]);
  });

  it('leaves a work activity or mandatory placement scheme alone', () => {
    expect(rulesOn('Claimants may be sent on a mandatory placement for four weeks.')).toEqual([]);
    expect(rulesOn('He started a Work Activity placement in May.')).toEqual([]);
  });

  it('still flags the place a child lives called a placement', () => {
    expect(rulesOn('Jade’s placement with the Smiths is going well.')).toEqual(['placement']);
    expect(rulesOn('The placement ended after two weeks and Jade moved again.')).toEqual(['placement']);
    expect(rulesOn('Jade has had four placements this year.')).toEqual(['placement']);
  });
});

describe('"hostile" in the Equality Act’s words for harassment is not flagged', () => {
  it('leaves the definition alone, whatever the order of its words, and still flags a parent called hostile in a list', () => {
    expect(
      rulesOn(
        'Harassment is conduct that creates an intimidating, hostile, degrading, humiliating or offensive environment.',
      ),
    ).toEqual([]);
    expect(
      rulesOn('He may claim if her conduct is intimidating, humiliating, hostile, degrading or offensive to him.'),
    ).toEqual([]);
    expect(rulesOn('Dad was loud, hostile, rude and would not sit down.')).toEqual(['hostile']);
  });
});

describe('consent denied by age or maturity is not flagged', () => {
  it('leaves the law stated as a child too young to consent alone, and still flags a child said to have consented', () => {
    // precision30: dev-language-22b, "not mature enough to consent to sex"
    expect(rulesOn('The law presumes a girl under 13 is not mature enough to consent to sex.')).toEqual([]);
    expect(rulesOn('At 12 she was far too young to consent to sexual activity.')).toEqual([]);
    expect(rulesOn('Jade said she was mature enough and consented to sex with him.')).toEqual(['consented-to']);
  });
});
