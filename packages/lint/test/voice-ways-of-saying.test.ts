import { describe, expect, it } from 'vitest';
import { analyseNote } from '@casenote/lint';

const voices = (text: string, context = {}) => analyseNote(text, context).sentences.map((sentence) => sentence.voice);
const milo = { child: { name: 'Milo', pronouns: 'he' as const } };

describe('a child’s words told by how they were said', () => {
  it('counts what a child retorted, recounted or yelled as their words', () => {
    expect(voices('“A dragon?” he retorts, grinning.', milo)).toEqual(['child']);
    expect(voices('In the interview the girl recounted the night her stepfather came home drunk.')).toEqual(['child']);
    expect(voices('Milo yelled at his brother that he would tell their mum.', milo)).toEqual(['child']);
  });

  it('counts a child’s threat as their words', () => {
    expect(voices('The boy threatened to run away if he had to move again.')).toEqual(['child']);
    expect(voices('Milo threatens to tell his teacher whenever his sister takes his games.', milo)).toEqual(['child']);
  });

  it('does not count a threat made to the child, a muttered walk back to bed, or crying, as the child’s words', () => {
    expect(voices('Milo was threatened by older boys at the bus stop.', milo)).toEqual(['none']);
    expect(voices('She mutters her way back to bed and I lie awake.', { child: { name: 'Ivy' } })).not.toContain(
      'child',
    );
    expect(voices('Milo sobbed in his room all evening.', milo)).toEqual(['none']);
    expect(voices('Milo demands attention from staff at mealtimes.', milo)).toEqual(['none']);
  });
});
