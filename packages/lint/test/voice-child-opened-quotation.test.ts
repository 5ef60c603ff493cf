import { describe, expect, it } from 'vitest';
import { analyseNote } from '@casenote/lint';

const aboutMia = { child: { name: 'Mia', pronouns: 'she' as const } };
const voices = (text: string) => analyseNote(text, aboutMia).sentences.map((sentence) => sentence.voice);

describe('a quotation the child opens and carries over several lines', () => {
  it('keeps every line of the child’s own quotation as the child’s words, to its closing mark', () => {
    const story = [
      '"My sister and I had a way of testing new workers, to see if they would listen.',
      'We had four different workers in two years. So, on the drive to school, we asked her to make up a song.',
      'She laughed and then she sang.',
    ].join('\n');
    expect(voices(story)).toEqual(['child', 'child', 'child', 'child']);
  });

  it('stops at the closing mark, and at a new line that opens a new quotation or a speaker’s label', () => {
    const closed = ['"My sister and I had a way of testing new workers.', 'We asked her to sing."', 'The worker sang.'];
    expect(voices(closed.join('\n'))).toEqual(['child', 'child', 'none']);
    const labelled = ['"My sister and I had a way of testing new workers.', 'Worker: We sang on the drive home.'];
    expect(voices(labelled.join('\n'))[1]).not.toBe('child');
  });

  it('does not carry a quotation someone else opens', () => {
    const carer = ['Her carer said: "We had a hard week with the new school run.', 'We got there on time in the end."'];
    expect(voices(carer.join('\n'))).not.toContain('child');
  });
});
