import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on.ts';
import { createLinter } from '@casenote/lint';

// vbdef30 (issue 9): a child's account doubted in the record's own words (credibility, reliability, a "story" with no truth or
// discrepancies in it, lying, claims, a misreading), a child blamed for the men who exploit her or for "pursuing" the adult,
// children told as drug sellers, an adult's messages told as something that "became sexual", an adult "sleeping with" a child or
// a pupil, and the near variants widened this round. Each is paired with the same words said of adults, of a parent or of
// everyday things, which must be left alone. Invented sentences throughout.
const linter = createLinter({ analysis: false });

describe('a child’s account doubted in the note’s own words is flagged; doubt about an adult is not', () => {
  it('flags a child’s credibility or reliability judged, and leaves the accused’s credibility alone', () => {
    expect(rulesOn('The officer raised doubts about the credibility of a 14-year-old girl.')).toContain(
      'child-account-doubted',
    );
    expect(rulesOn('The worker noted concerns about the teenager’s reliability.')).toContain('child-account-doubted');
    expect(rulesOn('The jury had no concerns about the credibility of the accused.')).not.toContain(
      'child-account-doubted',
    );
  });

  it('flags a child’s account called a story with no truth or discrepancies in it, and leaves a child’s own story alone', () => {
    expect(rulesOn('The manager said there was no truth in the girl’s story.')).toContain('child-account-doubted');
    expect(rulesOn('Staff pointed out discrepancies in the boy’s account.')).toContain('child-account-doubted');
    expect(rulesOn('Staff wondered how much of the girls’ story was true.')).toContain('child-account-doubted');
    expect(rulesOn('We read the girl’s story about her new puppy together.')).toEqual([]);
  });

  it('flags a child said to be not reliable, and leaves a parent who is not reliable alone', () => {
    expect(rulesOn('Jade (13) mixed things up and was not completely reliable.')).toContain('child-not-reliable');
    expect(rulesOn('Dad was not reliable about contact times.')).not.toContain('child-not-reliable');
  });

  it('flags a child said to be lying, and leaves a child lying on the sofa alone', () => {
    expect(rulesOn('Her aunt said the girl was lying about the abuse.')).toContain('child-lying');
    expect(rulesOn('The report mentioned the child’s ability to tell lies.')).toContain('child-lying');
    expect(rulesOn('When I arrived the girl was lying on the sofa watching television.')).toEqual([]);
  });

  it('offers “claimed” of a child as a hint, and leaves a child’s claim for a bus pass alone', () => {
    expect(rulesOn('The girl claimed she had been locked in her room.')).toContain('child-claimed');
    expect(rulesOn('The teenager’s claims were passed to the police.')).toContain('child-claimed');
    expect(rulesOn('The boy claims the bus pass every September.')).not.toContain('child-claimed');
  });

  it('flags a child’s account told as a misreading, and leaves an adult’s misreading alone', () => {
    expect(rulesOn('Nothing had happened that could have been misinterpreted by the girl.')).toContain(
      'child-misread-abuse',
    );
    expect(rulesOn('The incident was supposed to have happened in the kitchen.')).toContain('child-misread-abuse');
    expect(rulesOn('The letter was misinterpreted by the landlord.')).toEqual([]);
  });

  it('flags more ways of telling a child’s mistreatment as a claim, and leaves a plain report alone', () => {
    expect(rulesOn('She ran to her aunt’s, claiming she was being mistreated at home.')).toContain('claimed-abuse');
    expect(rulesOn('She told her aunt that she was being mistreated at home.')).toEqual([]);
  });

  it('flags a child’s account put down to a proneness to fantasy, and leaves a story-writing class alone', () => {
    expect(rulesOn('The girl, 15, had a proneness to fantasy, the report said.')).toContain('child-prone-to-fantasy');
    expect(rulesOn('Mum, 40, said she had a tendency to exaggerate when she was tired.')).not.toContain(
      'child-prone-to-fantasy',
    );
  });

  it('flags a child said to have made up accounts of abuse', () => {
    expect(rulesOn('The newspaper said the girl made up accounts of sexual abuse.')).toContain(
      'child-made-up-allegation',
    );
  });
});

