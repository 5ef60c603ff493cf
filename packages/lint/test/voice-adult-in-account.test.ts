import { describe, expect, it } from 'vitest';
import { analyseNote } from '@casenote/lint';

const voices = (text: string) => analyseNote(text).sentences.map((sentence) => sentence.voice);

describe('an adult’s decision or words told in a child’s own account', () => {
  it('counts every sentence of the child’s own account as the child’s voice, whoever it reports (“My mom decided…”)', () => {
    expect(
      voices(
        'I was 16 when my parents found out. My mom decided to remove all sharp objects from my room. I felt ashamed.',
      ),
    ).toEqual(['child', 'child', 'child']);
    expect(
      voices('My foster carers have been amazing. She called my dad and arranged for me to see the school counsellor.'),
    ).toEqual(['child', 'child']);
    expect(
      voices('My foster carers have been amazing. My foster carer always told me that I could talk to her.'),
    ).toEqual(['child', 'child']);
  });

  it('still counts what the adults did, and a friend’s words, as the child’s account', () => {
    expect(
      voices('My foster carers have been amazing. My mom took me to the park. She said she would always be my friend.'),
    ).toEqual(['child', 'child', 'child']);
  });
});

describe('a carer’s words quoted with no one named', () => {
  it('does not count a quotation in which the speaker fostered or brought up children as the child’s', () => {
    expect(
      voices(
        '“I’ve got a piece of pottery on top of my telly. It might not look that great to some people. It was made for me at school by the first child I fostered.”',
      ),
    ).toEqual(['other', 'other', 'other']);
    expect(
      voices(
        '“I must admit I like the house to be full again after my own children have grown up. Our house is hectic.”',
      ),
    ).toEqual(['other', 'other']);
  });

  it('does not count a quotation that says a child came to live with the speaker as the child’s', () => {
    expect(
      voices(
        '“When Amy first came to us, she’d never speak. Now we can’t shut her up. She’s the life and soul of our family.”',
      ),
    ).toEqual(['other', 'other', 'other']);
  });

  it('still counts a child’s quoted words about their foster family as the child’s', () => {
    expect(voices('“I like everything about my foster home. We foster babies and I love them.”')).toEqual([
      'child',
      'child',
    ]);
  });
});

describe('children named inside a relative clause', () => {
  it('does not count what staff who work with young people report as the young people’s voice', () => {
    expect(
      voices('Most of the staff who support care leavers have reported that their main worry is loneliness.'),
    ).not.toContain('child');
  });

  it('still counts what the young people themselves report', () => {
    expect(voices('Most care leavers have reported that their main worry is loneliness.')).toEqual(['child']);
  });
});
