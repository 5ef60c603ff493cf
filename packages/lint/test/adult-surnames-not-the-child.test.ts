import { describe, expect, it } from 'vitest';
import { analyseNote } from '@casenote/lint';

/** The child's-voice reading of each sentence of a note the host gives no child for (invented sentences). */
const voices = (note: string) => analyseNote(note).sentences.map((sentence) => sentence.voice);
const guessed = (note: string) => analyseNote(note).child.name;

describe('a surname alone in a court report is not taken for the child (the lead’s ruling 5, thirtieth session)', () => {
  it('does not hear a defendant who denies charges as the child', () => {
    const note =
      'Hartley denies four charges of assault on a child. When interviewed by police, Hartley said he had never met the girl.';
    expect(voices(note)).not.toContain('child');
    expect(guessed(note)).toBeNull();
  });

  it('does not hear a lawyer or an interviewer named with a role, nor their surname used alone later', () => {
    expect(
      voices(
        'Defence lawyer Priya Okafor asked the girl whether she had been home that night. Okafor said the girl was unsure.',
      ),
    ).not.toContain('child');
    expect(
      voices(
        'Dana Whitlow, a forensic interviewer, met the boy twice. Whitlow said he needed breaks between questions.',
      ),
    ).not.toContain('child');
  });

  it('does not hear a speaker who talks of the children as other people', () => {
    expect(voices('Kendrick said the children would be upset by the move to Leeds.')).not.toContain('child');
    expect(voices('Later, Kendrick asked what the boy had eaten that day.')).not.toContain('child');
  });

  it('reads a role before a surname’s particle as the role of the named person (“Coroner da Silva”)', () => {
    expect(
      voices('Coroner da Silva opened the inquest on Monday. Silva said she had read every statement twice.'),
    ).not.toContain('child');
  });

  it('does not take “International” in a day’s name for the child', () => {
    expect(
      guessed('We talked about International Day of Friendship at the group. International Day is in July.'),
    ).toBeNull();
  });

  it('still takes the child’s own name, and still hears the child', () => {
    const note = 'Kai said he misses his dad. Kai told me he wants to see him at the weekend.';
    expect(guessed(note)).toBe('Kai');
    expect(voices(note)).toEqual(['child', 'child']);
  });
});
