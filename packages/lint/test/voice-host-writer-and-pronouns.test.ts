import { describe, expect, it } from 'vitest';
import { analyseNote } from '@casenote/lint';

/** The child's-voice reading of each sentence of a note (invented sentences). */
const voices = (note: string, context = {}) => analyseNote(note, context).sentences.map((sentence) => sentence.voice);

describe('a note the host says the child wrote, with no "I" in it', () => {
  const page = 'Moving day is scary. Why does everything change? You just sit in the car and wait.';

  it('reads every sentence as the child’s own words, a question and a generic “you” included', () => {
    expect(voices(page, { writer: 'child' })).toEqual(['child', 'child', 'child']);
  });

  it('reads the same words with no such word from the host as no one’s', () => {
    expect(voices(page)).not.toContain('child');
  });
});
