import { describe, expect, it } from 'vitest';
import { analyseNote, createLinter, lint } from '@casenote/lint';

const kinds = (text: string, context?: Parameters<typeof analyseNote>[1]) =>
  analyseNote(text, context).sentences.map((sentence) => sentence.kind);
const jade = { child: { name: 'Jade', pronouns: 'she' as const } };

describe('who “you” is, sentence by sentence', () => {
  it('“the foster carer as you call her” in a plan written to the child is still written to the child', () => {
    const analysis = analyseNote(
      'You have a strong bond with the foster carer as you call her ‘aunt’. She reassured you when you moved.',
    );
    expect(analysis.sentences.map((sentence) => sentence.addressee)).toEqual(['child', 'child']);
  });

  it('a note opening with the child’s name still counts the later sentences about her', () => {
    const analysis = analyseNote('Jade, I visited you today at school. Jade was quiet. Jade said she misses Nan.');
    expect(analysis.child.name).toBe('Jade');
    expect(analysis.sentences.map((sentence) => sentence.kind)).toEqual(['to-child', 'about-child', 'about-child']);
    expect(analysis.summary.writtenToChildShare).toBeCloseTo(1 / 3);
  });

  it('a teacher writing to teachers about “your class”, after “my class”, is not writing to a pupil', () => {
    const addressees = (text: string) => analyseNote(text).sentences.map((sentence) => sentence.addressee);
    expect(
      addressees(
        'I loved how I got to reflect on my class. As a teacher each class is different. I wanted to give you a chance to write to your class.',
      ),
    ).toEqual(['none', 'none', 'other']);
    // without the writer's own "my class", "your class" is still a pupil's
    expect(addressees('As a teacher I see many classes. I hope you enjoy your class trip.')).toEqual(['none', 'child']);
  });

  it('a letter or email to a parent or a colleague is not written to the child', () => {
    for (const note of [
      'Dear Ms Shah,\n\nThank you for meeting me on Tuesday. Your son told me he is happy at school.',
      'Email to school nurse:\n\nCould you let me know when you next see Kai? He has a cough.',
      'Handover:\n\nYou will need to ring Mum on Monday. Kai is staying with Nan.',
      'If you are unable to attend, your child’s social worker will ask for your views.',
    ]) {
      const analysis = analyseNote(note);
      expect(analysis.addressee, note).toBe('other');
      expect(analysis.summary.toChild, note).toBe(0);
      expect(analysis.diagnostics.map((diagnostic) => diagnostic.ruleId)).not.toContain('written-to-child-share');
    }
  });

  it('a child’s own letter to a parent or a judge is not written to the child, and is the child’s voice', () => {
    for (const note of [
      'Dear Mom, How are you doing? I have always wondered why you gave us up. I have been in mental hospitals.',
      'Dear Mom, I am sad that we can’t come home. I am not calling Kevin my daddy anymore.',
      'Dear Judge, I would like to stay with my carers because loads of good stuff is going to happen!',
    ]) {
      const analysis = analyseNote(note);
      expect(analysis.summary.toChild, note).toBe(0);
      expect(analysis.summary.childVoice, note).toBe(true);
      expect(analysis.child.name, note).toBeNull();
    }
  });

  it('a worker quoting the child’s “my new school” still writes to the child', () => {
    const note =
      'I visited you today at your foster home. You told me “I like my new school” and you showed me your drawing.';
    const analysis = analyseNote(note);
    expect(analysis.addressee).toBe('child');
    expect(analysis.sentences.map((sentence) => sentence.kind)).toEqual(['to-child', 'to-child']);
    expect(analysis.sentences[0]?.voice).toBe('none');
    expect(analysis.sentences[1]?.voice).toBe('child');
  });

  it('a greeting to a guardian, a template for parents (“him/her”) or “as a mom” makes “you” an adult', () => {
    for (const note of [
      'Dear GAL, Here we are, ten years after my daughter’s adoption. You had faith in me.',
      'Start by asking questions. What are the things you’d like to know about him/her?',
      'I will share our days with you, because as a mom I know how much you miss her.',
    ]) {
      const analysis = analyseNote(note);
      expect(analysis.addressee, note).toBe('other');
      expect(analysis.summary.toChild, note).toBe(0);
    }
  });

  it('a sentence that speaks to nobody shows no addressee, even inside a leaflet to parents', () => {
    const analysis = analyseNote(
      'The social worker will write a report for the conference. You and your child should be given the report two days before. If this is difficult, discuss it with the social worker.',
    );
    expect(analysis.sentences.map((sentence) => sentence.addressee)).toEqual(['none', 'other', 'other']);
  });

  it('a greeting to the child sets the addressee for what follows', () => {
    const analysis = analyseNote('Dear Kai,\n\nI came to see you on Tuesday. Thank you for showing me your room.');
    expect(analysis.addressee).toBe('child');
    expect(analysis.sentences.map((sentence) => sentence.addressee)).toEqual(['child', 'child', 'child']);
    expect(analysis.summary.toChild).toBe(3);
  });

  it('quoted “you” is the speaker’s, not the writer speaking to the child', () => {
    expect(kinds('Jade said “you never listen to me”. Mum made tea.', jade)).toEqual(['about-child', 'neutral']);
  });

  it('a press report’s speech reopened paragraph by paragraph (“…thinking. "A counsellor…”) is still the speaker’s “you”', () => {
    const report =
      '"Talking helped me a lot," says Sam. "When you are on your own, you keep it all in. "A counsellor is someone who you can tell anything to." Sam was nervous at first.';
    const analysis = analyseNote(report);
    expect(analysis.sentences.every((sentence) => sentence.addressee === 'none')).toBe(true);
    expect(analysis.summary.toChild).toBe(0);
    // a new quotation after a closed one, and the writer's own "you" after a quotation, are read as before
    expect(analyseNote('Sam said "I liked it." You asked him what he liked most.').sentences[1]?.addressee).toBe(
      'child',
    );
  });

  it('a young person’s own account whose only “you” is anyone (“When you are travelling you hear…”) is not to the child', () => {
    const account =
      'I missed my family as we had become separated. When you are travelling you hear a lot of people telling you different things. It was difficult for me to trust anyone.';
    const analysis = analyseNote(account);
    expect(analysis.addressee).toBe('other');
    expect(analysis.summary.toChild).toBe(0);
    // a note to the child says "you" outside such a clause, and is still written to the child
    expect(
      analyseNote('I visited you at home. When you feel worried, you can call me. I liked your drawing.').addressee,
    ).toBe('child');
    expect(analyseNote('I came to see you today. When you are sad you cry, and I stayed with you.').addressee).toBe(
      'child',
    );
  });

  it('a dialogue set out with speakers’ labels is their words, not the writer speaking to the child', () => {
    const analysis = analyseNote('Z: Can you take me to the park? Me: I can take you after lunch.', {
      child: { name: 'Z' },
    });
    expect(analysis.sentences.map((sentence) => sentence.addressee)).toEqual(['none', 'none']);
    expect(analysis.summary.toChild).toBe(0);
  });

  it('“Dear all -” and a page that speaks of “the child” beside “you” are written to adults', () => {
    expect(analyseNote('Dear all - if you had a letter about the trip, please ignore it.').addressee).toBe('other');
    const page = analyseNote(
      'When you call us, a worker will visit the family. They will speak to the child alone. They will tell you what happens next.',
    );
    expect(page.addressee).toBe('other');
    expect(page.summary.toChild).toBe(0);
  });

  it('“thank you” alone does not make a note written to the child', () => {
    const analysis = analyseNote('Thank you. The meeting was at 10am. Kai was at school.', { child: { name: 'Kai' } });
    expect(analysis.summary.toChild).toBe(0);
  });

  it('a generic “you” in the child’s reported words is not the writer speaking to the child', () => {
    expect(
      kinds('Kai told me that at his dad’s you can stay up late.', { child: { name: 'Kai', pronouns: 'he' } }),
    ).toEqual(['about-child']);
  });

  it('a worker quoting the child’s “I’m 13 now” back to her still writes to the child', () => {
    const analysis = analyseNote(
      'Jade, you said “I’m 13 now, I can go out on my own”. I said we would talk to your mum.',
    );
    expect(analysis.addressee).toBe('child');
    expect(analysis.sentences[0]?.kind).toBe('to-child');
  });

  it('children in care writing to a child coming into care write to the child; a child thanking carers does not', () => {
    const peers = analyseNote(
      'Hi, we are the Children in Care Council. We are all in care too, so we know how it feels. You might be feeling scared right now. Your social worker will help you.',
    );
    expect(peers.addressee).toBe('child');
    expect(peers.summary.toChild).toBe(2);
    const thanks = analyseNote('Dear Sue and Dave, thank you for looking after me. You have always been there for me.');
    expect(thanks.addressee).toBe('other');
    expect(thanks.summary.toChild).toBe(0);
    expect(thanks.child.name).toBeNull();
    const young = analyseNote(
      'Did I tell you about Casey? He is my little brother which makes me his big brother even though I am four.',
    );
    expect(young.summary.toChild).toBe(0);
  });

  it('an endearment a letter opens with speaks to the child and is never taken for the child’s name', () => {
    for (const note of [
      'Darling, I am so proud of you. You did so well at school.',
      'Dear Buddy, you made me laugh today.',
    ]) {
      const analysis = analyseNote(note);
      expect(analysis.child.name, note).toBeNull();
      expect(analysis.addressee, note).toBe('child');
      expect(analysis.summary.writtenToChildShare, note).toBe(1);
    }
  });

  it('a leaflet telling the reader to arrange care for children, and parents who share a child, are written to adults', () => {
    for (const note of [
      'Young children should not be brought to the Conference. You will need to arrange for them to be looked after somewhere else.',
      'We share a daughter. The little girl you kept safe and warm for 9 months is asleep in her bedroom in my house.',
      'We would like to share with you some things that professionals working with these young people have said about our carers.',
    ]) {
      const analysis = analyseNote(note);
      expect(analysis.addressee, note).toBe('other');
      expect(analysis.summary.toChild, note).toBe(0);
    }
  });

  it('a question to other professionals about “the student” is not written to the child', () => {
    const analysis = analyseNote(
      'The student is enrolled in therapy. How do you handle these situations? The student is 16 and lives with her adoptive father.',
    );
    expect(analysis.addressee).toBe('other');
    expect(analysis.summary.toChild).toBe(0);
  });

  it('a vocative and an imperative to the child count as written to the child', () => {
    expect(kinds('Kai, thanks for showing me round the garden.', { child: { name: 'Kai' } })).toEqual(['to-child']);
  });

  it('says why each sentence was counted', () => {
    const analysis = analyseNote('I visited you today. Jade said “I like it here”.', jade);
    expect(analysis.sentences[0]?.reason).toMatch(/“you” here is Jade/);
    expect(analysis.sentences[1]?.reason).toMatch(/Jade’s own words/);
    expect(analysis.counted.toChild).toEqual([{ from: 0, to: 20 }]);
    expect(analysis.counted.childVoice).toHaveLength(1);
  });
});

