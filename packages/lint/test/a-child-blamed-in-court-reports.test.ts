import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on.ts';

// vbdef31 (issue 9): a child's account doubted by the truth or veracity of it, or called a narrative; an adult's abuse told as a
// relationship with "the defendant", a relationship an adult "admitted having" with a child, "liaisons" or "sex games"; a child
// who "gave in to him" or did not understand "what he was getting himself into"; children "used as runners"; messages that
// "quickly became sexual"; and a child "claiming she had been sexually abused" (the lead's ruling of the twenty-sixth session).
// Each is paired with the same words said of adults, of a parent or of everyday things, which must be left alone. Invented
// sentences throughout.

describe('a child’s account doubted by its truth, or called made up, is flagged; an account accepted is not', () => {
  it('flags doubt in the truth of a child’s account, and leaves its truth accepted alone', () => {
    expect(rulesOn('The panel had doubts about the truth of the girl’s account.')).toContain(
      'child-account-truth-doubted',
    );
    expect(rulesOn('The court accepted the truth of the girl’s account.')).not.toContain('child-account-truth-doubted');
  });

  it('flags the veracity of her claims questioned where she is a child, and leaves an adult’s claims alone', () => {
    expect(rulesOn('Jade (14) told staff, but they questioned the veracity of her claims.')).toContain(
      'child-claims-veracity-questioned',
    );
    expect(rulesOn('Mum, 38, made a complaint and the manager questioned the veracity of her claims.')).not.toContain(
      'child-claims-veracity-questioned',
    );
  });

  it('flags a child’s allegations called a narrative, and leaves a narrative with no child alone', () => {
    expect(rulesOn('The court held that the allegations were a narrative the girl had been told to repeat.')).toContain(
      'child-allegations-called-story',
    );
    expect(rulesOn('The tribunal found the allegations were a fabrication by the former manager.')).not.toContain(
      'child-allegations-called-story',
    );
  });
});

describe('an adult’s abuse of a child told as a relationship, liaisons or games is flagged; adults’ own are not', () => {
  it('flags a child’s relationship with the defendant, and leaves an adult witness’s alone', () => {
    expect(rulesOn('The girl, 12, was groomed after forming a relationship with the defendant online.')).toContain(
      'relationship-with-offender',
    );
    expect(
      rulesOn('The witness, a neighbour, had formed a relationship with the defendant years earlier.'),
    ).not.toContain('relationship-with-offender');
  });

  it('flags an adult who admitted having a relationship with a boy, and leaves two children alone', () => {
    expect(rulesOn('The coach, 52, admitted having a relationship with the boy.')).toContain(
      'admitted-relationship-with-child',
    );
    expect(rulesOn('Kyle admitted having a relationship with the girl from his class.')).not.toContain(
      'admitted-relationship-with-child',
    );
  });

  it('flags secret liaisons with a child, and leaves a family liaison officer and adults’ liaisons alone', () => {
    expect(rulesOn('The youth worker, 30, met the 14-year-old girl at the park for secret liaisons.')).toContain(
      'liaisons-child',
    );
    expect(rulesOn('The family liaison officer visited Mum on Tuesday.')).not.toContain('liaisons-child');
    expect(rulesOn('The two managers kept their secret liaisons from their partners.')).not.toContain('liaisons-child');
  });

  it('flags sex games with a child, and leaves sex games with no child alone', () => {
    expect(rulesOn('He lured the 12-year-old boy into sordid sex games.')).toContain('sex-games-child');
    expect(rulesOn('The magazine ran a feature on sex games for couples.')).not.toContain('sex-games-child');
  });

  it('flags messages that quickly became sexual where a child and a man are named, and leaves work messages alone', () => {
    expect(rulesOn('A man, 40, messaged Jade, 14. The messages quickly became sexual in nature.')).toContain(
      'contact-became-sexual-child',
    );
    expect(rulesOn('The team’s messages quickly became friendly.')).not.toContain('contact-became-sexual-child');
  });
});

describe('a child made the one who agreed, or the one who got into it, is flagged; a parent giving in is not', () => {
  it('flags a child who gave in to him, and leaves a parent giving in to a child’s demands alone', () => {
    expect(rulesOn('Jade, 14, gave in to him after weeks of messages.')).toContain('child-gave-in-to-adult');
    expect(rulesOn('Mum gave in to Jade’s demands for a new phone.')).not.toContain('child-gave-in-to-adult');
  });

  it('flags what a child was getting himself into, and leaves an adult’s own choice alone', () => {
    expect(rulesOn('Kyle, 13, did not understand what he was getting himself into.')).toContain(
      'what-child-got-self-into',
    );
    expect(rulesOn('Dad, 45, knew what he was getting himself into when he took the job.')).not.toContain(
      'what-child-got-self-into',
    );
  });

  it('flags children used as runners, and leaves runners in a race alone', () => {
    expect(rulesOn('Children as young as 13 were used as runners by the gang.')).toContain('runners-and-dealers-child');
    expect(rulesOn('The charity used volunteers as runners in the fun run.')).not.toContain(
      'runners-and-dealers-child',
    );
  });
});

describe('a reporting verb that casts doubt on a child’s account of abuse is flagged as a hint', () => {
  it('flags claiming she had been sexually abused, and leaves an allegation named in court reporting alone', () => {
    expect(rulesOn('Jade, 13, went to the police claiming she had been sexually abused by her uncle.')).toContain(
      'claimed-abuse',
    );
    expect(rulesOn('The man denied the charge after a woman alleged she had been sexually assaulted.')).not.toContain(
      'claimed-abuse',
    );
  });
});
