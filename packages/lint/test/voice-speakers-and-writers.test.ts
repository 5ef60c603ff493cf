import { describe, expect, it } from 'vitest';
import { analyseNote } from '@casenote/lint';

/** The child's-voice reading of each sentence of a note (invented sentences). */
const voices = (note: string, context = {}) => analyseNote(note, context).sentences.map((sentence) => sentence.voice);
const maya = { child: { name: 'Maya', pronouns: 'she' as const } };
const finn = { child: { name: 'Finn', pronouns: 'he' as const } };

describe('words a child says after a quotation', () => {
  it('hears the child after the quotation (“…,” said the girl; “…?” asked Finn)', () => {
    expect(voices('“I want to go back to my old school,” said the girl.', maya)).toEqual(['child']);
    expect(voices('“Can I see my dog?” asked Finn.', finn)).toEqual(['child']);
  });
});

describe('more verbs a child says things with', () => {
  it('hears a child who proposed, agrees or highlighted something', () => {
    expect(voices('Finn proposed that we meet at the library next time.', finn)).toEqual(['child']);
    expect(voices('Maya agrees that the new bedtime is fair.', maya)).toEqual(['child']);
    expect(voices('Maya highlighted how much the bus journey tires her.', maya)).toEqual(['child']);
  });
});

describe('a child speaking inside an adult’s quotation, named by what they are', () => {
  it('hears “the girls said…” and “my son asked…” inside a carer’s quoted words', () => {
    const carer =
      'Their foster carer said: “They planned the meeting themselves. The girls said they liked being in charge.”';
    expect(voices(carer)).toEqual(['other', 'child']);
    expect(voices('Mrs Khan told us: “My son asked if he could stay another night.”')).toEqual(['child']);
  });

  it('keeps the rest of the adult’s quotation the adult’s', () => {
    expect(voices('The manager said: “The girls were tired after the trip.”')).not.toContain('child');
  });
});

describe('a note the host says the child wrote', () => {
  const diary = 'We went to the beach on Saturday. I got sand in my shoes and we had chips on the wall.';

  it('reads every first-person sentence as the child’s own words when the host says the child is the writer', () => {
    expect(voices(diary, { writer: 'child' })).toEqual(['child', 'child']);
  });

  it('reads the same words with no such word from the host by their own signs', () => {
    expect(voices(diary)).not.toEqual(['child', 'child']);
  });

  it('refuses a writer other than the child', () => {
    expect(() => analyseNote(diary, { writer: 'parent' } as never)).toThrow(/writer/);
  });
});

describe('a court report’s complainant or victim with an age under 18', () => {
  it('hears the complainant or victim the report gives a child’s age', () => {
    expect(voices('The complainant, who is now 9, told the court that the man hurt her arm.')).toEqual(['child']);
    expect(voices('The alleged 11-year-old victim testified that he had been locked in the shed.')).toEqual(['child']);
  });

  it('leaves an adult complainant, or one with no age, as the court’s words about someone else', () => {
    expect(voices('The complainant, who is 34, told the court that the man hurt her arm.')).not.toContain('child');
    expect(voices('The victim told police he had been punched outside the shop.')).not.toContain('child');
  });
});
