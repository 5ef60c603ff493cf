import { describe, expect, it } from 'vitest';
import { analyseNote } from '@casenote/lint';

const zayne = { child: { name: 'Zayne', pronouns: 'he' as const } };
const opening = 'Zayne is thirteen and lives with his nan. ';
/** The child's-voice reading of the last sentence of a note that opens by naming Zayne (invented sentences). */
const lastVoice = (sentence: string) => analyseNote(opening + sentence, zayne).sentences.at(-1)?.voice;

describe('a refusal, complaint or allegation is the child’s voice only when the child makes it', () => {
  it('counts the child’s own refusal, complaint, allegation and change of mind', () => {
    expect(lastVoice('Zayne has refused to see his father.')).toBe('child');
    expect(lastVoice('Zayne has been refusing to go to school.')).toBe('child');
    expect(lastVoice('Zayne complained about the food.')).toBe('child');
    expect(lastVoice('Zayne made an allegation against his stepfather.')).toBe('child');
    expect(lastVoice('Zayne told me that he was refusing to go.')).toBe('child');
  });

  it('does not count what another person reports of the child as the child’s voice (“Staff advised … that Zayne was refusing…”)', () => {
    expect(lastVoice('Staff advised the advocate that Zayne was refusing to attend school.')).not.toBe('child');
    expect(lastVoice('The school reported that Zayne had refused to attend.')).not.toBe('child');
    expect(lastVoice('The report noted that Zayne complained about the food.')).not.toBe('child');
  });

  it('does not count writing about any child as a child’s voice (“Any child who makes an allegation…”)', () => {
    expect(lastVoice('Any child who makes an allegation must be listened to.')).not.toBe('child');
    expect(lastVoice('A child who has refused to go home may be frightened.')).not.toBe('child');
    expect(lastVoice('Children who complained were not believed.')).not.toBe('child');
    expect(lastVoice('Every child has refused at some point.')).not.toBe('child');
    const guide =
      'An advocate can help a child or young person make a complaint. A young person who complains should be taken seriously.';
    expect(analyseNote(guide).sentences.map((sentence) => sentence.voice)).not.toContain('child');
  });
});