describe('the child’s voice', () => {
  it('counts the child’s own words, quoted or reported, and not adults’ words about the child', () => {
    const voice = (text: string) => analyseNote(text, jade).sentences.map((sentence) => sentence.voice);
    expect(voice('Jade told me she wants to stay with Nan.')).toEqual(['child']);
    expect(voice('“I like my new room,” said Jade.')).toEqual(['child']);
    expect(voice('Jade drew a picture of her house.')).toEqual(['child']);
    expect(voice('Jade enjoys swimming with Nan.')).toEqual(['none']);
    expect(voice('You showed me your drawings.')).toEqual(['child']);
    expect(voice('Mum said Jade is doing well at school.')).toEqual(['other']);
    expect(voice('The teacher told me “Jade is a joy to teach”.')).toEqual(['other']);
    expect(voice('If you would like to, you can tell your IRO what you think.')).toEqual(['none']);
  });
  it('counts a parent’s claim about the child’s wishes as the parent’s words, and “Jade was told” as nobody’s voice from Jade', () => {
    const voice = (text: string) => analyseNote(text, jade).sentences.map((sentence) => sentence.voice);
    expect(voice('Both parents were claiming that Jade wanted to live with them.')).toEqual(['other']);
    expect(voice('Jade was told the meeting had moved.')).toEqual(['none']);
    expect(voice('I asked Jade where she lives and she said “near a beach”.')).toEqual(['child']);
    expect(voice('Your child’s views should be heard at the conference.')).toEqual(['none']);
  });

  it('counts what a group of children described or explained as children’s voice', () => {
    const voice = (text: string) => analyseNote(text).sentences.map((sentence) => sentence.voice);
    expect(voice('Several children in care explain that the moves damaged their mental health.')).toEqual(['child']);
    expect(voice('Children and young adults describe how the care system treated them.')).toEqual(['child']);
    expect(voice('Children in care are sometimes called looked after children.')).toEqual(['none']);
  });

  it('counts words the child testified, replied or screamed, and a care leaver’s own account', () => {
    const voice = (text: string) => analyseNote(text, jade).sentences.map((sentence) => sentence.voice);
    expect(voice('Jade testified she loved her mother but wanted to live with her father.')).toEqual(['child']);
    expect(voice('She still replies “fine” when asked about home.')).toEqual(['child']);
    expect(voice('Jade screamed “no!” at the door.')).toEqual(['child']);
    expect(
      analyseNote('I was very lucky. I had the same social worker, Marie, for my 14 years in care.').summary.childVoice,
    ).toBe(true);
  });
});

