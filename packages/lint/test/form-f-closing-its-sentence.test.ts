import { describe, expect, it } from 'vitest';
import { sentencesOf, underlinedBy } from './rules-on.ts';

// jargon41, the lead's answer to jargon40b's first question: "Form F." closing its sentence ends the sentence, and the
// fostering assessment's name there is flagged where the note is written to the family; named as a name to
// professionals ("an assessment document called a Form F.") it stays plain.
const formF = (text: string): string[] => underlinedBy(text, (id) => id.startsWith('form-f'));

describe('"Form F." closing a sentence written to a family', () => {
  it('flags the form’s name before the full stop in a letter to carers', () => {
    expect(
      formF(
        'Dear Mr and Mrs Khan, thank you for your time with your son. Your assessor will now write the Form F. It goes to panel in May.',
      ),
    ).toEqual(['Form F']);
  });

  it('ends the sentence at the letter’s full stop', () => {
    expect(sentencesOf('Your assessor will now write the Form F. It goes to panel in May.')).toEqual([
      'Your assessor will now write the Form F.',
      'It goes to panel in May.',
    ]);
  });

  it('leaves the form named to professionals at a sentence’s end plain', () => {
    expect(formF('The pair met when she began an assessment document called a Form F.')).toEqual([]);
  });

  it('still flags the form named inside a sentence, whoever reads it', () => {
    expect(formF('A written assessment report called a Form F is presented to the panel.')).toEqual(['Form F']);
    expect(formF('Their Form F assessment is nearly finished.')).toEqual(['Form F assessment']);
  });
});
