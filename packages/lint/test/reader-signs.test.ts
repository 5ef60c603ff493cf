import { describe, expect, it } from 'vitest';
import { analyseNote } from '@casenote/lint';

const addressees = (text: string) => analyseNote(text).sentences.map((sentence) => sentence.addressee);

describe('who “you” is, by the kind of business “you” has', () => {
  it('a page on a parent’s leave or parental responsibility is written to an adult, not the child', () => {
    for (const note of [
      'You can usually take parental leave a week at a time. This means you could use it for hospital visits.',
      'You must tell your manager before you take shared parental leave.',
      'You still have parental responsibility while your son stays with a friend. You should visit him often.',
    ]) {
      const analysis = analyseNote(note);
      expect(analysis.addressee, note).toBe('other');
      expect(analysis.summary.toChild, note).toBe(0);
    }
  });

  it('a page on the duty to let the council know about a private arrangement is written to an adult', () => {
    for (const note of [
      'If a friend’s son stays with you for more than 28 days, you must let your local council know.',
      'You have a legal duty to notify the local authority before the arrangement starts.',
    ]) {
      expect(analyseNote(note).addressee, note).toBe('other');
    }
    // a child told whom to tell is still the child
    expect(analyseNote('If you are unhappy where you live, you can tell your social worker.').addressee).toBe('child');
  });

  it('a page to a privately fostered child that lists relatives “such as a grandparent” is still written to the child', () => {
    expect(
      addressees(
        'Private fostering is when you live with an adult who is not your parent or a close relative such as a grandparent, aunt or uncle.',
      ),
    ).toEqual(['child']);
    // the reader named by a role after “as a” is still an adult
    expect(addressees('As a grandparent, you may be asked to look after the children.')).toEqual(['other']);
  });

  it('a care leaver’s apprenticeship page is still written to the young person, whatever it says of “your employer”', () => {
    const analysis = analyseNote(
      'As an apprentice, you are supported by your employer and your training provider. Your employer will know you are a care leaver only if you agree.',
    );
    expect(analysis.addressee).toBe('child');
  });

  it('“you become a kinship carer” and “you are wonderful parents” make “you” an adult; a young carer is still the child', () => {
    expect(addressees('When you become a kinship carer, you may need to claim new benefits.')).toEqual(['other']);
    expect(addressees('Thank you for the photos, you are wonderful parents.')).toEqual(['other']);
    expect(addressees('If this sounds like you, you are a young carer. You have a right to help.')).toEqual([
      'child',
      'child',
    ]);
    expect(addressees('You are a sibling carer if you help your brother every day.')).toEqual(['child']);
  });

  it('a page to people who foster or are assessed to foster is written to an adult; a page to a child in foster care is not', () => {
    for (const note of [
      'Your social worker may be the same person who worked with you during your assessment to become a foster carer. Or it might be someone new.',
      'The fostering service expects you to decorate and furnish the room(s) available for fostering before your first placement.',
      'When a child comes to live with you, they may feel nervous. Your home should be safe and welcoming.',
      'We will talk to your supervising social worker about your terms of approval.',
    ]) {
      const analysis = analyseNote(note);
      expect(analysis.addressee, note).toBe('other');
      expect(analysis.summary.toChild, note).toBe(0);
    }
    expect(
      analyseNote(
        'Foster carers look after children who cannot live at home. They will look after you and your things.',
      ).addressee,
    ).toBe('child');
  });

  it('a page that tells “you” how to behave with “the children” is written to an adult', () => {
    const analysis = analyseNote(
      'Do not discuss the case with the children. Remember that everything you say is written down, so do not give them a reason to stop your contact.',
    );
    expect(analysis.addressee).toBe('other');
  });

  it('a letter that greets a grandparent, an uncle or an aunt is written to an adult; an uncle’s letter to a baby is not', () => {
    for (const note of [
      'Dear Grandpa, I just wanna start by saying I love you. I will always be proud to be your granddaughter.',
      'Dear Uncle, I cant believe how close we are. My cousins are lucky to have a father like you.',
      'Dear Aunt Maude, I hope you had a lovely Christmas. Thank you for the present.',
      'Hello Grandfather!, Are you doing well up there? I hope you are.',
    ]) {
      const analysis = analyseNote(note);
      expect(analysis.addressee, note).toBe('other');
      expect(analysis.summary.toChild, note).toBe(0);
    }
    expect(analyseNote('Dear Evan, Hello, it’s Uncle Nick again. Welcome to the world, you are loved.').addressee).toBe(
      'child',
    );
  });

  it('a parent writing “your father and I” writes to the child, even beside “my own mother”', () => {
    const analysis = analyseNote(
      'My own mother died before your father and I were married. She would have loved to meet you. You are so like her.',
    );
    expect(analysis.addressee).toBe('child');
    expect(analysis.sentences.map((sentence) => sentence.kind)).toEqual(['to-child', 'to-child', 'to-child']);
    expect(analysis.summary.childVoice).toBe(false);
  });

  it('a child quoting a parent’s “your dad and I” is still the child writing', () => {
    const analysis = analyseNote('When I was 12 my mum said “your dad and I are splitting up”. I cried all night.');
    expect(analysis.summary.toChild).toBe(0);
    expect(analysis.summary.childVoice).toBe(true);
  });
});

