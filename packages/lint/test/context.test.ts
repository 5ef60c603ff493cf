import { describe, expect, it } from 'vitest';
import { createLinter, type Diagnostic, type LintOptions, type RuleEntry } from '@casenote/lint';

const plain = createLinter({ analysis: false });
const withContext = (context: LintOptions['context']) => createLinter({ analysis: false, context });
const findings = (diagnostics: Diagnostic[], ruleId: string) =>
  diagnostics.filter((diagnostic) => diagnostic.ruleId === ruleId);

describe("'did not attend' where a child was not brought", () => {
  it('is a warning when the child named by the host did not attend', () => {
    const [finding] = findings(
      withContext({ child: { name: 'Jade', age: 3 } }).lint('Jade did not attend nursery on Monday.'),
      'did-not-attend-child',
    );
    expect(finding).toMatchObject({
      severity: 'warning',
      actual: 'did not attend',
      suggestions: ['was not brought to'],
    });
    expect(finding?.message).toContain('has to be brought');
  });

  it('is a warning when the note states the child is young ("Zara (6)")', () => {
    expect(findings(plain.lint('Zara (6) did not attend her dental appointment.'), 'did-not-attend-child')).toEqual([
      expect.objectContaining({ severity: 'warning' }),
    ]);
  });

  it('asks, as a hint, when nothing says who Zara is', () => {
    const [finding] = findings(plain.lint('Zara did not attend her dental appointment again.'), 'did-not-attend-child');
    expect(finding?.severity).toBe('hint');
    expect(finding?.message).toMatch(/^If a child relies on an adult/);
  });

  it('is not flagged for Mum, for me, or for a professional the host did not name as the child', () => {
    expect(findings(plain.lint('Mum did not attend the review meeting.'), 'did-not-attend-child')).toEqual([]);
    expect(findings(plain.lint('I did not attend the meeting.'), 'did-not-attend-child')).toEqual([]);
    expect(
      findings(
        withContext({ child: { name: 'Jade' } }).lint('Sarah did not attend the meeting.'),
        'did-not-attend-child',
      ),
    ).toEqual([]);
  });

  it('is not flagged for a 17-year-old, who may keep appointments alone', () => {
    expect(findings(plain.lint('Zara, who is 17, did not attend school on Monday.'), 'did-not-attend-child')).toEqual(
      [],
    );
  });

  it("is not flagged for a teenager's own school attendance", () => {
    const note = 'A 14-year-old who did not attend school regularly was referred to the team.';
    const linted = plain.lint(note);
    expect(findings(linted, 'did-not-attend-child')).toEqual([]);
    expect(findings(linted, 'did-not-attend-school-young-child')).toEqual([]);
  });

  it("is a warning when a child of primary school age did not attend school, and still for a 14-year-old's missed clinic", () => {
    expect(
      findings(plain.lint('Zara (6) did not attend school on Monday.'), 'did-not-attend-school-young-child'),
    ).toEqual([
      expect.objectContaining({ severity: 'warning', actual: 'did not attend', suggestions: ['was not brought to'] }),
    ]);
    expect(findings(plain.lint('Zara (14) did not attend the clinic.'), 'did-not-attend-child')).toEqual([
      expect.objectContaining({ severity: 'warning' }),
    ]);
  });

  it('follows "she" back to the child', () => {
    const note = 'Jade is 4. She did not attend the clinic on Friday.';
    expect(findings(plain.lint(note), 'did-not-attend-child')).toEqual([
      expect.objectContaining({ severity: 'warning' }),
    ]);
  });
});

describe("'argument' is flagged only in a note about domestic abuse", () => {
  it('flags an argument between Mum and her partner when the note records abuse', () => {
    const note = 'Police attended after Dave punched mum. There was an argument between mum and Dave last night.';
    expect(findings(plain.lint(note), 'partner-argument-in-abuse')).toEqual([
      expect.objectContaining({ actual: 'argument', severity: 'warning', suggestions: ['abusive incident'] }),
    ]);
  });

  it('leaves the same sentence alone in a note with no sign of abuse', () => {
    expect(plain.lint('There was an argument between mum and Dave last night.')).toEqual([]);
  });

  it("flags a 'row' between parents, and not a child's argument with a friend", () => {
    const abuse = 'Police were called for domestic abuse on Friday. ';
    expect(findings(plain.lint(`${abuse}Mum and Dad had a row about money.`), 'partner-row-in-abuse')).toHaveLength(1);
    expect(plain.lint(`${abuse}Jade had an argument with her friend.`)).toEqual([]);
  });
});

