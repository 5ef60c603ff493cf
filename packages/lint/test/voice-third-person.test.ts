import { describe, expect, it } from 'vitest';
import { analyseNote } from '@casenote/lint';

const kai = { child: { name: 'Kai', pronouns: 'he' as const } };
const opening = 'Kai is nine and lives with his mum. ';
/** The child's-voice reading of the last sentence of a note that opens by naming Kai. */
const lastVoice = (sentence: string) => analyseNote(opening + sentence, kai).sentences.at(-1)?.voice;

describe('the child’s wish written in the third person', () => {
  it('counts “his wish is to…” as the child’s voice, and not a mention of his wishes', () => {
    expect(lastVoice('His wish is to go home.')).toBe('child');
    expect(lastVoice('Mum respected his wishes.')).not.toBe('child');
  });

  it('counts “hopes to” and “is hoping to” as the child’s wish, and not an adult’s hope', () => {
    expect(lastVoice('Kai hopes to go home soon.')).toBe('child');
    expect(lastVoice('He is hoping to move to his dad’s.')).toBe('child');
    expect(lastVoice('Mum hopes to see more of him.')).not.toBe('child');
    expect(lastVoice('It is hoped that he will settle.')).not.toBe('child');
    const guide =
      'A PAR gives a detailed assessment of you, your existing family and the type of adoptive family you hope to become part of.';
    expect(analyseNote(guide).sentences.map((sentence) => sentence.voice)).not.toContain('child');
  });

  it('counts the wish of a child named with their age between commas (“Kai, 12, wants…”), and not a standfirst', () => {
    expect(lastVoice('Kai, 12, wants more contact with his father.')).toBe('child');
    expect(analyseNote('Amy, 9, wanted to go home.').sentences[0]?.voice).toBe('child');
    expect(lastVoice('Kai, 12, describes the shock of arriving in a new town.')).not.toBe('child');
  });

  it('counts “what he wants is…” as the child’s wish, and not “whatever he wants”', () => {
    expect(lastVoice('What he wants is to live with his nan.')).toBe('child');
    expect(lastVoice('Ask him what he wants.')).not.toBe('child');
  });
});

describe('what the child said, read past words that belong to another clause', () => {
  it('counts what the child “used to say” as the child’s voice', () => {
    expect(lastVoice('He used to say things like, "I want to stay here forever!"')).toBe('child');
    expect(lastVoice('He used to live with his dad.')).not.toBe('child');
  });

  it('reads the child’s wish after “because”, past “anything” in the clause before it', () => {
    expect(lastVoice('He kept quiet about anything because he didn’t want to upset his mum.')).toBe('child');
  });

  it('reads “and so he wants…” as what followed, while “so you can tell us” stays hypothetical', () => {
    expect(lastVoice('This upset Kai and so he wants to help other children.')).toBe('child');
    expect(lastVoice('We meet so you can tell us how you feel.')).not.toBe('child');
  });
});

describe('the child refusing, changing their mind or making an allegation', () => {
  it('counts “has been refusing school” as the child’s voice, and not children refusing in a list of signs', () => {
    expect(lastVoice('He has been refusing school for a month now.')).toBe('child');
    expect(lastVoice('The signs were: children refusing to attend school; poor sleep.')).not.toBe('child');
  });

  it('counts “changed his mind” and “made an allegation” as the child’s voice, and not an adult’s', () => {
    expect(lastVoice('Before the move, Kai changed his mind.')).toBe('child');
    expect(lastVoice('Kai made an allegation against his stepfather.')).toBe('child');
    expect(lastVoice('Mum made a complaint about the school.')).not.toBe('child');
    expect(lastVoice('Mum changed her mind about contact.')).not.toBe('child');
  });
});

describe('the child’s talk told by a verb of beginning, and what the child calls someone', () => {
  it('counts “begins to talk about” and “refers to … as ‘mum’” as the child’s voice', () => {
    expect(lastVoice('Kai begins to talk about his mother.')).toBe('child');
    expect(lastVoice('He started talking to me about school.')).toBe('child');
    expect(lastVoice('Kai now refers to his foster carers as ‘mum and dad’.')).toBe('child');
  });

  it('does not count a language he began to speak, a referral, or an adult starting to talk', () => {
    expect(lastVoice('Kai started to speak French.')).not.toBe('child');
    expect(lastVoice('The school referred Kai to CAMHS.')).not.toBe('child');
    expect(lastVoice('Mum started to talk about her own childhood.')).not.toBe('child');
  });
});
