import { describe, expect, it } from 'vitest';
import { analyseNote } from '@casenote/lint';

const kinds = (text: string, context?: Parameters<typeof analyseNote>[1]) =>
  analyseNote(text, context).sentences.map((sentence) => sentence.kind);

describe('which sentences the meter counts as about the child', () => {
  it('does not count children in general (guidance, a leaflet) as the child the note is about', () => {
    expect(kinds('Children have many rights today. All children can live their dream if they are supported.')).toEqual([
      'neutral',
      'neutral',
    ]);
    expect(
      kinds('A social worker is someone who helps children and young people when they go through hard times.'),
    ).toEqual(['neutral']);
    expect(kinds('Ultimately, the child may wish to access their information in the future.')).toEqual(['neutral']);
    expect(kinds('If your child is old enough she or he should also be invited to the conference.')).toEqual([
      'neutral',
    ]);
    // no prompt to rewrite "a child" as "you"
    const leaflet = analyseNote('If you think a child is being harmed, you should report your concerns.');
    expect(leaflet.diagnostics.map((diagnostic) => diagnostic.ruleId)).not.toContain('about-child-sentence');
  });

  it('counts a reporter’s bracketed word for the child inside a quotation (“(her) responsibility”) as about the child', () => {
    // dev-passages-4b: a judge quoted in a press report, the girl's name replaced by "(she)" and "(her)"
    expect(
      kinds('The judge said: "One gets from that letter a strong sense of (her) responsibility within the home."'),
    ).toEqual(['about-child']);
    expect(
      kinds('"It is an open letter in the sense that (she) starts by saying where she would like to be."'),
    ).toEqual(['about-child']);
    // words in brackets that complete the speaker's own words stay theirs
    expect(kinds('"[I like] having somewhere warm and safe to live," one young person said.')).toEqual(['neutral']);
  });

  it('counts a particular group of children as about them ("some children told me", "nine young people met")', () => {
    expect(kinds('Some children told me about the care they received.')).toEqual(['about-child']);
    expect(kinds('Nine young people with care experience met in London today.')).toEqual(['about-child']);
    expect(kinds('95% of pupils stated that they feel safe at school.')).toEqual(['about-child']);
    expect(kinds('Young people shared what worked well for them.')).toEqual(['about-child']);
    // a teacher's own students are a particular group; students in general are not
    expect(kinds('My students are ready to go and conquer high school.')).toEqual(['about-child']);
    expect(kinds('Students should bring a packed lunch on the trip.')).toEqual(['neutral']);
    expect(kinds('I visited the children at home. The children were playing in the garden.')).toEqual([
      'about-child',
      'about-child',
    ]);
  });

  it('counts “the child” in a record of what someone said (“They told me it would upset the child.”)', () => {
    expect(kinds('They told me it would upset the child.')).toEqual(['about-child']);
    // guidance about any child still is not
    expect(kinds('The child should be seen alone.')).toEqual(['neutral']);
  });

  it('still counts the child of a record written without a name ("The child was seen at home")', () => {
    expect(kinds('The child was seen at home. She said she was happy.')).toEqual(['about-child', 'about-child']);
    expect(kinds('Your daughter wants to have a quiet talk with you.')).toEqual(['about-child']);
  });

  it('does not take "a children’s home" for children, nor let a group of children become "she"', () => {
    expect(
      kinds(
        'Evie, a nine-year-old girl, was living in a children’s residential home. Plans were in place for her to move.',
        {
          child: { name: 'Evie', pronouns: 'she' },
        },
      ),
    ).toEqual(['about-child', 'about-child']);
  });

  it('in a letter the child wrote, the teacher or the mum is “she”, not the child', () => {
    const analysis = analyseNote(
      'My substitute teacher made me feel good about my birthday. She was really nice to us. She gave me a pencil.',
    );
    expect(analysis.sentences.map((sentence) => sentence.kind)).toEqual(['neutral', 'neutral', 'neutral']);
  });

  it('counts an encouragement to the child with no “you” in it (“Stop for a minute.”) as written to them', () => {
    expect(kinds('Dear Monika, look at you trying to balance everything. Stop for a minute. Switch off.')).toEqual([
      'to-child',
      'to-child',
      'to-child',
    ]);
    // an instruction in a leaflet to parents is not
    expect(kinds('Dear parent, please read this leaflet. Make a note of any questions.')).not.toContain('to-child');
  });
});

