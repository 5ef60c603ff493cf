import { describe, expect, it } from 'vitest';
import { analyseNote } from '@casenote/lint';

/** The child's-voice reading of each sentence of a note (invented sentences). */
const voices = (note: string, context = {}) => analyseNote(note, context).sentences.map((sentence) => sentence.voice);
const ruby = { child: { name: 'Ruby', pronouns: 'she' as const } };
const theo = { child: { name: 'Theo', pronouns: 'he' as const } };

describe('the child’s words told after their feeling, joined on with “and”', () => {
  it('hears a wish or a view the child expressed after a feeling (“was unhappy and expressed a wish…”)', () => {
    expect(voices('Ruby was unhappy at the unit and expressed a wish to move nearer her nan.', ruby)).toEqual([
      'child',
    ]);
    expect(voices('Theo was upset and requested a meeting with his reviewing officer.', theo)).toEqual(['child']);
  });

  it('leaves a refusal joined on as the record has it, and an adult’s verb as the adult’s', () => {
    expect(voices('Mum was tired and expressed her worries about the move.', ruby)).not.toContain('child');
  });
});

describe('a wish after the child’s age set off by commas', () => {
  it('hears “Ruby, now 16, hopes to…” and “Theo, aged 9, wants…”', () => {
    expect(voices('Ruby, now 16, hopes to study childcare at college.', ruby)).toEqual(['child']);
    expect(voices('Theo, aged 9, wants to see his brother every week.', theo)).toEqual(['child']);
  });

  it('leaves a hope for something else after the age as the writer’s account', () => {
    expect(voices('Ruby, 16, hopes her mum gets better soon.', ruby)).not.toContain('child');
  });
});

describe('a quotation brought in by a participle of saying', () => {
  it('gives the quotation to the clause’s subject, not to a possessive before it', () => {
    const clinging = 'When Dad came, Theo was holding on to his mother’s arm and shouting, “I’m not going with him.”';
    expect(voices(clinging, theo)).toEqual(['child']);
  });

  it('keeps an adult’s shouted words the adult’s', () => {
    expect(voices('Dad was shouting, “Get in the car now.”', theo)).toEqual(['other']);
  });
});

describe('the child by name speaking inside someone else’s quotation', () => {
  it('hears “Ruby said…” quoted by the reviewing officer as the child’s words', () => {
    const review = '“Ruby said she would like to know when she can see her dad,” the reviewing officer read out.';
    expect(voices(review, ruby)).toEqual(['child']);
  });

  it('leaves the rest of the adult’s quotation theirs', () => {
    const mother = 'Her mother said: “I was so pleased when Ruby said she wanted to join. The club means a lot to us.”';
    expect(voices(mother, ruby)).toEqual(['child', 'other']);
  });

  it('needs the name the host gave: another name in the quotation is not the child', () => {
    expect(voices('“Lily said she was fine,” her teacher told me.', ruby)).not.toContain('child');
  });
});