describe('the child’s wishes and feelings, reported without quotation marks', () => {
  const voice = (text: string, context: Parameters<typeof analyseNote>[1] = jade) =>
    analyseNote(text, context).sentences.map((sentence) => sentence.voice);

  it('counts a wish and what the child made or disclosed as the child’s voice', () => {
    expect(voice('Jade would like to live with her nan.')).toEqual(['child']);
    expect(voice('She is looking forward to the school trip.')).toEqual(['child']);
    expect(voice('Jade has written a letter to the judge.')).toEqual(['child']);
    expect(voice('According to Jade, her stepdad shouts a lot.')).toEqual(['child']);
    expect(voice('Jade disclosed that her stepdad had hit her.')).toEqual(['child']);
    expect(voice('The girl’s desire to leave care was clear to everyone.')).toEqual(['child']);
  });

  it('finds the child’s words later in the sentence, and a speaker named before a colon', () => {
    expect(voice('Jade was interested in drama and asked if she could join the club.')).toEqual(['child']);
    expect(voice('She is starting a new school and tells me she is excited.')).toEqual(['child']);
    expect(voice('Jade: “What do you care?”')).toEqual(['child']);
    expect(voice('“At first it was all right,” Jade adds.')).toEqual(['child']);
  });

  it('does not count a hoped-for feeling, a relative clause about children, or a letter the child is said to have had', () => {
    expect(voice('She hides her feelings until she feels safe with someone.')).toEqual(['none']);
    // a feeling the writer states is their description, as “Jade enjoys swimming” is
    expect(voice('Sam was excited about the trip.', { child: { name: 'Sam', pronouns: 'he' as const } })).toEqual([
      'none',
    ]);
    expect(voice('The order was made by District Judge Nisa in May.')).toEqual(['none']);
    expect(
      voice('The judge reviewed six children who were all in care and said of a letter: “Everyone should get one.”'),
    ).not.toContain('child');
    expect(voice('The letter one of the children had written was read out.')).toEqual(['none']);
  });

  it('keeps the child named beside “the child protection conference”, and not a professional beside “the child’s wishes”', () => {
    const named = (text: string) => analyseNote(text).child.name;
    expect(named('Jade was discussed at the child protection conference on Monday. Jade said she wants to stay.')).toBe(
      'Jade',
    );
    expect(
      named(
        "Working with the child's Guardian, Sandria told the court that the child was settled. Sandria called the expert.",
      ),
    ).not.toBe('Sandria');
  });

  it('takes “a young girl” the note is about as the child “she” stands for', () => {
    const analysis = analyseNote(
      'I visit a young girl who lives with grandparents while Mum is unwell. She tells me she likes her new school.',
    );
    expect(analysis.sentences.map((sentence) => sentence.voice)).toEqual(['none', 'child']);
  });
});

