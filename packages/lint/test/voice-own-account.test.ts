import { describe, expect, it } from 'vitest';
import { analyseNote } from '@casenote/lint';

const voices = (text: string) => analyseNote(text).sentences.map((sentence) => sentence.voice);

describe('a young person’s own account, told in the first person', () => {
  it('counts an account that says the writer was placed in care or was a child then as the child’s voice', () => {
    expect(
      voices('When I was eight years old, I was placed in a foster home. It felt like a real home to me.'),
    ).toEqual(['child', 'child']);
    expect(voices('Being separated from my siblings was painful. I often felt scared and alone.')).toEqual([
      'child',
      'child',
    ]);
    expect(voices('I grew up in foster care. I longed to be known and understood.')).toEqual(['child', 'child']);
    expect(voices('I have known my visitor since I was ten years old. I sat on the stairs listening.')).toEqual([
      'child',
      'child',
    ]);
  });

  it('counts an account of leaving care, or of the writer’s own care plan or EHC plan, as the child’s', () => {
    expect(voices('I decided to leave care at sixteen. It was scary.')).toEqual(['child', 'child']);
    // an adult's support worker is not a child's: "my support worker" alone says nothing of the writer's age
    expect(voices('I spoke to Jeff, my support worker, about moving out.')[0]).not.toBe('child');
    expect(voices('My life changed when I received my EHC plan. School got easier.')).toEqual(['child', 'child']);
    expect(voices('I used to have my care plan meetings at home. I wanted them over quickly.')).toEqual([
      'child',
      'child',
    ]);
    // care work is not care: a worker who left it writes as an adult
    expect(voices('I left care work last year. It was scary.')).toEqual(['none', 'none']);
  });

  it('counts the account’s sentences that name no speaker as the child’s too, but not a question or a greeting to them', () => {
    expect(
      voices('When I was eight years old, I was placed in a foster home. Mum had anxiety issues. It was a big step.'),
    ).toEqual(['child', 'child', 'child']);
    expect(voices('When I was eight years old, I was placed in a foster home. What happens next?')).toEqual([
      'child',
      'none',
    ]);
    expect(voices('When I was ten, I was placed in care. “Hi, Maya!” My carer waved at the door.')[1]).not.toBe(
      'child',
    );
  });

  it('does not read a report that quotes a child as the child’s own account', () => {
    expect(voices('“I miss my mum,” one boy said. Services in the area were stretched.')).toEqual(['child', 'none']);
  });

  it('does not count a parent’s or a carer’s first person as a child’s account', () => {
    expect(
      voices('When my daughter was eight, I worried about her school. I felt she was unhappy there.'),
    ).not.toContain('child');
    expect(voices('My little sister’s children were placed with me. I felt proud to help.')).not.toContain('child');
  });

  it('does not count a teacher’s, a worker’s or a grandparent’s account as a child’s, whatever they say of their mother', () => {
    // without the adult's own words, "my mum" or "my class" reads as a child writing: these adults say what they are
    expect(voices('My mum rang me after school. She was worried.')).toEqual(['child', 'child']);
    expect(voices('My mum rang me after school. She was worried about my pupils.')).not.toContain('child');
    expect(voices('I loved how I got to reflect on my class. As a teacher each class is different.')).not.toContain(
      'child',
    );
    expect(voices('Since I didn’t have to watch my own class I came to see you. It was great.')).not.toContain('child');
    expect(voices('My mum moved in with us. She helps with my granddaughter.')).not.toContain('child');
    // a young parent telling their own story is still the child: "my son" alone is no sign of an adult
    expect(voices('I was placed in foster care at 15. My son was born a year later.')).toEqual(['child', 'child']);
  });
});

