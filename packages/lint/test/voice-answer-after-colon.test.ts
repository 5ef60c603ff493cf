import { describe, expect, it } from 'vitest';
import { analyseNote } from '@casenote/lint';

const voices = (text: string, context = {}) => analyseNote(text, context).sentences.map((sentence) => sentence.voice);
const girl = { child: { name: 'Maya', pronouns: 'she' as const } };

describe('the child’s answer after “she replied:” when the child was the one asked', () => {
  it('counts the reply as the child’s even when her mother stands nearer the “she”', () => {
    expect(
      voices(
        'Asked by the court why she had not told her mother about the bruises she replied: "I thought she would be angry."',
        girl,
      ),
    ).toEqual(['child']);
    expect(
      voices('The social worker then asked the same question to the daughter and she replied: "I never see my dad."'),
    ).toEqual(['child']);
  });

  it('keeps the reply an adult’s where the adult was the one asked or no child was asked', () => {
    expect(
      voices('The social worker asked the same question to the mother and she replied: "We never see him."'),
    ).toEqual(['other']);
    expect(voices('Asked by the court about the move, her mother replied: "We had no choice."', girl)).toEqual([
      'other',
    ]);
  });
});