describe('a quarrel word beside violence between partners, in the same sentence', () => {
  it('flags the argument when the sentence names a partner and a violent act, with no other sign in the note', () => {
    expect(
      findings(
        plain.lint('During the argument with his partner he headbutted her twice.'),
        'quarrel-beside-partner-violence',
      ),
    ).toEqual([expect.objectContaining({ actual: 'argument', severity: 'warning' })]);
    expect(
      findings(
        plain.lint("Mum's partner was arrested after an argument in which he hit her."),
        'quarrel-beside-partner-violence',
      ),
    ).toHaveLength(1);
  });

  it('leaves an argument alone when the violence is denied, absent, or between people who are not partners', () => {
    expect(plain.lint('Mum said her partner did not hit her during the argument.')).toEqual([]);
    expect(plain.lint('Mum said her partner didn’t hit her during the argument.')).toEqual([]);
    expect(plain.lint('Mum and her partner had an argument about money.')).toEqual([]);
    expect(plain.lint('Mum said her partner was never violent, but they had arguments about money.')).toEqual([]);
    expect(plain.lint('Jade had an argument with a girl at school who pushed her.')).toEqual([]);
    expect(plain.lint('The mother was involved in a physical altercation with a neighbour over parking.')).toEqual([]);
  });

  it('needs both cues in the same sentence, not one in the sentence before', () => {
    expect(
      findings(
        plain.lint('Her partner hit her on Friday. On Sunday there was an argument with a neighbour.'),
        'quarrel-beside-partner-violence',
      ),
    ).toEqual([]);
  });
});

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

describe('conditions in a host pack', () => {
  const rule: RuleEntry = {
    id: 'team-quarrel',
    category: 'victim-blaming',
    family: 'minimising',
    severity: 'warning',
    patterns: ['[quarrel] between'],
    suggestions: ['abusive incident'],
    explanation: 'A quarrel sounds two-sided where one partner is abusing the other.',
    sources: ['https://example.org/guide'],
    when: { indicators: ['domestic-abuse'] },
    otherwise: { severity: 'hint', message: 'Was ‘{actual}’ abuse?' },
  };
  const linter = createLinter({ analysis: false, extraRules: [{ name: 'team.yml', rules: [rule] }] });

  it('fires at full severity when the note has an indicator, and as the softer question otherwise', () => {
    expect(findings(linter.lint('Police came about domestic abuse. A quarrel between them.'), 'team-quarrel')).toEqual([
      expect.objectContaining({ severity: 'warning' }),
    ]);
    expect(linter.lint('A quarrel between them.')[0]).toMatchObject({
      severity: 'hint',
      message: 'Was ‘quarrel’ abuse?',
    });
  });

  it('fires with `near` only when every named indicator has a phrase in the sentence', () => {
    const near: RuleEntry = {
      ...rule,
      id: 'team-near',
      patterns: ['[squabble]'],
      when: { near: ['violent-act', 'partners'] },
      otherwise: 'skip',
    };
    const nearLinter = createLinter({ analysis: false, extraRules: [{ name: 'team.yml', rules: [near] }] });
    expect(findings(nearLinter.lint('A squabble, and he hit his wife.'), 'team-near')).toHaveLength(1);
    expect(findings(nearLinter.lint('His wife left. A squabble, and he hit the wall.'), 'team-near')).toEqual([]);
  });

  it('is refused when it names an indicator that does not exist', () => {
    expect(() =>
      createLinter({ extraRules: [{ name: 'team.yml', rules: [{ ...rule, when: { indicators: ['gambling'] } }] }] }),
    ).toThrow(/team\.yml: entry 1 \("team-quarrel"\): field "when.indicators": unknown indicator "gambling"/);
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