describe('a child blamed for the adults who exploit them is flagged; the same words of adults are not', () => {
  it('flags a child’s “proclivity” for older men, as a question where the note does not say who she is', () => {
    expect(rulesOn('Amy (14) was found in a car. Staff noted her proclivity for older men.')).toContain(
      'proclivity-for-older-men',
    );
    const unknown = linter.lint('Staff noted her proclivity for older men.');
    expect(unknown.map((found) => [found.ruleId, found.severity])).toContainEqual(['proclivity-for-older-men', 'hint']);
    expect(rulesOn('Mum, 38, spoke of her proclivity for older men when she was young.')).not.toContain(
      'proclivity-for-older-men',
    );
  });

  it('flags a child said to have lapped up or sought an abuser’s attention, and leaves a party and an adult alone', () => {
    expect(rulesOn('Given gifts by the man, the 13-year-old lapped up the attention.')).toContain(
      'child-sought-abusers-attention',
    );
    expect(rulesOn('The girl seeks his attention after school.')).toContain('child-sought-abusers-attention');
    expect(rulesOn('Jade (6) enjoyed the attention at her birthday party.')).toEqual([]);
    expect(rulesOn('Mum, 35, lapped up the attention at the wedding.')).not.toContain('child-sought-abusers-attention');
  });

  it('flags a child said to have pursued the adult, and leaves a journalist who pursued a story alone', () => {
    expect(rulesOn('The coach said the girl pursued him for months.')).toContain('child-pursued-adult');
    expect(rulesOn('He said he was being pursued by a pupil.')).toContain('child-pursued-adult');
    expect(rulesOn('The reporter pursued the story for months.')).toEqual([]);
  });

  it('flags teenagers told as drug sellers, and leaves adults who sell drugs to them alone', () => {
    expect(rulesOn('The police target teen drug sellers in the town centre.')).toContain('teens-who-sell-drugs');
    expect(rulesOn('The officer talked about teenagers who sell drugs.')).toContain('teens-who-sell-drugs');
    expect(rulesOn('Men who sell drugs to teenagers were arrested.')).toEqual([]);
  });
});

describe('an adult’s abuse of a child told as something the two shared is flagged; adults’ own lives are not', () => {
  it('flags messages from an adult to a child told as having become sexual, and leaves two adults alone', () => {
    expect(rulesOn('The teacher, 30, messaged the girl, 15, and the messages became sexualised.')).toContain(
      'contact-became-sexual-child',
    );
    expect(rulesOn('The teacher, 30, messaged the girl, 15, and the chats escalated to sexualised banter.')).toContain(
      'contact-became-sexual-child',
    );
    expect(rulesOn('Mum, 34, and her partner, 36, met online and their messages became sexual.')).toEqual([]);
  });

  it('flags an adult sleeping with a child the sentence describes, and leaves a parent’s shared bed alone', () => {
    expect(rulesOn('Her 40-year-old coach, who by sleeping with her when she was 15, broke the law.')).toContain(
      'sleeping-with-her-child',
    );
    expect(rulesOn('Dad, 40, said he was sleeping with her in the same bed when the girl, 6, had nightmares.')).toEqual(
      [],
    );
  });

  it('flags a teacher who slept with his pupil, and his student where the note describes a child', () => {
    expect(rulesOn('The teacher slept with his pupil.')).toContain('slept-with-pupil');
    expect(rulesOn('A teacher, 44, groomed a girl, 16.\n\nHe slept with his student.')).toContain('slept-with-pupil');
    expect(rulesOn('The professor, 44, slept with his student.')).not.toContain('slept-with-pupil');
  });

  it('flags more ways of telling the two together: went on to have sex, met up to have sex, a friendship struck up', () => {
    expect(rulesOn('A man, 31, messaged a girl, 15.\n\nThey went on to have sex.')).toContain(
      'pair-had-sex-child-and-adult',
    );
    expect(rulesOn('A man, 31, messaged a girl, 15.\n\nThey met up to have sex.')).toContain(
      'pair-had-sex-child-and-adult',
    );
    expect(rulesOn('A man, 43, met a girl, 15.\n\nThey struck up a friendship.')).toContain(
      'pair-began-relationship-child-and-adult',
    );
    expect(rulesOn('A man, 43, met a girl, 15.\n\nHe told her not to mention their relationship.')).toContain(
      'relationship-began-child-and-adult',
    );
    expect(rulesOn('Mum and Dad struck up a friendship with the neighbours.')).toEqual([]);
  });

  it('flags a two-sided quarrel told as “as bad as one another”', () => {
    expect(rulesOn('The log said both parties were as bad as one another.')).toContain('as-bad-as-each-other');
  });
});

describe('words said of the law, of a parent or of young people in general are left alone (false alarms mended)', () => {
  it('leaves an adult’s relationship with the child’s mother alone', () => {
    expect(
      rulesOn('The man, 40, was having a relationship with the child’s mother when the girl, 8, told her teacher.'),
    ).not.toContain('having-relationship-child-and-adult');
  });

  it('leaves the law that children cannot consent alone', () => {
    expect(rulesOn('Children under 13 are incapable of consenting to any sexual activity.')).toEqual([]);
  });

  it('leaves procedures on sexually active young people in general alone, and still flags a particular child', () => {
    expect(rulesOn('Practitioners must ask, where young people are sexually active, whether they are safe.')).toEqual(
      [],
    );
    expect(rulesOn('Sexually active teenagers should be offered advice.')).toEqual([]);
    expect(rulesOn('Jade, 13, is sexually active.')).toContain('sexually-active');
  });

  it('still flags children under the age of consent called sexually active, in a procedure too', () => {
    expect(
      rulesOn('The leaflet covers sexually active under-age children.').filter((id) =>
        id.startsWith('sexually-active'),
      ),
    ).not.toEqual([]);
    expect(
      rulesOn('Sexually active young people aged under 13 must be referred.').filter((id) =>
        id.startsWith('sexually-active'),
      ),
    ).not.toEqual([]);
    expect(rulesOn('Any sexually active teenagers aged less than 16 need a referral.')).toContain(
      'sexually-active-under-age',
    );
  });
});
