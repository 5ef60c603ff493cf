import { describe, expect, it } from 'vitest';
import { analyseNote } from '@casenote/lint';

const aboutTom = { child: { name: 'Tom', pronouns: 'he' as const } };
const voices = (text: string) => analyseNote(text, aboutTom).sentences.map((sentence) => sentence.voice);

describe('another child’s words about the child the host named', () => {
  it('counts a child by role who speaks or writes of the named child as a child speaking (the lead’s ruling 1)', () => {
    expect(voices('The boy told his teacher he had shared his crisps with Tom.')).toEqual(['child']);
    expect(voices('When the game ended, the 12-year-old texted Tom, saying "see you tomorrow".')).toEqual(['child']);
  });

  it('still gives the writer’s own son or daughter who speaks of the named child to someone else', () => {
    expect(voices('My daughter has asked me what Tom will make of the move.')).toEqual(['other']);
    expect(voices('Our daughter asked whether Tom could stay for tea.')).toEqual(['other']);
  });
});
