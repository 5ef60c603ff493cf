import { describe, expect, it } from 'vitest';
import { analyseNote } from '@casenote/lint';

const jade = { child: { name: 'Jade', pronouns: 'she' as const } };
const tom = { child: { name: 'Tom', pronouns: 'he' as const } };
const voices = (text: string, context?: Parameters<typeof analyseNote>[1]) =>
  analyseNote(text, context).sentences.map((sentence) => sentence.voice);

describe('what a child suggested, refused or made clear', () => {
  it('counts a suggestion the child made as their voice, and not an adult’s', () => {
    expect(voices('Jade suggested that we meet at the park next time.', jade)).toEqual(['child']);
    expect(voices('Her teacher suggested that Jade moves to a smaller class.', jade)).not.toContain('child');
  });

  it('counts a refusal the child made as their voice, and not a court’s', () => {
    expect(voices('Tom has refused to meet his new social worker.', tom)).toEqual(['child']);
    expect(voices('The court refused the application.', tom)).not.toContain('child');
  });

  it('counts children who made it clear what they want, and not a judge who made the order clear', () => {
    expect(voices('The young people made it clear how important the club was to them.')).toEqual(['child']);
    expect(
      voices('My children have been making it clear to me for years that they are unhappy with the arrangement.'),
    ).toEqual(['child']);
    expect(voices('The judge made it clear that the order would stand.', tom)).not.toContain('child');
  });
});

describe('a wish the note states of the child', () => {
  it('counts “anxious to” go somewhere as the child’s wish', () => {
    expect(voices('Jade was always anxious to return to her foster placement.', jade)).toEqual(['child']);
  });

  it('reads the child’s own clause after a comma that follows “for her”', () => {
    expect(voices('While another placement had been found for her, she wished to stay where she is.', jade)).toEqual([
      'child',
    ]);
  });
});

describe('whose quotation it is', () => {
  it('gives a quotation to the child named after a dash', () => {
    expect(voices('“They should build more parks for kids,” - Girl, 11.')).toEqual(['child']);
  });

  it('does not take an unnamed “she” whose quotation describes children for the child speaking', () => {
    expect(voices('She said: “Children benefit from their time at this nursery.”')).not.toContain('child');
    expect(voices('“Babies seek staff out for cuddles and reassurance,” she said.')).not.toContain('child');
    // (the host named the child: "she" is Jade)
    expect(voices('Jade is eight. She said: “Children at my school are kind.”', jade)).toEqual(['none', 'child']);
  });
});

describe('children’s words named but not given', () => {
  it('does not count a look at what children told a survey as their voice', () => {
    expect(voices('I am taking a deeper look at what children told the survey about friendship.')).not.toContain(
      'child',
    );
    expect(voices('If you cannot remember, try to capture what the child said.')).not.toContain('child');
  });

  it('does not count the views of children shared through a survey as children speaking', () => {
    expect(voices('The report explores the views of children in care shared through the surveys.')).not.toContain(
      'child',
    );
  });
});

describe('a share of the children asked', () => {
  it('counts half of the young people who felt involved as their answer, and not many who enjoy football', () => {
    expect(voices('Half of the young people felt involved in decisions about their care.')).toEqual(['child']);
    expect(voices('Many children enjoy football.')).not.toContain('child');
  });
});
