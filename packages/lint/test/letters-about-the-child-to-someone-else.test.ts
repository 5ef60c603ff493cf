import { describe, expect, it } from 'vitest';
import { analyseNote } from '@casenote/lint';

describe('letters about the child to someone else', () => {
  it('the child named in the third person beside “you” makes “you” someone else; a greeting or a closing name does not', () => {
    const sam = { child: { name: 'Sam' } };
    const toAdult = analyseNote('I want you to know that Sam has settled well with us.', sam);
    expect(toAdult.addressee).toBe('other');
    expect(toAdult.summary.toChild).toBe(0);
    for (const note of [
      'Dear Sam, I hope you had a lovely birthday.',
      'My Dearest Sam, I have written to you before.',
      'I am so proud of you, Sam.',
      'Sam, you were brave today.',
    ])
      expect(analyseNote(note, sam).addressee, note).toBe('child');
  });

  it('“you” described as a child (“when you become a child in care”, “the young person you have become”) is the child', () => {
    for (const note of [
      'When you become a child in care it can feel strange at first.',
      'I am so proud of the young person you have become.',
    ])
      expect(analyseNote(note).addressee, note).toBe('child');
    // a child welfare worker is an adult, not “a child”
    expect(analyseNote('If you are a child welfare worker, you will visit children in care.').addressee).toBe('other');
  });

  it('a child who introduces themself by name writes to someone else', () => {
    const analysis = analyseNote('Hi Mel This is Sam, I am emailing you about the contact that did not happen.', {
      child: { name: 'Sam' },
    });
    expect(analysis.addressee).toBe('other');
    expect(analysis.summary.toChild).toBe(0);
  });

  it('a writer who says they were taken into care, or are a looked after child, is the child writing', () => {
    for (const note of [
      'I was taken into care at the age of 9. Most people feel lost when you have no family around you.',
      'Yes, I am a looked after child. The things you read before are true.',
    ]) {
      const analysis = analyseNote(note);
      expect(analysis.addressee, note).not.toBe('child');
      expect(analysis.summary.toChild, note).toBe(0);
    }
  });

  it('a page to parents whose only cue is “you” is read from the adult business “you” has (two kinds or more)', () => {
    for (const note of [
      'You will get a copy of the report before the conference. If you do not agree with it, you can say so at the conference.',
      'We want to support you with attendance this term. If you have any questions, please contact the school office.',
      'When a social worker comes to your home, you have legal rights.',
    ]) {
      const analysis = analyseNote(note);
      expect(analysis.addressee, note).toBe('other');
      expect(analysis.summary.toChild, note).toBe(0);
    }
    // one kind alone is also said to children: a page to a child about their conference
    // consent, disagreeing with a report and "you and your family" are said to children too
    expect(
      analyseNote(
        'We will ask for your permission before we share anything. If you do not agree with the report, you can add your own comments. We will support you and your family.',
      ).addressee,
    ).toBe('child');
    expect(
      analyseNote('You can come to the conference if you want to. Your social worker will help you.').addressee,
    ).toBe('child');
  });

  it('a page to parents that social services call, visit or become involved with is not written to the child', () => {
    for (const note of [
      'If you have been contacted by social services, you are not alone in feeling unsure.',
      'Receiving a phone call from social services can feel like the ground has gone from under your feet.',
      'When Children’s Services become involved with your family, we can help you.',
    ]) {
      const analysis = analyseNote(note);
      expect(analysis.addressee, note).toBe('other');
      expect(analysis.summary.toChild, note).toBe(0);
    }
    // what Children's Services do for a child, and "your social worker", are said to children
    expect(
      analyseNote('Children’s Services will look at how things are going for you. Your social worker will visit you.')
        .addressee,
    ).toBe('child');
  });

  it('“as this is all new for you” is said to the child: “all” is a role only in “Dear all”', () => {
    const analysis = analyseNote('No doubt you will have lots of questions as this is all new for you.');
    expect(analysis.addressee).toBe('child');
    expect(analysis.sentences.map((sentence) => sentence.kind)).toEqual(['to-child']);
    // a role after "as" still makes "you" an adult
    expect(analyseNote('As a foster carer, you will keep a daily record.').addressee).toBe('other');
  });

  it('“as a young carer, you…” is said to a child: a young carer is the child, not an adult carer', () => {
    const analysis = analyseNote(
      'As a young carer, you might help out with the shopping and look after your brothers and sisters.',
    );
    expect(analysis.addressee).toBe('child');
    expect(analysis.summary.toChild).toBe(1);
    expect(analyseNote('As a carer, you might help out with the shopping.').addressee).toBe('other');
  });

  it('a letter that opens by naming its reader as a parent (“To the birth mother of my son,”, “Mum, it’s me.”) is to an adult', () => {
    for (const note of [
      'To the birth mother of my son, I hope you are well. We kept the name you gave him.',
      'To my foster son’s former foster parent, thank you for all you did for him.',
      'Mum, it’s me. I hope you will get to hear these words.',
      'To the parents of Class 4:\nPlease make sure you send a packed lunch on Friday.',
    ]) {
      const analysis = analyseNote(note);
      expect(analysis.addressee).toBe('other');
      expect(analysis.summary.toChild).toBe(0);
    }
    // a list of family members, a parent spoken of with an aside, and a salutation to a child are not
    expect(analyseNote('Mum, Dad and I went to the park. You loved the swings.').addressee).toBe('child');
    expect(analyseNote('Mum, however, said you were tired. You went to bed early.').addressee).toBe('child');
    expect(analyseNote('To my darling daughter, I love you so much.').addressee).toBe('child');
    expect(analyseNote('To make things easier, you can bring a friend to your review.').addressee).toBe('child');
  });
});
