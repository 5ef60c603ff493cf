import { describe, expect, it } from 'vitest';
import { analyseNote } from '@casenote/lint';

// Invented notes: a sentence adverb opening a sentence (“Frankly,”) and a stage direction in a transcript (“(Laughs)”)
// are not the child's name.

const named = (text: string) => analyseNote(text).child.name;
const messages = (text: string) =>
  analyseNote(text)
    .diagnostics.map((diagnostic) => diagnostic.message)
    .join('\n');

describe('words the analysis must not take for the child’s name', () => {
  it('does not name the child “Frankly” when a letter to them opens a sentence with it', () => {
    const note = 'I am sorry you are having a hard time at home. Frankly, I also feel sorry for your mum.';
    expect(named(note)).not.toBe('Frankly');
    expect(messages(note)).not.toContain('Frankly');
  });

  it('does not name the child “Laughs” from a stage direction in a transcript', () => {
    const note = 'Worker: What did you have for lunch?\n\nMia: Pizza.\n\nMia: (Laughs)\n\nWorker: (Laughs)';
    expect(named(note)).not.toBe('Laughs');
    expect(messages(note)).not.toContain('Laughs');
  });
});
