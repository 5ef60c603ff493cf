import { describe, expect, it } from 'vitest';
import { analyseNote } from '@casenote/lint';

const voices = (text: string, context = {}) => analyseNote(text, context).sentences.map((sentence) => sentence.voice);
const sam = { child: { name: 'Sam', pronouns: 'he' as const } };
const lena = { child: { name: 'Lena', pronouns: 'she' as const } };

describe('an adult’s words in a third-person record about a child', () => {
  it('reads “She wants…” after a sentence about a woman as the woman’s want, not the child’s', () => {
    const text = 'Mrs Patel questions whether the child’s wishes were weighed. She wants the Council to think again.';
    expect(voices(text)[1]).not.toBe('child');
  });

  it('keeps “He wants…” after a sentence the child opened as the child’s', () => {
    expect(voices('Sam talked about his weekend with his dad. He wants to stay there longer.', sam)).toEqual([
      'child',
      'child',
    ]);
  });

  it('keeps a head teacher’s quotation running on into the next paragraph as the head teacher’s', () => {
    const text =
      'Head teacher Ann Cole said: "We listen to every pupil and act on what we hear.\n\n"Our staff are trained every term and the last inspection praised them."';
    expect(voices(text, lena)).toEqual(['other', 'other']);
  });

  it('keeps a child’s quotation after “she replied:” running on into the next paragraph as read before', () => {
    const text = 'Asked why, she replied: "I was scared.\n\n"I thought nobody would believe me and I kept quiet."';
    expect(voices(text, lena)[1]).toBe('child');
  });
});

describe('a child’s wish or complaint named as a noun the child owns', () => {
  it('counts a wish stated with its content as the child’s, whoever weighed it', () => {
    expect(voices('The Council considered Sam’s wish to see his brothers every week.', sam)).toEqual(['child']);
  });

  it('still reads an adult acting on the child’s views, with no content given, as not the child’s words', () => {
    expect(voices('The panel considered Sam’s views.', sam)).toEqual(['none']);
  });

  it('counts the child’s complaint about something as the child’s words', () => {
    expect(voices('I have investigated Sam’s complaint about the cancelled visits.', sam)).toEqual(['child']);
    expect(voices('Lena’s allegation against her stepfather was passed to the police.', lena)).toEqual(['child']);
  });

  it('does not count a complaint the child does not own', () => {
    expect(voices('Her mother’s complaint about the school was upheld.', lena)).not.toContain('child');
  });

  it('counts the child’s apology as the child’s words', () => {
    expect(voices('Sam apologised to the shop owner in person.', sam)).toEqual(['child']);
  });
});
