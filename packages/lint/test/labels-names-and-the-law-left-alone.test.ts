import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on.ts';

// precision36: words the engine read as a label of a child or family, or as service jargon written to a family, where
// the writing names something else: a cipher an inquiry gives a witness, the writer's own stare, a meeting, an
// awareness week, a question of law. Invented sentences.

describe('letters joined by a hyphen to a cipher are a label for a person, not an acronym', () => {
  it('leaves “LA” alone in a witness’s cipher', () => {
    expect(rulesOn('LA-B47 told the inquiry that she had not been believed.')).not.toContain('acronym-la');
    expect(rulesOn('The account given by LA-C9 was read into the record.')).not.toContain('acronym-la');
  });

  it('still flags the local authority’s initials', () => {
    expect(rulesOn('The LA did not reply to the letter.')).toContain('acronym-la');
    expect(rulesOn('She moved to an LA-run home in March.')).toContain('acronym-la');
  });
});

describe('“hostile” said of the writer’s own stare is not a verdict on a family', () => {
  it('leaves the writer’s own stare or look alone', () => {
    expect(rulesOn('I gave him a hostile stare across the waiting room.')).not.toContain('hostile');
    expect(rulesOn('We were giving them a hostile look by then.')).not.toContain('hostile');
  });

  it('still flags a parent’s look or manner', () => {
    expect(rulesOn('Dad gave me a hostile look at the door.')).toContain('hostile');
    expect(rulesOn('She gave the worker a hostile stare.')).toContain('hostile');
  });
});

describe('“chaotic” said of a meeting or a stretch of time is about an event, not a home', () => {
  it('leaves a chaotic meeting or half hour alone', () => {
    expect(rulesOn('The committee meeting was chaotic from the start.')).not.toContain('chaotic');
    expect(rulesOn('It was a chaotic half hour before the vote.')).not.toContain('chaotic');
  });

  it('still flags a home or a lifestyle called chaotic', () => {
    expect(rulesOn('The home was chaotic when I arrived.')).toContain('chaotic');
    expect(rulesOn('Mum has a chaotic lifestyle.')).toContain('chaotic');
  });
});

describe('private fostering named as an awareness week or asked about as a term', () => {
  it('leaves the week’s name and the question alone', () => {
    expect(rulesOn('The council marks Private Fostering Week every July.')).not.toContain('private-fostering');
    expect(rulesOn('Many neighbours do not know what private fostering is.')).not.toContain('private-fostering');
  });

  it('still flags a child said to be privately fostered', () => {
    expect(rulesOn('Ruby has been privately fostered by a family friend since May.')).toContain('private-fostering');
  });
});

describe('parental responsibility named as a question of law or what a court is asked for', () => {
  it('leaves the legal question and the application alone', () => {
    expect(rulesOn('The court then turned to the question of parental responsibility.')).not.toContain(
      'parental-responsibility',
    );
    expect(rulesOn('Check the position with regard to parental responsibility before the meeting.')).not.toContain(
      'parental-responsibility',
    );
    expect(rulesOn('The father applied for orders for parental responsibility and contact.')).not.toContain(
      'parental-responsibility',
    );
  });

  it('still flags who holds it, told to a family', () => {
    expect(rulesOn('Both parents share parental responsibility for Ruby.')).toContain('parental-responsibility');
  });
});
