import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on.ts';

// precision29: the lead's rulings of the twenty-fourth session. A term the writer defines in the same sentence has been
// explained, and a word quoted as a word to be criticised is not the writer's own: neither is flagged. A term used
// without its definition, and a quotation that only records someone's word for a child, still are. (Invented sentences.)

describe('a term the sentence defines where it stands is not flagged', () => {
  it('leaves a glossary definition alone, and still flags the same term used bare', () => {
    expect(
      rulesOn(
        'A child protection conference is a meeting where your family and the professionals talk about how to keep Jade safe.',
      ),
    ).toEqual([]);
    expect(
      rulesOn(
        'Private fostering happens when a child lives with someone who is not a close relative for 28 days or more.',
      ),
    ).toEqual([]);
    expect(rulesOn('Section 20 means the council looks after a child with the agreement of the parents.')).toEqual([]);
    expect(rulesOn('A detention training order (DTO) is a sentence where a young person is sent to custody.')).toEqual(
      [],
    );
    expect(
      rulesOn('‘Corporate parent’ is the name given to the council’s duty to the children it looks after.'),
    ).toEqual([]);
    expect(rulesOn('We will hold a child protection conference next week.')).toEqual(['child-protection-conference']);
    expect(rulesOn('Jade is privately fostered by a family friend.')).toEqual(['private-fostering']);
  });

  it('leaves a term a clause after it explains alone', () => {
    expect(rulesOn('Jade has a child protection plan, which sets out what everyone will do to keep her safe.')).toEqual(
      [],
    );
    expect(rulesOn('Jade has a child protection plan and Mum is worried about it.')).toEqual(['child-protection-plan']);
  });

  it('still flags a term the sentence only says something about', () => {
    // one placement and what it does, not what the term means
    expect(rulesOn('The out-of-area placement means Molly cannot see her friends.')).not.toEqual([]);
    expect(rulesOn('Managed moves are sometimes used as an alternative to exclusion.')).toEqual(['managed-move']);
    expect(rulesOn('A child protection conference was held on Monday.')).toEqual(['child-protection-conference']);
  });
});

describe('a word quoted as a word and criticised is not flagged', () => {
  it('leaves advice against a quoted term alone', () => {
    expect(rulesOn('Terms such as ‘promiscuous’ should not be used about a child who is being exploited.')).toEqual([]);
    expect(rulesOn('We never use the term “child prostitute” because it places blame on the child.')).toEqual([]);
    expect(rulesOn('Calling a child “promiscuous” is victim-blaming language.')).toEqual([]);
    expect(
      rulesOn('Instead of referring to them as “child prostitutes” we say children who are being exploited.'),
    ).toEqual([]);
    expect(rulesOn('Agencies dismissed the abuse as “child prostitution” for years.')).toEqual([]);
  });

  it('leaves a quoted label the writer says would be better put another way alone', () => {
    // precision30: dev-clean-27a's glossary on "hard to reach"
    expect(
      rulesOn('Families called ‘hard to reach’ would be better described as ‘not well served’ by the services.'),
    ).toEqual([]);
    expect(
      rulesOn('Parents labelled “hostile” are often better described as frightened of losing their children.'),
    ).toEqual([]);
    // the same words as the writer's own still are
    expect(rulesOn('The family is hard to reach and would be better described as avoiding us.')).toEqual([
      'hard-to-reach',
    ]);
  });

  it('still flags a quotation that only records someone’s word for the child', () => {
    expect(rulesOn('The carer described her as “feral” at the review.')).not.toEqual([]);
    expect(rulesOn('Staff said she was ‘promiscuous’ and would avoid her.')).not.toEqual([]);
    expect(rulesOn('She is promiscuous and should not be left alone with older boys.')).not.toEqual([]);
    // vbdef31, the lead's ruling of the twenty-sixth session: someone's verdict on particular people, quoted, stays flagged
    // however the sentence judges it; only a word quoted as a word is answered
    expect(rulesOn('The school described her as ‘streetwise’, which is victim-blaming language.')).toEqual([
      'streetwise',
    ]);
    expect(
      rulesOn('The inspectors found inappropriate practice: a log said both parties were “as bad as one another”.'),
    ).toEqual(['as-bad-as-each-other']);
    expect(rulesOn('The review said the girls were labelled as “promiscuous”, which was inappropriate.')).toEqual([
      'promiscuous',
    ]);
    // a quoted name of a team is no word criticised
    expect(rulesOn('Jade was moved to the “child in need” team rather than the disability team.')).toEqual([
      'child-in-need',
    ]);
  });
});
