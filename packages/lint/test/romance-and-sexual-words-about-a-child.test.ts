import { describe, expect, it } from 'vitest';
import { createLinter, type Diagnostic, type LintOptions } from '@casenote/lint';

const plain = createLinter({ analysis: false });
const withContext = (context: LintOptions['context']) => createLinter({ analysis: false, context });
const findings = (diagnostics: Diagnostic[], ruleId: string) =>
  diagnostics.filter((diagnostic) => diagnostic.ruleId === ruleId);

describe("'boyfriend' of a child with an adult", () => {
  it('is a warning when the child is under 18 and the boyfriend is described as an adult', () => {
    for (const note of [
      'Mia (14) says her boyfriend Kyle, aged 19, buys her vapes and phone credit.',
      'Ruby, 13, is in a relationship with a 22-year-old man she met on Snapchat.',
      'Mia, who is 13, says she sees her 19-year-old boyfriend at weekends.',
    ]) {
      expect(findings(plain.lint(note), 'child-adult-boyfriend'), note).toEqual([
        expect.objectContaining({ severity: 'warning' }),
      ]);
    }
  });

  it('asks whether the boyfriend is an adult when the child is known to be 15 and his age is not given', () => {
    const [finding] = findings(
      withContext({ child: { name: 'Jade', age: 15 } }).lint('Jade said her boyfriend is nice.'),
      'child-adult-boyfriend',
    );
    expect(finding).toMatchObject({ severity: 'hint' });
    expect(finding?.message).toMatch(/^If this ‘boyfriend’ is an adult/);
  });

  it('is not flagged for a boyfriend of the same age, an adult’s relationship, or a child of unknown age', () => {
    const jade = withContext({ child: { name: 'Jade', age: 15 } });
    expect(jade.lint('Jade said her boyfriend, who is 15, is nice.')).toEqual([]);
    expect(plain.lint('Mum is in a relationship with Dave, who is 34, and he has met your teachers.')).toEqual([]);
    expect(plain.lint("Kayla's boyfriend, who is also in Year 10, came to her birthday meal.")).toEqual([]);
  });

  it('leaves "older boyfriend" to its own rule (one finding, not two)', () => {
    const diagnostics = plain.lint('Mia (14) has an older boyfriend, who is 24.');
    expect(diagnostics.map((diagnostic) => diagnostic.ruleId)).toEqual(['older-boyfriend']);
  });
});

describe('sexual wording where the sentence describes a child', () => {
  it('flags sex and relationship wording when the sentence gives an age under 18 or a word for a child', () => {
    expect(
      findings(
        plain.lint('Police believe three men who had sex with Chloe (14) met her online.'),
        'adult-had-sex-with-child',
      ),
    ).toEqual([expect.objectContaining({ severity: 'warning', actual: 'had sex with', suggestions: ['abused'] })]);
    expect(
      findings(plain.lint('Staff heard that under-age girls are having sex at the flat.'), 'child-having-sex'),
    ).toHaveLength(1);
    expect(
      findings(
        plain.lint('One girl, who was aged 12 or 13 at the time, said the men who had sex with her were older.'),
        'adult-had-sex-with-child',
      ),
    ).toHaveLength(1);
  });

  it('leaves the same words alone about adults, and someone’s own children do not count as a child described', () => {
    for (const note of [
      'Mum told me she had sex with her partner before the children came home.',
      'Mum said she worked as an escort before she met Dad.',
      'The men who had sex with Mum were not known to the family.',
    ])
      expect(
        plain.lint(note).filter((finding) => finding.category === 'victim-blaming'),
        note,
      ).toEqual([]);
  });

  it('keeps one finding where two conditioned rules match overlapping words', () => {
    const found = plain
      .lint('Jade (15) was working as an escort.')
      .filter((finding) => finding.category === 'victim-blaming');
    expect(found).toEqual([
      expect.objectContaining({ ruleId: 'working-as-prostitute-child', actual: 'was working as an escort' }),
    ]);
  });
});

