import { describe, expect, it } from 'vitest';
import { analyseNote } from '@casenote/lint';

/** The child's-voice reading of each sentence of a note (invented sentences). */
const voices = (note: string, context = {}) => analyseNote(note, context).sentences.map((sentence) => sentence.voice);

const kai = { child: { name: 'Kai', pronouns: 'he' } };
const ruby = { child: { name: 'Ruby', pronouns: 'she' } };

describe('a child’s writing told as an act (the lead’s ruling 1)', () => {
  it('hears the child who sent messages or a note, texted or posted', () => {
    expect(voices('Kai sent angry messages to his cousin after the match.', kai)).toEqual(['child']);
    expect(voices('Ruby texted her aunt from the bus stop.', ruby)).toEqual(['child']);
    expect(voices('Ruby posted a long list of her worries on the class page.', ruby)).toEqual(['child']);
  });

  it('does not hear the child who was sent something, nor one who sent a parcel', () => {
    expect(voices('Kai was sent a message by the coach.', kai)).toEqual(['none']);
    expect(voices('Kai sent the parcel to his cousin.', kai)).not.toContain('child');
  });
});

describe('a name and surname with an age or a place set off by commas before the verb', () => {
  it('hears the child in “Ruby Marsh, 13, wrote a note…” and “…, 14, had sent messages…”', () => {
    expect(voices('Ruby Marsh, 13, wrote a note to her form tutor before the holidays.', ruby)).toEqual(['child']);
    expect(voices('Kai Brennan, 14, had sent messages to his sister all evening.', kai)).toEqual(['child']);
  });

  it('hears the child the host named after “from” a place: “Ruby, from Leeds, confided…”', () => {
    expect(voices('Ruby, from Leeds, confided to her friend that she was frightened of the dark.', ruby)).toEqual([
      'child',
    ]);
  });

  it('still hears an adult named with a surname as someone else', () => {
    expect(voices('Carol Marsh, 44, wrote a note to the school about the trip.', ruby)).not.toContain('child');
  });
});

describe('a refusal in a clause of the child’s own after a comma', () => {
  it('hears the child who refused after the writer asked (“I asked her…, but she refused”)', () => {
    expect(voices('I asked her to phone the office, but she refused to do this.', ruby)).toEqual(['child']);
  });

  it('still hears the reporter in “The school reported that she had refused to attend”', () => {
    expect(voices('The school reported that she had refused to attend.', ruby)).not.toContain('child');
  });
});

describe('“asks” carrying on the child’s clause after “and”', () => {
  it('hears the child in “He knocks on the door and asks…”', () => {
    expect(voices("He knocks on her door and asks 'Are you okay?' before bed.", kai)).toEqual(['child']);
  });
});
