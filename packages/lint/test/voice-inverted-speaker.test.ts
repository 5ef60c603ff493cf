import { describe, expect, it } from 'vitest';
import { analyseNote } from '@casenote/lint';

const voices = (text: string, context = {}) => analyseNote(text, context).sentences.map((sentence) => sentence.voice);
const ellis = { child: { name: 'Ellis', pronouns: 'he' as const } };

describe('a quoted phrase in an adult’s report about a child', () => {
  it('reads “The judge said the boy was “…”” as the judge’s words, not the boy’s', () => {
    expect(voices('The judge said the boy was "a delight" and should stay with his aunt.')).toEqual(['other']);
  });

  it('reads a quoted description before the judge’s own “said” as the judge’s', () => {
    const text = 'Describing him as "a thoughtful young man", the judge said he had settled well at school.';
    expect(voices(text)).toEqual(['other']);
  });

  it('does not give a quoted phrase to the child named after the adult’s verb of saying', () => {
    expect(voices('The social worker said Ellis was "doing really well" in his new placement.', ellis)).not.toContain(
      'child',
    );
  });
});

describe('a quotation before its inverted speaker', () => {
  it('keeps ““…,” said the boy” as the boy’s words', () => {
    expect(voices('"I like it here," said the boy.')).toEqual(['child']);
  });

  it('keeps ““…,” says a 15-year-old girl” as the girl’s words', () => {
    expect(voices('"Nobody asked me what I wanted," says a 15-year-old girl.')).toEqual(['child']);
  });

  it('keeps a quotation whose verb of saying comes after a few words and before the child', () => {
    expect(voices('"More help with homework," is also needed said one young person.')).toEqual(['child']);
  });
});
