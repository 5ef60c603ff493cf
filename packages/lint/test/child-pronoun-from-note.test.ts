import { describe, expect, it } from 'vitest';
import { analyseNote } from '@casenote/lint';

const voices = (text: string, context = {}) => analyseNote(text, context).sentences.map((sentence) => sentence.voice);
const maya = { child: { name: 'Maya' } };

describe('the child’s pronoun read from the note when the host gives only a name', () => {
  it('does not hear a man named before the child as the child', () => {
    expect(
      voices('The uncle of Maya has rung the office. He stated he would "take her home" when he has a flat.', maya),
    ).toEqual(['none', 'other']);
    expect(voices('The uncle of Maya has rung the office. He says he will "sort things out".', maya)).toEqual([
      'none',
      'other',
    ]);
  });

  it('still hears the child when the sentence before opened on the child', () => {
    expect(voices('Maya is nine and lives with her nan. She told me she likes her new school.', maya)).toEqual([
      'none',
      'child',
    ]);
  });

  it('lets the host’s pronoun win over what the note suggests', () => {
    // "his" after Sam suggests Sam is a boy, so with no pronoun from the host "He" is Sam; the host says Sam is "she",
    // so "He" is the uncle. (The sentence used before, "He says he will "sort things out"" after the uncle rang, heard
    // the child only as an inverted speaker, "says he", which voice41 rightly keeps for after a quotation.)
    const note = 'Sam and his uncle came to the office. He said he will "sort things out".';
    expect(voices(note, { child: { name: 'Sam' } })).toEqual(['none', 'child']);
    expect(voices(note, { child: { name: 'Sam', pronouns: 'she' as const } })).toEqual(['none', 'other']);
  });
});
