import { describe, expect, it } from 'vitest';
import { analyseNote } from '@casenote/lint';

/** The child's-voice reading of each sentence of a note (invented sentences). */
const voices = (note: string, context = {}) => analyseNote(note, context).sentences.map((sentence) => sentence.voice);

const kai = { child: { name: 'Kai', pronouns: 'he' } };
const ruby = { child: { name: 'Ruby', pronouns: 'she' } };

describe('verbs of saying a child’s words are told with: retorted, recanted, objected, demanded, threatened', () => {
  it('hears the child who retorted, objected, demanded or threatened to leave', () => {
    expect(voices('"Not again," Kai retorted, folding his arms.', kai)).toEqual(['child']);
    expect(voices('Ruby objected to the new bedtime at the house meeting.', ruby)).toEqual(['child']);
    expect(voices('Kai demanded to see his brother before the review.', kai)).toEqual(['child']);
    expect(voices('Ruby threatened to leave the unit if the visits stopped.', ruby)).toEqual(['child']);
    expect(voices('Later Kai recanted what he had said about the bruise.', kai)).toEqual(['child']);
  });

  it('does not hear an adult who objected', () => {
    expect(voices('The manager objected to the plan for Kai.', kai)).not.toContain('child');
  });
});
