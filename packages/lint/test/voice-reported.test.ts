import { describe, expect, it } from 'vitest';
import { analyseNote } from '@casenote/lint';

const jade = { child: { name: 'Jade', pronouns: 'she' as const } };
const voices = (text: string, context?: Parameters<typeof analyseNote>[1]) =>
  analyseNote(text, context).sentences.map((sentence) => sentence.voice);

describe('words the child said, reported with an adverb before the verb', () => {
  it('finds the child’s words past an adverb in “-ly” or “very much”', () => {
    expect(voices('Jade has consistently said that she wants to live with her nan.', jade)).toEqual(['child']);
    expect(voices('The girl had subsequently said that she had settled well at her new school.')).toEqual(['child']);
    expect(voices('Kia proudly commented: “I really enjoyed writing the poem.”', { child: { name: 'Kia' } })).toEqual([
      'child',
    ]);
    expect(voices('Sam very much wanted to attend school.', { child: { name: 'Sam', pronouns: 'he' } })).toEqual([
      'child',
    ]);
  });

  it('keeps an adult’s words the adult’s whatever adverb stands before the verb', () => {
    expect(voices('Her mother repeatedly told staff that Jade was lying.', jade)).toEqual(['other']);
  });
});

describe('a wish or words later in the child’s clause', () => {
  it('reads the verb after “and” as the child’s when a person before it is only the object of a possessive', () => {
    expect(voices('Jade is dedicated to her mum and wants to help.', jade)).toEqual(['child']);
    expect(voices('Jade visited her nan and asked to stay overnight.', jade)).toEqual(['child']);
  });
});

describe('verbs of insisting and objecting', () => {
  it('reads a child who stressed, objected or maintained something as giving their view', () => {
    expect(voices('The boys stressed that they would rather stay with their father.')).toEqual(['child']);
    expect(voices('Jade objected to moving schools.', jade)).toEqual(['child']);
    expect(voices('The father maintained that the girl was settled.')).toEqual(['other']);
  });
});

describe('a professional’s words in the child’s own account', () => {
  it('gives a sentence to the professional who speaks in it before the writer does', () => {
    expect(voices('I live with my foster carers. My teacher explained that Refugee Week celebrates refugees.')).toEqual(
      ['child', 'other'],
    );
    expect(
      voices('I live with my foster carers. Social workers told me when I was nine that I would never do well.'),
    ).toEqual(['child', 'other']);
  });

  it('keeps the sentence the child’s when the writer comes first or a relative speaks', () => {
    expect(voices('I live with my foster carers. I asked my teacher and she said yes.')).toEqual(['child', 'child']);
    expect(voices('I live with my foster carers. Mommy says I will like you.')).toEqual(['child', 'child']);
  });
});
