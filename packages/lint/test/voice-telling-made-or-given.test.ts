import { describe, expect, it } from 'vitest';
import { analyseNote } from '@casenote/lint';

/** The child's-voice reading of each sentence of a note (invented sentences). */
const voices = (note: string, context = {}) => analyseNote(note, context).sentences.map((sentence) => sentence.voice);

const kai = { child: { name: 'Kai', pronouns: 'he' } };
const ruby = { child: { name: 'Ruby', pronouns: 'she' } };

describe('a telling told as an act: an allegation, a statement or evidence made or given', () => {
  it('hears the child who made a statement, gave evidence or made a complaint', () => {
    expect(voices('Ruby made a statement to the police about the fight.', ruby)).toEqual(['child']);
    expect(voices('On Tuesday Kai gave evidence from behind a screen.', kai)).toEqual(['child']);
    expect(voices('Ruby made a complaint about the new house rules.', ruby)).toEqual(['child']);
  });

  it('does not hear any child, a performance, or someone else’s report of the child', () => {
    expect(voices('Any child who makes an allegation must be listened to.')).not.toContain('child');
    expect(voices('Kai gave a good account of himself at the match.', kai)).not.toContain('child');
    expect(voices('Kai was given details of the new school.', kai)).not.toContain('child');
  });
});