describe('an age stated after "was" describes a child in the sentence', () => {
  it('counts "when she was just 15" as a child, and "when he was 35" as not', () => {
    expect(findings(plain.lint('She ended up peddling heroin when she was just 15.'), 'dealing-drugs-child')).toEqual([
      expect.objectContaining({ actual: 'peddling' }),
    ]);
    expect(findings(plain.lint('He ended up peddling heroin when he was 35.'), 'dealing-drugs-child')).toEqual([]);
  });

  it('counts "pretending to be 14 and …" and "was 15 at the time" as a child, and not "to be 15 minutes long"', () => {
    expect(
      findings(
        plain.lint('She was pretending to be 14 and the relationship evolved over a week.'),
        'relationship-developed-child-described',
      ),
    ).toHaveLength(1);
    expect(
      findings(plain.lint('She ended up peddling heroin when she was 15 at the time.'), 'dealing-drugs-child'),
    ).toHaveLength(1);
    expect(
      findings(
        plain.lint('The meeting is to be 15 minutes long and the relationship evolved.'),
        'relationship-developed-child-described',
      ),
    ).toEqual([]);
  });

  it('does not read "was 15 minutes late" as an age', () => {
    expect(findings(plain.lint('She was 15 minutes late and was peddling heroin.'), 'dealing-drugs-child')).toEqual([]);
  });
});

describe('an adult described anywhere in the sentence, for romance words about a child', () => {
  it('flags an affair or a romantic interest when the adult is named further off than the next few words', () => {
    expect(
      findings(
        plain.lint('A judge said a 16-year-old girl had seduced the 44-year-old teacher who had an affair with her.'),
        'affair-with-child-described',
      ),
    ).toHaveLength(1);
    expect(
      findings(
        plain.lint('The girl, 15, was contacted by a man in his 20s who had shown a romantic interest in her.'),
        'romantic-interest-in-child',
      ),
    ).toHaveLength(1);
    expect(
      findings(
        plain.lint('The romance between the 14-year-old and the 29-year-old man ended when police were called.'),
        'romance-words-child-and-adult',
      ),
    ).toEqual([expect.objectContaining({ actual: 'romance', suggestions: ['abuse'] })]);
  });

  it('reads a care worker, residential staff or a carer as the adult, but not a young carer', () => {
    expect(
      findings(
        plain.lint('The girl, 15, was contacted by a care worker who had shown a romantic interest in her.'),
        'romantic-interest-in-child',
      ),
    ).toHaveLength(1);
    expect(
      findings(
        plain.lint('A judge said a 15-year-old girl had an affair with one of the residential staff.'),
        'affair-with-child-described',
      ),
    ).toHaveLength(1);
    expect(
      findings(
        plain.lint('The girl, 15, said a young carer at school had shown a romantic interest in her.'),
        'romantic-interest-in-child',
      ),
    ).toEqual([]);
  });

  it('leaves romance between young people of an age, and a parent’s affair, alone', () => {
    for (const note of [
      'The two 15-year-olds had a teenage romance that ended in the summer.',
      "The 15-year-old girl found out about her father's affair with a 30-year-old woman.",
      'Kayla, 15, has a good relationship with a 40-year-old youth worker.',
      'The 14-year-old pupil discussed current affairs with her teacher.',
    ])
      expect(
        plain.lint(note).filter((finding) => finding.category === 'victim-blaming'),
        note,
      ).toEqual([]);
  });

  it('reads "the 14-year-old\'s" as a child of 14', () => {
    expect(
      findings(plain.lint("The order ends the 13-year-old's reign of terror on the estate."), 'reign-of-terror-child'),
    ).toHaveLength(1);
    expect(findings(plain.lint("The dictator's reign of terror lasted ten years."), 'reign-of-terror-child')).toEqual(
      [],
    );
  });
});
