import { describe, expect, it } from 'vitest';
import { analyseNote } from '@casenote/lint';

/** The child's-voice reading of each sentence of a note with no host context. */
const voices = (note: string) => analyseNote(note).sentences.map((sentence) => sentence.voice);
/** The child's-voice reading of the only (or last) sentence of a note. */
const voiceOf = (note: string) => voices(note).at(-1);

describe('the child’s words read past words between the child and the verb of saying', () => {
  it('counts the words of a child described by where they live (“one child in foster care wrote:”)', () => {
    expect(voiceOf('One child in foster care wrote: "My carers are great."')).toBe('child');
    expect(voiceOf('One child living in a children’s home wrote: "I really like where I live."')).toBe('child');
    expect(voiceOf('Most children in group care reported that they got along with other children.')).toBe('child');
    expect(voiceOf('Children in foster care were told about the changes.')).not.toBe('child');
  });

  it('counts what a child said after an aside about them set off by commas', () => {
    expect(voiceOf('The girl, who has been suspended from school for fighting, said: "I was paranoid."')).toBe('child');
    expect(voiceOf('The seven-year-old, from Bradford, West Yorks, said: "I really want to go back."')).toBe('child');
    // an adverb between the aside and its verb is read past
    expect(voiceOf('The boy, who was excluded last week, immediately replied: "I hate school."')).toBe('child');
  });

  it('does not give the child an adult’s words set inside the aside, nor a piece’s standfirst', () => {
    expect(voiceOf('The girl, her mother said, was very upset.')).not.toBe('child');
    expect(voiceOf('Salma, 14, describes the shock of arriving alone in a new country.')).not.toBe('child');
  });

  it('reads past an aside only after a child noun or an age, not after an adult’s name or a title', () => {
    expect(voiceOf('Jade (14) told me she was scared.')).toBe('child');
    expect(voiceOf('Cllr Lord, who is a member of the Panel, commented that they had been working hard.')).not.toBe(
      'child',
    );
    expect(voiceOf('Working Together to Safeguard Children (2015) says that a conference must be held.')).not.toBe(
      'child',
    );
    expect(voiceOf('Some children living in homes like this can "fly off the rails".')).not.toBe('child');
  });
});
