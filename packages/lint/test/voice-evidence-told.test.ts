import { describe, expect, it } from 'vitest';
import { analyseNote } from '@casenote/lint';

const voices = (text: string, context = {}) => analyseNote(text, context).sentences.map((sentence) => sentence.voice);
const she = { child: { name: 'Kacey', pronouns: 'she' as const } };

describe('a child’s evidence told as an act is the child’s voice', () => {
  it('reads “the boy gave evidence by video link” as the boy’s voice', () => {
    expect(voices('The boy gave evidence by video link on the second day of the hearing.')).toEqual(['child']);
  });

  it('reads the child giving evidence past an aside about her', () => {
    const text = 'The girl, who is now at secondary school, gave evidence from a room away from the court.';
    expect(voices(text)).toEqual(['child']);
  });

  it('reads a recorded interview with the child played to the jury as the child’s voice', () => {
    expect(voices('Two recorded interviews with the child were played to the jury.')).toEqual(['child']);
  });

  it('reads “the jury heard the girl’s interview” as the girl’s voice', () => {
    expect(voices("The jury heard the girl's interview on the third day.")).toEqual(['child']);
  });
});

describe('evidence that is not the child’s', () => {
  it('keeps the mother giving evidence as hers', () => {
    expect(voices('Her mother gave evidence for most of the afternoon.', she)).not.toContain('child');
  });

  it('keeps a statement of the child’s mother as not the child’s', () => {
    expect(voices("The jury heard the statement of the girl's mother.")).not.toContain('child');
  });

  it('keeps a judge’s report of how the child’s evidence will be given as the judge’s', () => {
    const text = "The judge explained that the girl's evidence would be given by video link.";
    expect(voices(text)).not.toContain('child');
  });
});