describe('a child named by age, by place in the family or by a cipher', () => {
  it('counts “the 15-year-old”, “her son”, “the younger one” and “Child A” as the child the note is about', () => {
    expect(kinds('The 15-year-old was facing a charge of disorderly conduct.')).toEqual(['about-child']);
    expect(
      kinds('Earlier, her 14-year-old son had appeared in court. He was also remanded to a care facility.'),
    ).toEqual(['about-child', 'about-child']);
    expect(kinds('The younger one loudly refuses to be weighed.')).toEqual(['about-child']);
    expect(kinds('Today I visit an 11 year old in foster care.')).toEqual(['about-child']);
    expect(kinds('She was unable to safeguard her new baby.')).toEqual(['about-child']);
    expect(kinds('The eldest was taken into care in 2019.')).toEqual(['about-child']);
    expect(kinds('Child A told her teacher about the bruise.')).toEqual(['about-child']);
  });

  it('counts a relative’s own nephew, niece or grandchild as the child the note is about', () => {
    expect(kinds('My nephew was taken into care when he was just a baby. I know that he is now safe.')).toEqual([
      'about-child',
      'about-child',
    ]);
    expect(kinds('We went to the park with our granddaughter.')).toEqual(['about-child']);
  });

  it('does not take an adult described by age, a youth worker or any baby in guidance for the child', () => {
    expect(kinds('A sixteen year old mother was seen at the clinic.')).toEqual(['neutral']);
    expect(kinds('The youth worker keeps case notes.')).toEqual(['neutral']);
    expect(kinds('A baby should never be shaken.')).toEqual(['neutral']);
    expect(kinds('In the middle there is a lot of information.')).toEqual(['neutral']);
  });

  it('never offers to rewrite a child named by age or role as “you” (it may be a brother or sister)', () => {
    const analysis = analyseNote('The 15-year-old was excited about the trip.');
    const hint = analysis.diagnostics.find((diagnostic) => diagnostic.ruleId === 'about-child-sentence');
    expect(hint?.suggestions).toEqual([]);
  });

  it('marks an adult’s quoted words about the named child (“He was really upset…”) as about the child, but leaves them out of the meter', () => {
    const named = { child: { name: 'Charlie', pronouns: 'he' as const } };
    const quoted = (text: string, context: Parameters<typeof analyseNote>[1]) =>
      analyseNote(text, context).sentences.map((sentence) => [sentence.kind, sentence.quotedAboutChild]);
    expect(
      quoted('Mrs Simpson said: "He was really upset when he saw the pictures on the television."', named),
    ).toEqual([['neutral', true]]);
    expect(
      quoted('"Tommy has progressed so much in his time here," his key worker said.', { child: { name: 'Tommy' } }),
    ).toEqual([['neutral', true]]);
    // a quoted pronoun of another gender is someone else; a speaker naming themself is not spoken of
    expect(quoted('Mrs Simpson said: "She was really upset."', named)).toEqual([['neutral', false]]);
    expect(quoted('The card read: "Hi, my name is Charlie."', named)).toEqual([['neutral', false]]);
    // the meter counts the writer's own sentences: the quotation is neither counted nor offered as a rewrite
    const note = analyseNote('I visited you today. Mrs Simpson said: "He was really upset."', named);
    expect(note.summary).toMatchObject({ toChild: 1, aboutChild: 0, writtenToChildShare: 1 });
    expect(note.counted.aboutChild).toEqual([]);
    expect(note.diagnostics.map((diagnostic) => diagnostic.ruleId)).not.toContain('about-child-sentence');
  });

  it('keeps a child it does not know the gender of as the one an opening pronoun continues (“She argues with her mother. In every lesson she…”)', () => {
    expect(
      kinds(
        'A girl in year 9 is struggling. She argues with her mother and goes off with friends. In every school lesson she messes about.',
      ),
    ).toEqual(['about-child', 'about-child', 'about-child']);
  });

  it('counts a parent’s son or daughter as a particular child (“the mother cannot offer her son the care he needs”), with no rewrite and no share prompt', () => {
    expect(kinds('The mother applied to have her daughter returned immediately.')).toEqual(['about-child']);
    expect(kinds('Mr X’s son has a social worker. Mr X said this caused his daughter distress.')).toEqual([
      'about-child',
      'about-child',
    ]);
    expect(kinds('Mum was struggling to explain this to her son.', { child: { name: 'Marshall' } })).toEqual([
      'about-child',
    ]);
    // a family in guidance is any family; in the child's own letter "his son" is someone else's child
    expect(kinds('A mother may want her son to stay at home.')).toEqual(['neutral']);
    // counted in the meter, never offered as a rewrite, and no prompt to write a complaint to the child
    const complaint = analyseNote('Ms X complained about the Council’s support for her son.');
    expect(complaint.summary).toMatchObject({ aboutChild: 1, writtenToChildShare: 0 });
    const rules = complaint.diagnostics.map((diagnostic) => diagnostic.ruleId);
    expect(rules).not.toContain('written-to-child-share');
    expect(rules).not.toContain('about-child-sentence');
  });

  it('states the same counts in the share prompt as the meter shows, a parent’s son or daughter included', () => {
    const note = analyseNote(
      'The mother applied to have her daughter returned immediately. The girl was upset at school. The girl did not want to talk.',
    );
    expect(note.summary).toMatchObject({ toChild: 0, aboutChild: 3 });
    const prompt = note.diagnostics.find((diagnostic) => diagnostic.ruleId === 'written-to-child-share');
    expect(prompt?.message).toBe('0 of 3 sentences about the child speak to them directly');
  });
});

