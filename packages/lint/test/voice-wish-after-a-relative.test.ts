import { describe, expect, it } from 'vitest';
import { analyseNote } from '@casenote/lint';

/** The child's-voice reading of each sentence of a note (invented sentences). */
const voices = (note: string, context = {}) => analyseNote(note, context).sentences.map((sentence) => sentence.voice);

const kai = { child: { name: 'Kai', pronouns: 'he' } };

describe('a wish after "and" when the child’s clause names a relative of theirs', () => {
  it('hears the child in “Kai is close to his nan and wants to stay with her at weekends”', () => {
    expect(voices('Kai is close to his nan and wants to stay with her at weekends.', kai)).toEqual(['child']);
    expect(voices('Kai goes to the club with his brother and wants to join the football team.', kai)).toEqual([
      'child',
    ]);
  });

  it('does not hear the child when “who” gives the relative a clause of their own', () => {
    expect(voices('Kai lives with his nan who cares for him and wants him to stay.', kai)).not.toContain('child');
  });
});