describe('pronouns', () => {
  it('a parent or carer writing about “my daughter” writes about the child', () => {
    const analysis = analyseNote('My daughter is doing well at school. She has made new friends.');
    expect(analysis.sentences.map((sentence) => sentence.kind)).toEqual(['about-child', 'about-child']);
  });
  it('resolves an object pronoun after someone else to the child, and “they” with the child’s pronouns', () => {
    expect(kinds('Jade came home at six. Mum hugged her.', jade)).toEqual(['about-child', 'about-child']);
    expect(
      kinds('Sam got home late. They said they were tired.', { child: { name: 'Sam', pronouns: 'they' } }),
    ).toEqual(['about-child', 'about-child']);
    expect(
      kinds('Sam got home late. Mum and Dad said they were tired.', { child: { name: 'Sam', pronouns: 'they' } }),
    ).toEqual(['about-child', 'neutral']);
  });
});

describe('fixes that stay grammatical', () => {
  it('“SW is” becomes “I am”, and “Is Jade…?” becomes “Are you…?”', () => {
    const self = lint('SW is worried about the house.').find((d) => d.ruleId === 'professional-self-reference');
    expect(self?.consider).toEqual(['I am']);
    expect(self?.actual).toBe('SW is');
    const question = analyseNote('Is Jade eating well?', jade).diagnostics.find(
      (d) => d.ruleId === 'about-child-sentence',
    );
    expect(question?.suggestions).toEqual(['Are you']);
  });
});

describe('one analysis for the findings and the figures', () => {
  it('check gives lint’s findings and analyseNote’s figures', () => {
    const note = 'SW visited Jade. Jade said she likes school. Sam was not seen.';
    const context = { ...jade, household: [{ name: 'Jade' }, { name: 'Sam' }, { name: 'Lily' }] };
    const linter = createLinter({ context });
    const { diagnostics, analysis } = linter.check(note);
    expect(diagnostics).toEqual(linter.lint(note));
    expect(analysis).toEqual(analyseNote(note, context));
    const household = diagnostics.filter((d) => d.ruleId === 'household-child-not-mentioned');
    expect(household.map((d) => d.subject)).toEqual([{ child: 'Lily' }]);
  });
});

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
