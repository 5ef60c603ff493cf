import { describe, expect, it } from 'vitest';
import { analyseNote } from '@casenote/lint';

const voices = (text: string) => analyseNote(text).sentences.map((sentence) => sentence.voice);

describe('a young person’s own account, told in the first person', () => {
  it('counts an account that says the writer was placed in care or was a child then as the child’s voice', () => {
    expect(
      voices('When I was eight years old, I was placed in a foster home. It felt like a real home to me.'),
    ).toEqual(['child', 'child']);
    expect(voices('Being separated from my siblings was painful. I often felt scared and alone.')).toEqual([
      'child',
      'child',
    ]);
    expect(voices('I grew up in foster care. I longed to be known and understood.')).toEqual(['child', 'child']);
  });

  it('does not count a parent’s or a carer’s first person as a child’s account', () => {
    expect(
      voices('When my daughter was eight, I worried about her school. I felt she was unhappy there.'),
    ).not.toContain('child');
    expect(voices('My little sister’s children were placed with me. I felt proud to help.')).not.toContain('child');
  });
});
