import { describe, expect, it } from 'vitest';
import { analyseNote } from '@casenote/lint';

// Invented sentences, in the manner of the round-30 dev passages (dev-passages-56a): who "you" is when the reader
// teaches or has a baby, a greeting to a child by what they are to the writer, and words the name model must not take
// for the child's name.

const named = (text: string) => analyseNote(text).child.name;
const messages = (text: string) =>
  analyseNote(text)
    .diagnostics.map((diagnostic) => diagnostic.message)
    .join('\n');
const addressees = (text: string) => analyseNote(text).sentences.map((sentence) => sentence.addressee);

describe('words that are never the child’s name', () => {
  it('does not take an adjective standing alone as an exclamation for the child (“Obnoxious!”, “Hopeless!”)', () => {
    for (const [note, word] of [
      ['Obnoxious! She would not stop shouting at her brother.', 'Obnoxious'],
      ['Hopeless! He lost his shoes again before school.', 'Hopeless'],
      ['Wonderful! She read the whole page to me.', 'Wonderful'],
    ] as const) {
      expect(named(note)).toBeNull();
      expect(messages(note)).not.toContain(word);
    }
  });

  it('does not take a place after “into” for the child (“moved into Lisburn”), but keeps a person met (“bumped into Jade”)', () => {
    const moved = 'Last year the family moved into Lisburn. She likes her new school there.';
    expect(named(moved)).toBeNull();
    expect(messages(moved)).not.toContain('Lisburn');
    expect(named('I bumped into Jade at the shop. She told me about her new school.')).toBe('Jade');
  });

  it('does not take a baby’s words for its parents for the child (“Da-Da”, “Ma-Mo”, “MaMa”, “her Mama”)', () => {
    for (const note of [
      'Most babies say Da Da first. She has no idea who "Da" is yet, but she says it to the cat.',
      'She also uses it to call me (her Mama). She waves at me from her cot.',
      'He has started calling us "Ma-Mo" and "Da-Da". He laughs when we answer.',
      'One week later she said MaMa. She says DaDa to everyone, even the cat.',
    ]) {
      expect(named(note)).toBeNull();
      expect(messages(note)).not.toMatch(/\b(?:Da|Ma-Mo|Da-Da|MaMa|DaDa|Mama|Dada)\b/);
    }
  });

  it('does not take a rank before a number for the child (“Responder #1”), as “Year 6” is not', () => {
    const note = 'When she wakes up, even though I am usually Responder #1, she shouts for her dad. She is one now.';
    expect(named(note)).toBeNull();
    expect(messages(note)).not.toContain('Responder');
  });

  it('reads a pet name in a greeting (“Dear Rookie,”) as said to the child, not as the child’s name', () => {
    const letter = 'Dear Rookie, I am so proud of you today. You were so brave at the school gate.';
    expect(named(letter)).toBeNull();
    expect(messages(letter)).not.toContain('Rookie');
    expect(addressees(letter)).toEqual(['child', 'child']);
  });
});

describe('who “you” is, by sign', () => {
  it('reads a greeting to the child by what they are to the writer as to the child, however long (“Dear daughter who is turning 16,”)', () => {
    const letter = 'Dear daughter who is turning 16, Impostor!! Love, Mum';
    expect(analyseNote(letter).sentences[0]?.addressee).toBe('child');
    expect(analyseNote(letter).sentences[0]?.kind).toBe('to-child');
    expect(
      analyseNote('Dear Grandson, No big deal, right? You are not leaving your friends.').sentences[1]?.addressee,
    ).toBe('child');
  });

  it('reads “you” as a parent when the reader has a baby or a toddler (“your baby’s development”)', () => {
    const post =
      'Milestones are such a fun part of your baby’s development. Language experts will tell you that the first word is often for the dad.';
    expect(addressees(post)).toEqual(['other', 'other']);
    // a child's own baby brother stays the child's: "your baby brother"
    expect(addressees('You are so kind to your baby brother. You read him a story every night.')).toEqual([
      'child',
      'child',
    ]);
  });

  it('reads “you” as a teacher when the reader plans lessons or has students (“help a student”, “your own students”)', () => {
    expect(
      addressees(
        'There will be days when you feel you have done everything you can to plan a lesson or help a student. Do the best that you can.',
      ),
    ).toEqual(['other', 'other']);
    expect(
      addressees(
        'No matter how good your training was, until you are alone in the classroom with your own students, you are not ready.',
      ),
    ).toEqual(['other']);
    // a pupil told about their class and their teacher is still the child
    expect(addressees('Your teacher told me you helped a new pupil in your class. You should be proud.')).toEqual([
      'child',
      'child',
    ]);
  });

  it('reads a teacher’s “each of you in my class” as said to the pupils (“I am a better teacher now”)', () => {
    const letter =
      'I am truly blessed to have each of you in my class this year. I am a better teacher now than I was in September.';
    expect(analyseNote(letter).sentences[0]?.addressee).toBe('child');
  });
});

describe('a particular pair or group of children, and “they” after them', () => {
  it('reads “the twins”, “two boys” and “these boys” as children the note is about, and “they” after them as them', () => {
    const kinds = (text: string) => analyseNote(text).sentences.map((sentence) => sentence.kind);
    expect(kinds('One of the twins found bedtime hard. They loved the song we sang to them.')).toEqual([
      'about-child',
      'about-child',
    ]);
    expect(kinds('The case concerned two boys, aged 11 and 8.')).toEqual(['about-child']);
    // boys and girls in general stay children in general
    expect(kinds('Boys and girls can both join the football club.')).toEqual(['neutral']);
  });
});
