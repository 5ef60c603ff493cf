import { describe, expect, it } from 'vitest';
import { analyseNote } from '@casenote/lint';

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