describe('a sentence that calls the child by name in a note written to them', () => {
  const liam = { child: { name: 'Liam', pronouns: 'he' as const } };
  it('counts “Liam, the past three years…” in a letter to Liam as written to him, not about him', () => {
    // dev-passages-46a: an adoptive mother's letter to her son
    const letter =
      'Liam, the past three years have been so incredibly fun. We made it through 2 years of foster care. You are such a resilient little man.';
    expect(kinds(letter, liam)).toEqual(['to-child', 'neutral', 'to-child']);
  });

  it('still counts the name in a note about the child, an apposition or a list as about him', () => {
    // a record about Liam: no sentence says "you" to him
    expect(kinds('Liam, the eldest, was seen at school. He was happy.', liam)).toEqual(['about-child', 'about-child']);
    // in a letter to Liam, a sentence that goes on to speak of him in the third person, or describes him
    const letter = 'You are such a resilient little man. Liam, aged 7, has grown so much.';
    expect(kinds(letter, liam)).toEqual(['to-child', 'about-child']);
    expect(kinds('You are such a resilient little man. Liam, who loves trains, told his teacher.', liam)).toEqual([
      'to-child',
      'about-child',
    ]);
  });
});

describe('a child a review or a parent calls by a number', () => {
  it('counts “Child 4’s book…” and “Child 1’s mother…” as about the child, as “Child A” already was', () => {
    // dev-passages-48a: an adoptive parent's post about her youngest son's life story book
    expect(
      kinds("Child 4's book is a brightly coloured laminated A4 sized book, full of photos and basic information."),
    ).toEqual(['about-child']);
    expect(kinds("Child 1's mother was seen at home by the health visitor.")).toEqual(['about-child']);
    expect(kinds('Child 2 was born in March.')).toEqual(['about-child']);
    // not a number of something else: "Key Stage 2", "Year 4", "a child of 4"
    expect(kinds('Pupils in Year 4 and Key Stage 2 went on a trip.')).toEqual(['neutral']);
  });
});

describe('a parent’s “my kid”', () => {
  it('counts “my kid” in a parent’s letter to a teacher as about the child, as “my son” already was', () => {
    // dev-passages-48a: an adoptive mother's letter to her daughter's teacher
    expect(
      kinds('You may not see the behaviors in my kid that I do. All kids behave differently in different situations.'),
    ).toEqual(['about-child', 'neutral']);
  });
});
