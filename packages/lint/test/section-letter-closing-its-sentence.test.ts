import { describe, expect, it } from 'vitest';
import { sentencesOf, underlinedBy } from './rules-on.ts';

// jargon40b, the lead's answer to jargon40's third question: a section letter that closes its sentence ("… in
// Section F.") is read with the full stop as the sentence's end, so the section-letter rule reaches it; a single
// capital's stop in a name ("J. Smith", "Mr A. Jones", "A.B.") stays part of the name.
const sectionLetters = (text: string): string[] => underlinedBy(text, (id) => id === 'ehc-plan-section-letter');

describe('a section letter closing its sentence is flagged like one inside it', () => {
  it('flags the letter before the full stop in writing to a parent', () => {
    expect(sectionLetters('Check that the help for your son is written in Section F.')).toEqual(['Section F']);
    expect(sectionLetters('You can ask for the school to be named in Section I. We can help you.')).toEqual([
      'Section I',
    ]);
  });

  it('ends the sentence at the letter’s full stop, joined letters too', () => {
    expect(sentencesOf('Your needs are in Sections E and F. Tell us if they are wrong.')).toEqual([
      'Your needs are in Sections E and F.',
      'Tell us if they are wrong.',
    ]);
  });

  it('keeps initials in a name inside their sentence', () => {
    expect(sentencesOf('We met J. Smith today. Mr A. Jones came with A.B. Brown. She saw Dr C. Patel.')).toEqual([
      'We met J. Smith today.',
      'Mr A. Jones came with A.B. Brown.',
      'She saw Dr C. Patel.',
    ]);
  });
});
