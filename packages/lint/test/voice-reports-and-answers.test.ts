import { describe, expect, it } from 'vitest';
import { analyseNote } from '@casenote/lint';

const voices = (text: string, context = {}) => analyseNote(text, context).sentences.map((sentence) => sentence.voice);
const rosa = { child: { name: 'Rosa', pronouns: 'she' as const } };

describe('the named child’s words inside someone else’s report', () => {
  it('counts what the named child wanted or said, reported by a “she” or “he”, as the child’s words', () => {
    expect(voices('Her friend gave evidence. She claimed Rosa did not want to go to school.', rosa)).toEqual([
      'none',
      'child',
    ]);
    expect(voices('He said Rosa told him about the fight at the bus stop.', rosa)).toEqual(['child']);
  });

  it('keeps the reporter’s own feelings about the child, and their report of her liking, as theirs', () => {
    expect(voices('She said Rosa loves Disney films.', rosa)).toEqual(['other']);
    expect(voices('She wanted help with Rosa’s behaviour at bedtime.', rosa)).toEqual(['other']);
  });
});

describe('the child’s answer to a question the sentence opens with', () => {
  it('counts the answer, in words or by a gesture, as the child’s', () => {
    expect(voices('When asked who lives at home, Rosa named her mum, her nan and her dog.', rosa)).toEqual(['child']);
    expect(voices('When his teacher asked him what had happened, he pointed to the older boy.', {})).toEqual(['child']);
    expect(voices('When asked what she wanted, the girl chose the picture of her grandmother.')).toEqual(['child']);
  });

  it('does not count an adult’s answer, a state, or a question that opens no answer', () => {
    expect(voices('When asked, her mother said the family had moved twice.', rosa)).toEqual(['other']);
    expect(voices('When asked about school, Rosa was quiet for a long time.', rosa)).toEqual(['none']);
    expect(voices('When the social worker visited, Rosa played with her brother.', rosa)).toEqual(['none']);
  });
});