describe('greetings to a group of children', () => {
  it('“Dear Kids,” and “Dear Students,” name no child', () => {
    for (const note of [
      'Dear Kids, Do you know how proud I am of you? You were brilliant today.',
      'Dear Students, I will miss you all. You taught me so much this year.',
    ]) {
      const analysis = analyseNote(note);
      expect(analysis.child.name, note).toBeNull();
      expect(analysis.diagnostics.map((diagnostic) => diagnostic.message).join(' '), note).not.toMatch(/Kids|Students/);
    }
  });

  it('“Dear Oak Class,” greets a class, and “Now,” opening a sentence is no one’s name', () => {
    for (const note of [
      'Dear Oak Class, First things first - we miss you! School feels empty without all of your smiley faces.',
      'Now, I sit here having spent over one hundred days getting to know you. I know what makes you laugh.',
    ]) {
      const analysis = analyseNote(note);
      expect(analysis.child.name, note).toBeNull();
      expect(analysis.addressee, note).toBe('child');
      expect(analysis.diagnostics.map((diagnostic) => diagnostic.message).join(' '), note).not.toMatch(/Oak|Now/);
    }
  });
  it('a parent’s letter to a teacher that speaks of “my son” or “my daughter” beside “you” is written to an adult', () => {
    for (const note of [
      'I want to tell you how my son chews his collar when he is worried. I want you to know that he loves to draw.',
      'To the people who adopted my daughter, did you know? You have given her so much.',
    ]) {
      const analysis = analyseNote(note);
      expect(analysis.addressee, note).toBe('other');
      expect(analysis.summary.toChild, note).toBe(0);
    }
    // the child called so is still the reader: “you, my children”, “To my children:”, “you are my son”
    for (const note of [
      'This letter is for you, my children. I love you both.',
      'To my children: There are many things I hope to teach you.',
      'You are my son and I will always be proud of you.',
    ])
      expect(analyseNote(note).addressee, note).toBe('child');
  });

  it('a parent’s letter to a teacher that speaks of “my kid” or “our littlest boy” beside “you” is written to an adult', () => {
    // Talkin' Real Here, "Dear Teacher" (an adoptive mother to her daughter's teacher)
    for (const note of [
      "I don't want your unsolicited advice on how to handle my kid at home. No offense intended, but here's why:",
      'You may not see the behaviors in my kid that I do. All kids behave differently in different situations.',
    ]) {
      const analysis = analyseNote(note);
      expect(analysis.addressee, note).toBe('other');
      expect(analysis.summary.toChild, note).toBe(0);
    }
    // an adoptive mother to her son's preschool teachers (dev-passages-46a): "our littlest boy" beside "you"
    const teachers = analyseNote(
      'For all of these things and more, J and I are profoundly grateful. You are giving our littlest boy the tools that he needs to continue to flourish and grow.',
    );
    expect(teachers.addressee).toBe('other');
    expect(teachers.summary.toChild).toBe(0);
    // the child called so is still the reader: “you are my kid”, “you are our little girl”, “I love you, my kid.”
    expect(analyseNote('You are our little girl and we will always be proud of you.').addressee).toBe('child');
    for (const note of [
      'You are my kid and I will always be proud of you.',
      'I am so proud of you. I love you, my kid.',
    ])
      expect(analyseNote(note).addressee, note).toBe('child');
  });

  it('“my son” or “my baby” closing a sentence after a word like “in” or “for” is the writer’s child, not a vocative', () => {
    for (const note of [
      'I am so grateful for you. You will never know how much you mean to me. I see you in my baby.',
      'Thank you for everything you have done for my son.',
    ]) {
      const analysis = analyseNote(note);
      expect(analysis.addressee, note).toBe('other');
      expect(analysis.summary.toChild, note).toBe(0);
    }
    // a vocative stays the reader: “Thank you my son.”, “I love you, my baby.”
    for (const note of ['I am so proud of you. Thank you my son.', 'I am so proud of you. I love you, my baby.'])
      expect(analyseNote(note).addressee, note).toBe('child');
  });

  it('a greeting is no proof the reader is the child when the letter speaks of “your son” or “my son” beside “you”', () => {
    // a mother's letter to herself: Sharon is the reader and a parent, never the child
    const letter = analyseNote(
      'Dear Sharon, I am writing you this letter because I want you to have emotional freedom. I want you to let go of the guilt you have associated with your son having a severe anxiety disorder.',
    );
    expect(letter.addressee).toBe('other');
    expect(letter.child.name).toBeNull();
    // a child greeted by name stays the reader
    expect(analyseNote('Dear Sam, I am so proud of you. Your mum and I love you.').addressee).toBe('child');
  });

  it('“your baby sister” and “your big brother” are the child’s own kin, not a parent’s baby', () => {
    expect(addressees('When your baby sister was born, I was worried about you.')).toEqual(['child']);
    expect(addressees('You will have a big brother who will always be there for you.')).toEqual(['child']);
    expect(addressees('Your baby may cry a lot in the first weeks, and you may feel tired.')).toEqual(['other']);
  });
});

