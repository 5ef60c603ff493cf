import { describe, expect, it } from 'vitest';
import { analyseNote } from '@casenote/lint';

const read = (text: string, context?: Parameters<typeof analyseNote>[1]) =>
  analyseNote(text, context).sentences.map((sentence) => `${sentence.kind} ${sentence.addressee}`);
const messages = (text: string, context?: Parameters<typeof analyseNote>[1]) =>
  analyseNote(text, context).diagnostics.map((diagnostic) => diagnostic.ruleId);

// dev-passages-52a (addressee27): solicitors' and councils' pages full of title-case service names, birthday letters
describe('names of processes, programmes and places are not the child', () => {
  it('gives no about-the-child prompt on a page about the Public Law Outline', () => {
    for (const text of [
      'The Public Law Outline (PLO) is the last phase in pre-court proceedings for social care.',
      'PLO stands for the Public Law Outline.',
      'This chapter is based on the Government’s Write Enough training pack which is used in the Brighton and Hove training programme for foster carers.',
    ]) {
      expect(read(text)).toEqual(['neutral none']);
      expect(messages(text)).not.toContain('about-child-sentence');
    }
  });

  it('reads a title its own acronym spells as a thing, but keeps a person named with their initials', () => {
    // (an invented programme: "Zing" is no word the lexicon knows)
    expect(read('Staff use the Blue Wobble Zing (BWZ) with families.')).toEqual(['neutral none']);
    expect(messages('Staff use the Blue Wobble Zing (BWZ) with families.')).not.toContain('about-child-sentence');
    // a person's initials after their name leave them a person
    expect(read('Mary Jane Smith (MJS) was seen at home. She was happy.', { child: { name: 'Mary' } })).toEqual([
      'about-child none',
      'about-child none',
    ]);
  });

  it('does not take "an initial PLO meeting" for a child called PLO, so "your child" in a page to parents is any child', () => {
    const page =
      'Put simply, it’s the last chance for you to engage with Children’s Services. It will involve an initial PLO meeting to decide the measures that need to be taken to ensure your child’s safety.';
    expect(analyseNote(page).child.name).toBeNull();
    expect(read(page)).toEqual(['neutral other', 'neutral other']);
  });

  it('does not take the Ombudsman, named again and again in a decision about a boy, for the child', () => {
    const decision = [
      'The Ombudsman also found the Council failed to encourage contact between the youngster and his younger sister.',
      'She later told the Ombudsman that a reference was given which resulted in her being rejected.',
      'The Ombudsman did not find the Council had acted improperly but decided the reference had been unbalanced.',
    ].join(' ');
    const analysis = analyseNote(decision);
    expect(analysis.child.name).not.toBe('Ombudsman');
    expect(analysis.diagnostics.map((diagnostic) => diagnostic.message).join(' ')).not.toContain('Ombudsman');
  });

  it('reads "the children’s home" as a place, not the note’s children', () => {
    expect(read('We met the manager of the children’s home.')).toEqual(['neutral none']);
    expect(messages('We met the manager of the children’s home.')).not.toContain('about-child-sentence');
    expect(read('The children were seen at home.')).toEqual(['about-child none']);
  });
});

describe('a birthday greeting with no name', () => {
  it('counts "Happy 16th Birthday." and "Happy 3rd Birthday My Little Boy!" as said to the child, not about "Birthday"', () => {
    const letter = 'You are a star and I love you. Happy 3rd Birthday My Little Boy! Happy 16th Birthday.';
    expect(read(letter)).toEqual(['to-child child', 'to-child child', 'to-child child']);
    const analysis = analyseNote(letter);
    expect(analysis.child.name).toBeNull();
    expect(analysis.sentences[2]?.reason).toBe('greets the child');
    expect(messages(letter)).not.toContain('about-child-sentence');
  });

  it('counts "Happy 18th Birthday!" alone as said to the child, and not the writer’s "Happy anniversary to me!"', () => {
    expect(analyseNote('Happy 18th Birthday!').sentences[0]?.kind).toBe('to-child');
    expect(analyseNote('Happy anniversary to me!').sentences[0]?.kind).toBe('neutral');
  });

  it('reads a list that opens on "Welcome" as no greeting, and still counts "Goodnight, my boy." as one', () => {
    expect(analyseNote('Welcome, safety, security.').sentences[0]?.kind).toBe('neutral');
    expect(read('You are a star. Welcome, warmth, safety. Goodnight, my boy.').slice(1)).toEqual([
      'neutral none',
      'to-child child',
    ]);
  });

  it('still reads a greeting to someone else as not to the child', () => {
    expect(read('You are a star. Happy birthday Mum! Happy birthday to her!').slice(1)).toEqual([
      'neutral none',
      'neutral none',
    ]);
  });

  it('reads "Happy Birthday Mia!" as said to Mia, the greeting’s own capitals no other name', () => {
    const mia = { child: { name: 'Mia', pronouns: 'she' as const } };
    expect(read('She is a delight! Happy Birthday Mia! You’re growing up fast.', mia)).toEqual([
      'about-child none',
      'to-child child',
      'to-child child',
    ]);
  });
});

describe('imperatives of a letter to the child', () => {
  it('counts "Embrace learning." and "Laugh more." in a letter to her as said to her', () => {
    expect(read('Embrace learning. Find your passion. Laugh more. Worry less about what others think of you.')).toEqual(
      ['to-child child', 'to-child child', 'to-child child', 'to-child child'],
    );
  });
});

describe('a post that names the child in the third person beside "you"', () => {
  it('still reads a letter that turns to the child by name ("for you TG, well done!") as written to him', () => {
    const tg = { child: { name: 'TG', pronouns: 'he' as const } };
    expect(
      read(
        'Here are a couple of excerpts from TG’s end of year school report. We are all just bursting with pride for you TG, well done!',
        tg,
      ),
    ).toEqual(['about-child none', 'to-child child']);
  });
});

describe('groups of siblings', () => {
  it('reads "the three siblings were separated" as about particular children, "my siblings" and siblings in general not', () => {
    expect(
      read(
        'In this case, the three siblings were separated and the youngest brother was placed separately with the possibility of adoption in his future.',
      ),
    ).toEqual(['about-child none']);
    expect(read('Done well, keeping siblings together protects identity, preserves shared memories.')).toEqual([
      'neutral none',
    ]);
    // adults' siblings: no prompt to write to them
    expect(read('Mum has three siblings who live nearby and help with the school run.')).toEqual(['neutral none']);
    expect(messages('These two siblings had not lived near one another since the mid-1960s.')).not.toContain(
      'about-child-sentence',
    );
  });
});
