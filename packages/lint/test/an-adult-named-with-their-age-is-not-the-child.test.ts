import { describe, expect, it } from 'vitest';
import { analyseNote } from '@casenote/lint';

// dev-passages-68b (a court report of a trial): the defendant, named with his age, was taken for the child the report is
// about, so the analysis offered "This sentence is about Symonds; could you write it to them?" (the lead, thirty-seventh
// session).
const childOf = (text: string) => analyseNote(text).child.name;

describe('a person named with an adult age is not taken for the child', () => {
  it('does not name a 30-year-old defendant as the child, by his full name or his surname alone', () => {
    const text =
      'Trevor Symonds, aged 30, is facing trial at the Crown Court. Symonds, of Bridport, denies the offence. ' +
      'Symonds told officers nothing had happened.';
    expect(childOf(text)).not.toBe('Symonds');
    expect(childOf(text)).not.toBe('Trevor');
  });

  it('still takes a name with a child’s age for the child', () => {
    expect(childOf('Ella Grady, 9, was seen at school. Ella said she was happy.')).toBe('Ella');
  });
});
