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

describe('a "she" or "he" no one before it can be, with no name from the host', () => {
  it('hears someone else when the pronoun’s own clause names a child (“…she said this was only about the children”)', () => {
    expect(
      voices('When I met her at the office she said this was only about the children and what they need.'),
    ).toEqual(['none']);
    expect(voices('When we spoke on the phone he said it was all about the boy and his school.')).toEqual(['none']);
  });

  it('still hears the child in a pronoun whose clause names no child', () => {
    expect(voices('She said she wanted to stay with her nan at weekends.')).toEqual(['child']);
  });
});

describe('an adult’s advice to a young person to pass on what they said', () => {
  it('hears the adviser, not the child, in “tell her what you have told me”', () => {
    const reply = 'Your dad sounds worried about you. Wait for a calm evening and tell him what you have told me.';
    expect(voices(reply)[1]).not.toBe('child');
  });

  it('still hears the child in what they told the writer', () => {
    expect(voices('You told me that you want to stay at your school.')).toEqual(['child']);
  });
});

describe('a child who alleges or admits something', () => {
  it('hears the child who alleges or admits (present tense)', () => {
    expect(
      voices('Finn alleges that his uncle hit him with a belt.', { child: { name: 'Finn', pronouns: 'he' } }),
    ).toEqual(['child']);
    expect(
      voices('Maya admits she took the money from the tin.', { child: { name: 'Maya', pronouns: 'she' } }),
    ).toEqual(['child']);
  });
});

describe('a name after an age under 18', () => {
  it('hears the child named after their age (“Nine-year-old Rosa said…”), beside the host’s child', () => {
    const note = 'Finn and his cousin came to the park. Nine-year-old Rosa said she wanted to stay longer.';
    expect(voices(note, { child: { name: 'Finn', pronouns: 'he' } })[1]).toBe('child');
  });
});

describe('a court’s “minor”', () => {
  it('hears the minor who requested a hearing', () => {
    expect(voices('One twin went home. The other minor preferred his aunt and requested a hearing.')[1]).toBe('child');
  });
});

describe('a child’s own account quoted with no one named for it, in a note the host says is about the child', () => {
  const account =
    '"Most of the teasing I got at school was about my hair. I was called "carrot top" every day and I started to hate my hair.\n\n' +
    '"When I was 11, my friend moved away and I sat on my own. The dinner ladies kept saying, "You need to join in." ' +
    'But I didn\'t know how to join in. They just moved me to another table."';

  it('hears the named child in the quoted “I”, whoever the note seems written to', () => {
    const heard = voices(account, { child: { name: 'Nina' } });
    expect(heard[0]).toBe('child');
    expect(heard[2]).toBe('child');
    // (and no one in the same words when the host names no child)
    expect(voices(account)).not.toContain('child');
  });

  it('does not hear the child in quoted words said to someone (“Do you want… so I can…”)', () => {
    const heard = voices(
      `${account}\n\n"Do you want to sit with me at lunch tomorrow so I can show you the library?"`,
      {
        child: { name: 'Nina' },
      },
    );
    expect(heard.at(-1)).not.toBe('child');
  });
});
