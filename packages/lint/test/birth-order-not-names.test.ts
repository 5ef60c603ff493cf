import { describe, expect, it } from 'vitest';
import { analyseNote } from '@casenote/lint';

// dev-passages-55a (addressee29): an adoptive parent's post calls her sons "oldest" and "youngest"
describe('words the analysis must never call the child', () => {
  it('never names "Oldest" or "Youngest" opening a sentence as the child', () => {
    const post =
      'Oldest has been told that we have booked this and he can see it on the calendar. He has started to get excited about it.';
    const analysis = analyseNote(post);
    expect(analysis.child.name).toBeNull();
    const messages = analysis.diagnostics.map((diagnostic) => diagnostic.message).join(' ');
    expect(messages).not.toContain('Oldest');
    expect(
      analyseNote('Youngest has asked about the visit and she is excited. She wants to go.').child.name,
    ).toBeNull();
  });
});
