import { describe, expect, it } from 'vitest';
import { analyseNote } from '@casenote/lint';

/** The child's-voice reading of each sentence of a note (invented sentences). */
const voices = (note: string, context = {}) => analyseNote(note, context).sentences.map((sentence) => sentence.voice);
const mia = { child: { name: 'Mia', pronouns: 'she' as const } };

describe('an adult named by their role speaks as an adult, never as the child', () => {
  it('gives a teacher’s, barrister’s or principal’s report of the child to the adult', () => {
    expect(voices('The former principal said she agreed the girl was bright but quiet.')).toEqual(['other']);
    expect(voices('The class teacher said she was worried about the bruise.')).not.toContain('child');
  });

  it('reads a “she” or “he” who speaks after a sentence opening on the adult as that adult', () => {
    const teacher =
      'This morning the class teacher stopped me at the gate. She said that Mia was rude and would not sit still.';
    expect(voices(teacher, mia)).toEqual(['none', 'other']);
    const rant = 'My daughter’s teacher spoke to me after school. She said she never listens in class.';
    expect(voices(rant)[1]).not.toBe('child');
    const solicitor = 'In reply the solicitor for the council spoke. He said the date could not be moved.';
    expect(voices(solicitor)[1]).not.toBe('child');
  });

  it('still hears the child after the adult is named (“She told her teacher…”, “The teacher said Mia told her…”)', () => {
    expect(voices('Mia spoke to her teacher today. She said she was scared of the dark.', mia)[1]).toBe('child');
    expect(voices('Mia told her teacher that she wanted to go home.', mia)).toEqual(['child']);
    expect(voices('The judge said Mia had told him she wanted to stay with her nan.', mia)).toEqual(['child']);
    expect(voices('Then she looked at the judge and said she wanted to go home.', mia)).toEqual(['child']);
  });
});

describe('a parent who speaks of “her child” is not the child', () => {
  it('reads the “she” who says “her son” or “her child” as the parent, and the verb joined on as hers', () => {
    const mother = 'In court she insisted that her child was making it up and told the judge so.';
    expect(voices(mother)).not.toContain('child');
    expect(voices('He said his son had never been hit.')).not.toContain('child');
  });

  it('keeps the child’s own report that joins a wish on (“The child acknowledged that he had… and wanted…”)', () => {
    expect(voices('The boy explained that he had changed his mind and wanted to stay.')).toEqual(['child']);
  });

  it('reads a child by role who speaks of the child the host named as someone else', () => {
    const nan = 'My daughter has asked me what Mia will think of her when she is older.';
    expect(voices(nan, mia)).not.toContain('child');
    expect(voices('Mia has asked me what her mum will think.', mia)).toEqual(['child']);
  });
});

describe('one child told of in the past, and a parent who numbers their children', () => {
  it('hears “a girl” whose allegation or refusal is told in the past, not “a child who…” or “a child may…”', () => {
    expect(voices('A girl made repeated allegations against her stepfather.')).toEqual(['child']);
    expect(voices('A boy refused to go home.')).toEqual(['child']);
    expect(voices('A child who has refused to go home may be frightened.')).not.toContain('child');
    expect(voices('A child may refuse to go home.')).not.toContain('child');
  });

  it('reads a blog that numbers its children (“Son #3”) as a parent’s, whatever it says of “my mom”', () => {
    const blog = 'We drove up for my mom’s birthday. Son #3 said he wants to be a dentist.';
    expect(voices(blog)[0]).not.toBe('child');
  });
});
