import { describe, expect, it } from 'vitest';
import { analyseNote } from '@casenote/lint';

const voices = (text: string, context = {}) => analyseNote(text, context).sentences.map((sentence) => sentence.voice);

describe('a child’s telling with a word of time or report between the child and the verb', () => {
  it('counts “eventually told”, “allegedly told”, “flatly denied”, “further stated” and “suddenly reveals” as the child’s', () => {
    expect(voices('The little girl eventually told her aunt that the dog had bitten her.')).toEqual(['child']);
    expect(voices('The boy allegedly told the nurse that his leg hurt.')).toEqual(['child']);
    expect(voices('Asked about the broken window, the boy flatly denied it.')).toEqual(['child']);
    expect(voices('The girl further stated that she wanted to stay with her gran.')).toEqual(['child']);
    expect(voices('The child suddenly reveals the dragon has a sore wing.')).toEqual(['child']);
    expect(voices('The girl initially said that she had fallen off her bike.')).toEqual(['child']);
  });

  it('counts what a child kept saying, or kept asking, as their words', () => {
    const ruby = { child: { name: 'Ruby', pronouns: 'she' as const } };
    expect(voices('Ruby kept saying that her tummy hurt.', ruby)).toEqual(['child']);
    expect(voices('Ruby kept asking when her dad would come.', ruby)).toEqual(['child']);
    // keeping a thing is no words
    expect(voices('Ruby kept the drawing under her pillow.', ruby)).toEqual(['none']);
  });

  it('still gives an adult’s telling to the adult', () => {
    expect(voices('The mother initially told the nurse that the boy had fallen.')).not.toContain('child');
  });
});

describe('a child’s admission', () => {
  it('counts what a child admitted as their words', () => {
    expect(voices('The girl admitted that she had taken the money.')).toEqual(['child']);
    expect(voices('The boy admitted to me that he was scared of the dark.')).toEqual(['child']);
  });

  it('does not count an admission to a charge, or being admitted to hospital, as the child’s words', () => {
    expect(voices('The boy admitted to stealing a bicycle in March.')).toEqual(['none']);
    expect(voices('The boy admitted to two charges of theft.')).toEqual(['none']);
    expect(voices('The girl was admitted to hospital on Friday.')).toEqual(['none']);
  });
});