describe('a dialogue written with each speaker’s label', () => {
  it('counts the lines labelled with the child’s name, or its first letter, as the child’s, and the others not', () => {
    const everett = { child: { name: 'Everett', pronouns: 'he' as const } };
    expect(
      analyseNote(
        'Everett: Aw, why not? Helen: Because it is difficult. E: Can I throw sand at you? H: No.',
        everett,
      ).sentences.map((sentence) => sentence.voice),
    ).toEqual(['child', 'other', 'child', 'other']);
    expect(
      analyseNote('D: You could go and I could stay at home. Me: I can’t leave you at home. D: Who would?', {
        child: { name: 'D' },
      }).sentences.map((sentence) => sentence.voice),
    ).toEqual(['child', 'other', 'child']);
  });

  it('counts every sentence on a line labelled “Child 1:” or “Young person:” as that child’s words, to the line’s end', () => {
    expect(
      voices(
        'Mum: How was the dentist?\nChild 1: Fine I suppose. The nurse says I brush too hard. I only brush twice a day.\nMum: Good.',
      ),
    ).toEqual(['other', 'child', 'child', 'child', 'other']);
    expect(voices('Dad: Where would you like to live?\nYoung person: I want to stay here. My room is nice.')).toEqual([
      'other',
      'child',
      'child',
    ]);
  });
});

describe('children the writer describes, not children speaking', () => {
  it('does not count what children “generally want”, nor children after a preposition, as children speaking', () => {
    const voices = (text: string) => analyseNote(text).sentences.map((sentence) => sentence.voice);
    expect(
      voices('Whatever they have been through, the young people generally want to give as well as receive.'),
    ).toEqual(['none']);
    expect(
      voices('Professionals working with these young people have said the following about our carers.'),
    ).not.toContain('child');
    expect(voices('Young people told us they want more say in their reviews.')).toEqual(['child']);
  });
});

describe('pupils and students', () => {
  it('counts a student who shares a feeling as a child speaking, and not social work students', () => {
    const voices = (text: string) => analyseNote(text).sentences.map((sentence) => sentence.voice);
    expect(voices('The student shares that he feels stalked and constantly afraid.')).toEqual(['child']);
    expect(voices('Social work students said that the placement taught them a lot.')).not.toContain('child');
    const jack = analyseNote('Jack was willing to stay.', { child: { name: 'Jack', pronouns: 'he' } });
    expect(jack.sentences.map((sentence) => sentence.voice)).toEqual(['child']);
  });
});

describe('a writer who names themself with the child’s name', () => {
  const daniel = { child: { name: 'Daniel', pronouns: 'he' as const } };
  const named = (text: string, context = daniel) =>
    analyseNote(text, context).sentences.map((sentence) => sentence.voice);

  it('reads the note’s first person as the child, so every sentence of the account is their voice', () => {
    expect(named('My name is Daniel and I am from Eritrea. I fled in 2014. The journey was long and brutal.')).toEqual([
      'child',
      'child',
      'child',
    ]);
    expect(named('I’m Daniel. I found it hard to trust my foster carers at the beginning.')).toEqual([
      'child',
      'child',
    ]);
  });

  it('does not when the name is someone else’s, is only quoted, or the host named no child', () => {
    expect(named('I am Daniel’s social worker. I visited the family today.')).not.toContain('child');
    expect(named('He said: “My name is Daniel.” I wrote it down.')[1]).not.toBe('child');
    expect(named('My name is Daniel and I am from Eritrea. I fled in 2014.', {} as typeof daniel)).not.toEqual([
      'child',
      'child',
    ]);
  });
});

describe('a child’s answers in an interview', () => {
  const sybil = { child: { name: 'Sybil', pronouns: 'she' as const } };
  const voicesFor = (text: string) => analyseNote(text, sybil).sentences.map((sentence) => sentence.voice);

  it('counts the first-person answers after questions put to the child as the child’s words', () => {
    expect(
      voicesFor(
        'What’s your favourite subject? Art because it’s creative. I like using glue. What stops you from learning? When I’m tired, I daydream a lot.',
      ),
    ).toEqual(['none', 'none', 'child', 'none', 'child']);
  });

  it('does not count a letter’s or a note’s own first person after its questions to the child', () => {
    expect(
      voicesFor(
        'Dear Sybil, how are you? I hope school is going well. What did you do at the weekend? We went to the beach.',
      ),
    ).not.toContain('child');
    expect(
      voicesFor('How was school today? I visited you on Monday. What would you like for tea? I will ask your mum.'),
    ).not.toContain('child');
    expect(voicesFor('What would you like for tea? I will ask mum.')).not.toContain('child');
  });
});
