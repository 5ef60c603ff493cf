import { describe, expect, it } from 'vitest';
import { createLinter, type Diagnostic, type LintOptions } from '@casenote/lint';

const plain = createLinter({ analysis: false });
const withContext = (context: LintOptions['context']) => createLinter({ analysis: false, context });
const findings = (diagnostics: Diagnostic[], ruleId: string) =>
  diagnostics.filter((diagnostic) => diagnostic.ruleId === ruleId);

describe('service words in the sense adults’ services use them', () => {
  const service = ['placement', 'respite', 'residential-care', 'care-plan', 'service-user', 'abscond'];
  const serviceFindings = (note: string) => plain.lint(note).filter((finding) => service.includes(finding.ruleId));

  it('leaves an adult’s placement, respite and residential care, and an absconding prisoner, alone', () => {
    for (const note of [
      'The council found an adult placement for Mr Khan close to his brother.',
      'Her husband, 84, went into respite for a fortnight while she had her operation.',
      'Older people who move into residential care often miss their neighbours.',
      'Mrs Patel asked for a copy of her care plan after the review.',
      'Two men absconded from the open prison on Sunday night.',
      'Nan, who is 79, has lived in residential care since her stroke.',
    ])
      expect(serviceFindings(note), note).toEqual([]);
  });

  it('still flags the same words when a child is in the sentence or nothing says who they are about', () => {
    const cases: Array<[string, string]> = [
      ['Jade went back to her placement at 9pm.', 'placement'],
      ['The children stayed in respite with the Browns over half term.', 'respite'],
      ['The boy has lived in residential care since he was 12.', 'residential-care'],
      ['Kyle, 15, absconded from the home with two older men.', 'abscond'],
      ['Mr and Mrs Brown said the placement is going well.', 'placement'],
      ['Ms Jones, the social worker, visited Jade at her placement.', 'placement'],
    ];
    for (const [note, ruleId] of cases)
      expect(
        serviceFindings(note).map((finding) => finding.ruleId),
        note,
      ).toContain(ruleId);
  });

  it('counts a title only when the host has not named the child', () => {
    const note = 'Mrs Brown said the placement is going well.';
    expect(serviceFindings(note)).toEqual([]);
    expect(
      withContext({ child: { name: 'Jade' } })
        .lint(note)
        .filter((finding) => finding.ruleId === 'placement'),
    ).toHaveLength(1);
  });
});

describe('a label after "he" or "she" where the note has said the person is a child', () => {
  const rule = 'label-predicate-after-child-more';
  it('reads the label when the note names a pupil, a kid or an aged child first', () => {
    expect(findings(plain.lint('The pupil was sent out of maths. He is also aggressive at break.'), rule)).toHaveLength(
      1,
    );
    expect(findings(plain.lint("This kid came in late. She's also stubborn with her carers."), rule)).toHaveLength(1);
    expect(findings(plain.lint("Leon (13) came home late. He's also rude to his nan."), rule)).toHaveLength(1);
  });

  it('leaves the same words alone after Mum, and after a name nothing says is a child', () => {
    expect(findings(plain.lint("Mum came in late. She's also rude to staff."), rule)).toEqual([]);
    expect(findings(plain.lint("And Max isn't just defiant. He's also rude."), rule)).toEqual([]);
  });
});
