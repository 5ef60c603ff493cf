import { describe, expect, it } from 'vitest';
import { createLinter, type Diagnostic } from '@casenote/lint';

// Reports of abuse name the child and the adult once and then tell "the pair", "the relationship" or "the affair"
// in sentences with no age of their own: these findings read who the two are from the note before the words.
const plain = createLinter({ analysis: false });
const withChild = createLinter({ analysis: false, context: { child: { name: 'Jade', age: 15, pronouns: 'she' } } });
const harmful = (diagnostics: Diagnostic[]) =>
  diagnostics.filter((diagnostic) => diagnostic.category === 'victim-blaming');
const byRule = (diagnostics: Diagnostic[], ruleId: string) =>
  diagnostics.filter((diagnostic) => diagnostic.ruleId === ruleId);

describe('a child and an adult named earlier in the note, then told together', () => {
  it('asks about "the relationship" that continued, a sentence after the teacher and the 15-year-old pupil', () => {
    const note =
      'A teacher was banned after sexually abusing a 15-year-old pupil.\n\nThe relationship continued after he moved to another school.';
    expect(byRule(plain.lint(note), 'relationship-told-of-child-and-adult')).toEqual([
      expect.objectContaining({ severity: 'hint', actual: 'The relationship', suggestions: ['The abuse'] }),
    ]);
  });

  it('asks about "their contact became sexual" and "the pair" where the man and the 12-year-old were named before', () => {
    const note =
      'It is alleged the man met the girl online when she was 12. The pair met in person several times. In March their contact became sexual.';
    expect(harmful(plain.lint(note)).map((finding) => [finding.ruleId, finding.actual, finding.severity])).toEqual([
      ['pair-told-of-child-and-adult', 'The pair', 'hint'],
      ['relationship-told-of-child-and-adult', 'their contact', 'hint'],
    ]);
  });

  it('warns about an affair told in the sentence after the assistant, 35, and the 16-year-old boy', () => {
    const note = 'The assistant, 35, groomed a 16-year-old boy with sweets. She then embarked on an affair with him.';
    // (no one-click fix: "embarked on abuse with him" would not read; the card explains)
    expect(byRule(plain.lint(note), 'romance-words-child-and-adult')).toEqual([
      expect.objectContaining({ severity: 'warning', actual: 'affair', suggestions: [] }),
    ]);
  });

  it('asks about "the affair" that came to light when a parent found out, a sentence after the coach, 41, and the 14-year-old', () => {
    // a family word in a clause of its own ("when her father read…") is not the pair's other person
    const note = 'A coach, 41, groomed a 14-year-old swimmer. The affair came to light when her father read the texts.';
    expect(byRule(plain.lint(note), 'relationship-began-child-and-adult').map((finding) => finding.actual)).toEqual([
      'The affair',
    ]);
  });

  it('warns about "the relationship escalated" where the girl and the man were named a sentence before', () => {
    const note = 'A man, 40, began messaging the girl when she was 14. Soon the relationship escalated.';
    expect(byRule(plain.lint(note), 'relationship-developed-child-described')).toEqual([
      expect.objectContaining({ severity: 'warning', actual: 'the relationship escalated' }),
    ]);
  });

  it('flags a child "working as an escort" where the girl and the man were named a sentence before', () => {
    const note = 'A man, 40, was jailed for exploiting the girl, who was 14. She was working as an escort for him.';
    expect(byRule(plain.lint(note), 'working-as-prostitute-child')).toEqual([
      expect.objectContaining({ severity: 'error', actual: 'was working as an escort' }),
    ]);
    expect(
      byRule(plain.lint('A woman, 30, told police she had been working as an escort.'), 'working-as-prostitute-child'),
    ).toEqual([]);
  });

  it('reads the host’s child by name as the child', () => {
    const note = 'Jade has been messaging a man she met online. The pair met in town on Friday.';
    expect(byRule(withChild.lint(note), 'pair-told-of-child-and-adult')).toHaveLength(1);
  });
});

describe('a pair that is not a child and an adult from outside the home', () => {
  it('leaves a parent and partner alone, in the sentence or the one before', () => {
    for (const note of [
      'Jade (15) told her teacher about home. Mum and Dave split up in May. The relationship continued by text.',
      'A teacher called about Jade (15). Mum and her partner, 34, were at home and the pair said she had gone out.',
      "Jade (15) saw her teacher. Mum's partner Dave (34) visited on Sunday. The pair went out for lunch.",
    ])
      expect(harmful(plain.lint(note)), note).toEqual([]);
    expect(harmful(withChild.lint("Mum's partner Dave (34) visited. The pair went out for lunch."))).toEqual([]);
  });

  it('leaves a relationship with a foster carer, and two teenagers’ romance, alone after a teacher and a child were named', () => {
    for (const note of [
      'Kai (9) told his teacher, a man of 40, about school. The relationship developed well between Kai and his new foster carer.',
      'A man, 30, was warned to stay away from the school. The two 15-year-olds had a teenage romance that ended in the summer.',
    ])
      expect(harmful(plain.lint(note)), note).toEqual([]);
  });

  it('leaves two children told as a pair alone', () => {
    const note =
      'The teacher saw Jade (15) and Amy (14) at lunch. Jade (15) and Amy (14) left school early. The pair were found in town.';
    expect(harmful(plain.lint(note))).toEqual([]);
  });

  it('leaves two defendants, and a couple, alone', () => {
    for (const note of [
      'Two men abused a 14-year-old girl. The pair were jailed for ten years.',
      'The girl, 14, lived with her mother, 44. The couple split up in November.',
    ])
      expect(harmful(plain.lint(note)), note).toEqual([]);
  });

  it('says nothing where the note names no adult from outside the home', () => {
    expect(harmful(plain.lint('The girl was 14. The pair met in town. The relationship continued.'))).toEqual([]);
  });
});