describe('who “you” is when a page or letter speaks of other children beside “you”', () => {
  it('a page to young carers that compares them with “an adult carer” is still written to the young carer', () => {
    expect(
      addressees(
        "If you are a young carer, you probably look after one of your parents. It's natural to want to help someone in your family who needs support, but young carers shouldn't do the same things as an adult carer.",
      ),
    ).toEqual(['child', 'child']);
    // the reader named by a role after “as an” is still an adult
    expect(addressees('As an adult carer, you can ask for a carer’s assessment.')).toEqual(['other']);
  });

  it('a letter to a mother about the baby “in your care” is written to an adult, not the child', () => {
    const letter = analyseNote(
      'I know how deeply you love him. But I also know that you cannot keep him safe; that if he were in your care, serious injury would be a real possibility.',
    );
    expect(letter.addressee).toBe('other');
    expect(letter.summary.toChild).toBe(0);
    // a page to a child in care about the people “involved in your care” is still to the child
    expect(addressees('There are key people who will be involved in your care.')).toEqual(['child']);
  });

  it('a letter to foster parents about “foster children” and “your foster son” is written to an adult', () => {
    for (const note of [
      'We love the lengths you go to in order to help foster children maintain ties to their families. You help prepare them for those visits.',
      'We love your ability to fall in love with a foster child.',
      'I hope your foster son settles in well. You have done so much.',
    ])
      expect(analyseNote(note).addressee, note).toBe('other');
    // a child in foster care told about their foster carer is still the child
    expect(addressees('Your foster carer will help you get ready for school.')).toEqual(['child']);
  });

  it('a news report that asks readers to donate to the boys’ campaign is not written to the boys', () => {
    const report = analyseNote(
      "The two boys have also set up a raffle stand. If you wish to donate to the boys' campaign, you can find them at their raffle stall today.",
    );
    expect(report.summary.toChild).toBe(0);
  });

  it('a parent’s letter to social workers that speaks of “my child” is not written to the child', () => {
    const letter = analyseNote(
      "If you had listened you'd have understood what I was trying to say. But you didn't. You took everyone else's view very seriously but couldn't hear me. Before all the court proceedings began my child was happy and cheerful.",
    );
    expect(letter.addressee).toBe('other');
    // a mother writing to her son by name is still writing to the child
    expect(analyseNote('Dear Sam, I am so proud of you. I love you so much.').addressee).toBe('child');
  });

  it('a council’s offer “for you as a care leaver” is written to the care leaver, not by one', () => {
    const offer = analyseNote(
      'This offer tells you about the support we have in Essex for you as a care leaver. We want to help you achieve the best you possibly can.',
    );
    expect(offer.addressee).toBe('child');
    // a care leaver writing of themself still writes as the child
    expect(analyseNote('As a care leaver I know how hard it is. You are not alone.').addressee).toBe('other');
  });
});
