import { describe, expect, it } from 'vitest';
import { analyseNote } from '@casenote/lint';

const named = (text: string) => analyseNote(text).child.name;
const messages = (text: string) =>
  analyseNote(text)
    .diagnostics.map((diagnostic) => diagnostic.message)
    .join('\n');

describe('who the child is, with no context from the host', () => {
  it('never takes a day, a service or a common noun at the start of a sentence for the child', () => {
    const note =
      'Contact with mum is supervised at the contact centre on Saturdays. Respite has been requested to give FC a break.';
    expect(named(note)).toBeNull();
    expect(messages(note)).not.toMatch(/Saturdays|Respite/);
    expect(
      analyseNote('Respite has been requested for the weekend.').diagnostics.map((d) => d.suggestions),
    ).not.toContainEqual(['You have been requested']);
  });

  it('does not read an organisation, a team or a place as a person', () => {
    for (const note of [
      'Kai went to the Children in Care Council. Kai said he liked it.',
      'Kai is supported by the Bitterne Family Hub. Kai told me he likes the staff.',
      'Kai lives in Portsmouth with his nan. Kai said he misses his dad.',
    ])
      expect(named(note)).toBe('Kai');
    expect(named('I met the family at Oakwood Primary School. The Head said the term went well.')).toBeNull();
    // the child protection agencies of Ireland and New Zealand: "Tusla", "Oranga Tamariki"
    expect(
      named('I have personal experience with Oranga Tamariki. At first, I was angry with Oranga Tamariki.'),
    ).toBeNull();
    expect(
      named('Tusla is responsible for you while you are in care. Tusla will keep your parents updated.'),
    ).toBeNull();
    // dev-clean-11: a research body's name ends in "Research" or "Observatory", not in a person
    expect(
      named(
        'The study came from the Centre for Child and Family Justice Research and the Nuffield Family Justice Observatory.',
      ),
    ).toBeNull();
    // precision18 (dev-clean-18a): an organisation word before "of" heads a name, whatever ends the run
    expect(
      named('HM Inspectorate of Probation and HM Inspectorate of Prisons followed the experiences of 50 children.'),
    ).toBeNull();
    // dev-clean-12: "Majesty" in an office's title is no one's name
    expect(
      named(
        'Christine Gilbert, Her Majesty’s Chief Inspector, said the new inspection system gave the clearest picture yet.',
      ),
    ).toBeNull();
    // dev-jargon-13a: an assistant's role written out, and a list of what a service has, are no one's name
    expect(
      named('There are no hours of Teaching Assistant (TA) or Learning Support Assistant (LSA) under Section F.'),
    ).toBeNull();
    expect(
      named(
        'Staffing, partnerships, IT, and facilities were found to be particularly impressive in these high-performing services.',
      ),
    ).toBeNull();
    // dev-clean-13: "Tax" in "Council Tax" is no one's name
    expect(
      named(
        'Care leavers are a particularly vulnerable group for Council Tax debt, and may fall behind with Council Tax.',
      ),
    ).toBeNull();
    // dev-language-22b: a US state in the possessive ("Missouri's foster children") is a place, not the child
    expect(named("About 3 percent of Missouri's teens in foster care are missing. They are often found.")).toBeNull();
    // dev-language-20a: "Mad" opening a gang's name ("Mad Cowz") is no one's name
    expect(
      named(
        'Mad Cowz have been in the news a fair amount as of late, largely because of a recent police project which took down 10 members of the gang\'s so-called "hierarchy."',
      ),
    ).toBeNull();
  });

  it('does not take a hyphenated place or a capitalised relative for the child', () => {
    expect(named('She went to Weston-Super-Mare with her carers. She enjoyed the beach.')).toBeNull();
    expect(named('Newcastle-under-Lyme was the placement. The placement ended.')).toBeNull();
    expect(named("My Niece's child was placed with me. She is settled now.")).toBeNull();
    expect(named('Stratford-upon-Avon is where Kai lives. Kai said he likes school.')).toBe('Kai');
    expect(named('Kerry-Ann said she likes her new school. Kerry-Ann is settled.')).toBe('Kerry-Ann');
  });

  it('does not take a greeting to a role (“Dear Adoption Social Worker,”), part of a body’s name (“the Family Division”) or an illness (“Covid”) for the child', () => {
    // dev-passages-23: an adopter's open letter to an adoption social worker named "Adoption" as the child
    const letter = analyseNote(
      "Dear Adoption Social Worker, We hope you're well. There's something we've been meaning to tell you.",
    );
    expect(letter.child.name).toBeNull();
    expect(letter.addressee).toBe('other');
    expect(messages("Dear Adoption Social Worker, We hope you're well.")).not.toMatch(/Adoption/);
    expect(analyseNote('Dear Kinship Carer, thank you for your letter. You asked about the review.').addressee).toBe(
      'other',
    );
    // a capitalised ordinary word inside a sentence, then another: the name of a thing, not a person
    const kinds = (text: string) => analyseNote(text).sentences.map((sentence) => sentence.kind);
    expect(kinds('The case was heard in the Family Division of the High Court. It was adjourned to May.')).toEqual([
      'neutral',
      'neutral',
    ]);
    expect(
      kinds(
        'At a time when so much education has been disrupted (during Covid), it is vital that we make every school minute count.',
      ),
    ).toEqual(['neutral']);
    // a name after a word opening the sentence, or after a person's role, is still a person
    expect(named('Yesterday Jade went to the park. Jade said she loved the swings.')).toBe('Jade');
    expect(named('I spoke to Foster Carer Ruth on the phone. Kai told me he likes school. Kai is settled.')).toBe(
      'Kai',
    );
    expect(named('Dear Jade, I visited you today.')).toBe('Jade');
  });

  it('does not turn “Child” in an organisation’s name into “you”', () => {
    const analysis = analyseNote(
      'I went to the Children in Care Council meeting. The Child Protection conference is on Monday.',
      {
        child: { name: 'Jade' },
      },
    );
    expect(analysis.sentences.map((sentence) => sentence.kind)).toEqual(['neutral', 'neutral']);
  });

  it('takes a greeting at the start of the note as the child the note is written to', () => {
    const analysis = analyseNote('Jade, I visited you today at school. Mrs Khan said you settled well.');
    expect(analysis.child).toEqual({ name: 'Jade', inferred: true });
    expect(named('Dear Kai,\n\nI came to see you at home on Tuesday.')).toBe('Kai');
  });

  it('never takes an interjection, an imperative, a placeholder, a meeting or an -ing title for the child', () => {
    expect(named('Wow. That was a long day at the park.')).toBeNull();
    expect(named('Remember, you can call me any time.')).toBeNull();
    expect(named('Dear [First Name], I hope you enjoyed the trip.')).toBeNull();
    expect(named('Dear <Child name>, this letter is about my visit to you.')).toBeNull();
    expect(named('I went to a Permanence Meeting. It was hard to listen to.')).toBeNull();
    expect(named('She has support from Caring Families. She goes there on Fridays.')).toBeNull();
    expect(named('Dear Adoptive Family, This is the hardest letter I have written.')).toBeNull();
    expect(named("Kai's Care Plan says he will stay with us. Kai is happy.")).toBe('Kai');
  });

  it('never takes a word after “the”, a role or a title ending in an ordinary word, or a surname named once for the child', () => {
    expect(named('The boys wore the Academy badge at the match against the Rovers.')).toBeNull();
    expect(named('He sees the Family Worker every week and likes her.')).toBeNull();
    expect(named('Services worked with Adult K, who lives alone in his flat.')).toBeNull();
    expect(named('Young people asked by Bright Voice said they wanted more say.')).toBeNull();
    expect(named('Last year Okafor left the door open and her dog ran off.')).toBeNull();
  });

  it('takes a parent, a carer or someone with children of their own for an adult, not the child', () => {
    const note =
      "The worker met Rosa and her son Tyler. Rosa said she was tired. When Tyler was a baby Rosa moved away. Tyler was taken from Rosa's care for a month.";
    expect(named(note)).toBe('Tyler');
    expect(
      named('A neighbour, Carla, came round. Carla had no kids of her own. Carla told me how to cook.'),
    ).toBeNull();
  });

  it('says “the child” rather than guessing from one mention', () => {
    const analysis = analyseNote('The visit was to Mason. The house was cold.');
    expect(analysis.child.name).toBeNull();
    expect(messages('The visit was to Mason. The house was cold.')).not.toMatch(/Mason/);
  });

  it('does not take the foster carer or a sibling named after their role for the child', () => {
    expect(named('Foster carer Ruth said Kai had a good week. Kai told me he likes his new bike.')).toBe('Kai');
  });

  it('keeps a hyphenated name whole: “Kerry-Ann is” is offered as “You are”, never “you-you are”', () => {
    // with the child given, or in a note that speaks to them (with neither, no rewrite is offered at all)
    for (const [note, context] of [
      [
        'Kerry-Ann is happy at school. Kerry-Ann told me she likes maths.',
        { child: { name: 'Kerry-Ann', pronouns: 'she' as const } },
      ],
      ['Kerry-Ann is happy at school. Kerry-Ann told me she likes maths. I hope you enjoy it.', {}],
    ] as const) {
      const analysis = analyseNote(note, context);
      expect(analysis.child.name).toBe('Kerry-Ann');
      const suggestions = analysis.diagnostics.flatMap((diagnostic) => diagnostic.suggestions);
      expect(suggestions).toContain('You are');
      expect(suggestions.join(' ')).not.toMatch(/you-you/i);
    }
    expect(named('The Multi-Agency Safeguarding Hub met. The Multi-Agency panel agreed a plan.')).toBeNull();
  });

  it('never takes a story title, a role or a numbered child for the child (“Little Red Riding Hood”, “Father Christmas”, “Girl 4”)', () => {
    for (const note of [
      'He wanted to tell the story of Little Red Riding Hood. He wrote how the wolf attacked Little Red Riding Hood.',
      'She giggled at seeing Father Christmas in November. She asked if Father Christmas always wore red.',
      'In the cases of Girl 4 and Girl 8, officers knew at the time. Girl 4 was 14.',
    ]) {
      expect(named(note)).toBeNull();
      expect(messages(note)).not.toMatch(/Riding|Red|Father|Girl/);
    }
  });

  it('does not take a verb form opening a sentence (“Fostered throughout her life…”) for a person', () => {
    const analysis = analyseNote(
      'I am taking May to meet her birth mother. Fostered throughout her life, she needs to do this.',
      { child: { name: 'May', pronouns: 'she' } },
    );
    expect(analysis.sentences.map((sentence) => sentence.kind)).toEqual(['about-child', 'about-child']);
    expect(named('Having met the family, I went back to the office. Having spoken to Mum, I rang school.')).toBeNull();
  });

  it('does not take a sentence adverb (“Broadly,”) for the child', () => {
    expect(named('Broadly, this means the school should ask whether it is treating the boy unfairly.')).toBeNull();
  });

  it('does not take “Core” in “Core Groups” for the child', () => {
    const note =
      'Minutes were not sent after the first Core Groups, following the initial child protection conference, Core Groups where plans were made.';
    expect(named(note)).toBeNull();
    expect(messages(note)).not.toMatch(/Core/);
  });
});

describe('a child a judgment or report names by a cipher or with an age', () => {
  const kinds = (text: string) => analyseNote(text).sentences.map((sentence) => sentence.kind);

  it('finds the child named by a cipher (“a son, C1,”, “MN 7 months”) and never shows the cipher in messages', () => {
    const analysis = analyseNote(
      'The mother, Y, gave birth to a son, C1, at home. As a result of the delivery, C1 has suffered brain damage.',
    );
    expect(analysis.sentences.map((sentence) => sentence.kind)).toEqual(['about-child', 'about-child']);
    expect(analysis.child.name).toBeNull();
    expect(
      kinds(
        'This matter concerns two children MY 22 months and MN 7 months. In the night MN collapsed and was admitted.',
      ),
    ).toEqual(['about-child', 'about-child']);
  });

  it('finds the child introduced with an age (“Paul (15)”) even when an adult is named more often', () => {
    const analysis = analyseNote(
      'Karen rang the office. Karen said Paul (15) had not come home. Paul was found at a friend’s.',
    );
    expect(analysis.child.name).toBe('Paul');
  });

  it('finds the child a news report introduces with a press-style age (“Wil Jenkinson, eight, of…”)', () => {
    const analysis = analyseNote(
      'Organising the event are Harry Miller, 13, a member of the Scout Group. Harry said the tickets had sold out.',
    );
    expect(analysis.child.name).toBe('Harry');
    expect(analysis.sentences.map((sentence) => sentence.kind)).toEqual(['about-child', 'about-child']);
    expect(analyseNote('Wil Jenkinson, eight, of 1st Chinnor Scouts, baked cakes. Wil raised £400.').child.name).toBe(
      'Wil',
    );
    // a number between commas that is an adult's age is no child's
    expect(kinds('Karen Smith, 42, of Leeds, rang the office.')).toEqual(['neutral']);
  });

  it('does not take a parent introduced with an adult’s age (“CM 22 years”) for the child', () => {
    expect(kinds('Their parents are CM 22 years and LW 24 years. CM was at work that day.')).toEqual([
      'neutral',
      'neutral',
    ]);
  });
});

describe('places, public bodies and people with titles are not the child', () => {
  it('does not take “Committee”, “the Crown”, “Bradford” or “Manchester United” for the child', () => {
    expect(named('The Committee noted the report. The Committee asked for an update in March.')).toBeNull();
    expect(named('The Crown said the boy was 15. The Crown asked for a custodial sentence.')).toBeNull();
    expect(named('Bradford is where the family lived. Bradford has a large youth service.')).toBeNull();
    expect(named('Wearing a Manchester United shirt, he showed no reaction. He wept later.')).toBeNull();
  });

  it('does not take an award, an event or a Scout group for the child (“Silver Award”, “the Run or Dye event”)', () => {
    // dev-passages-42a (addressee22's text; the lead's mend): a prize's, a race's and a youth group's names
    expect(
      named(
        'This afternoon one of my cubs completed his Chief Scouts Silver Award. The final part was his personal challenge.',
      ),
    ).toBeNull();
    expect(named('He is in training to run for the Run or Dye event. Yes, he can run.')).toBeNull();
    expect(named('On the banks of the Thames, Scouts discover the world and help make it a better place.')).toBeNull();
    expect(named('Jamie is in training to run for the Run or Dye event. Jamie wants to be fast.')).toBe('Jamie');
  });

  it('does not take the probation inspectorate (“HMI Probation”) for the child', () => {
    // dev-jargon-18b: an inspection summary names the inspectorate in brackets after its full name
    const note =
      'Her Majesty’s Inspectorate of Probation (HMI Probation) have investigated on the general quality of Youth Offending Teams (YOTs) across England and Wales for the year 2018/2019.';
    expect(named(note)).toBeNull();
    expect(messages(note)).not.toMatch(/Probation/);
  });

  it('does not take a place whose name opens with “New”, “North”, “Great” and the like for the child', () => {
    expect(
      named(
        'A New York judge allowed the boys to be heard. The boys said they would rather stay with their father in Rochester, New York.',
      ),
    ).toBeNull();
    expect(named('The family moved to North Tyneside. North Tyneside has a strong youth service.')).toBeNull();
    expect(named('Great Yarmouth is where Kai grew up. Kai said he misses the beach.')).toBe('Kai');
  });

  it('does not take a judge named with a title and an initial (“Judge Frederick C. Wright … Wright said”) for the child', () => {
    expect(
      named(
        'Circuit Judge Frederick C. Wright III asked the youth to stand. “Do better,” Wright said. Wright ordered a 30-day stay.',
      ),
    ).toBeNull();
  });

  it('does not take a title before a name (“Lord Doherty, Lord Armstrong, and Lord Beckett”) for the child', () => {
    expect(named('The appeal was heard by Lord Doherty, Lord Armstrong, and Lord Beckett.')).toBeNull();
    expect(
      named('Lord Hughes heard the appeal. Kai said he misses the beach. Kai told Lord Hughes he likes school.'),
    ).toBe('Kai');
  });

  it('does not take someone whose own quoted words speak of “our children” or “my son” for the child', () => {
    expect(
      named(
        '“When we take our children aside and ask them about care, they get upset,” Pelham said. Pelham said some children were unhappy.',
      ),
    ).toBeNull();
    expect(named('Morgan said: “My son was never asked.” Morgan said the school did not listen.')).toBeNull();
    // a child quoted in their own words is still the child
    expect(named('“I like it here,” Kai said. Kai said he likes his school.')).toBe('Kai');
  });

  it('does not take “See” opening an instruction to the reader for the child (after an initial the sentence runs on)', () => {
    expect(
      named('His birth mommy’s name is J. See her beautiful brown eyes! We know why D is so handsome!'),
    ).toBeNull();
  });

  it('does not take the saint of a church school (“St Barnabas CE Primary”) for a person', () => {
    // dev-passages-26a: "The St Barnabas CE Primary school pupil … decided she wanted to help" read Barnabas as a woman
    expect(named('The St Barnabas CE Primary school pupil said she wanted to help.')).not.toBe('Barnabas');
    const alice = { child: { name: 'Alice', pronouns: 'she' as const } };
    const text =
      'Alice is nine. The St Barnabas CE Primary school pupil found out about the charity and decided she wanted to help.';
    expect(analyseNote(text, alice).sentences[1]?.voice).toBe('child');
  });

  it('does not take “First” opening a step in a list of instructions for the child', () => {
    expect(named('First, you must complete a Safe Lives DASH risk assessment.')).toBeNull();
    expect(named('First, Kai said he wanted to stay. Kai, 12, likes his school.')).toBe('Kai');
  });

  it('does not take a numbered step (“Stage 2”, “Section 17”) or a town after a street (“Wessex Drive, Ince”) for the child', () => {
    expect(named('The Council agreed to consider the matter at Stage 2 in December.')).toBeNull();
    expect(named('Section 17 of the Act applies here. Section 17 sets out the duty.')).toBeNull();
    expect(named('The man, of Wessex Drive, Ince, had stayed at a friend’s house.')).toBeNull();
    expect(named('Kai lives on Wessex Drive. Kai, 12, said he likes his school.')).toBe('Kai');
  });

  it('takes a person a report names with “not her real name” for a person, not a programme named after her', () => {
    const note =
      'Julie, not her real name, was placed in care at the age of 11, where she remained until she was 18. Now 19, she has spoken to Newsnight about her experiences.';
    expect(named(note)).not.toBe('Newsnight');
    expect(messages(note)).not.toMatch(/Newsnight/);
  });

  it('does not take a role opening with “Responsible” for the child', () => {
    expect(named('And they asked Mrs Coyle (Responsible for PE) if she would help to set up Play Leaders.')).toBeNull();
  });
  it('does not take a title written with a full stop (“Dear Mrs. White,”, “Dear Dr. Patel,”) for the child', () => {
    expect(named('Dear Mrs. White, Today you get to keep my son all day long. Please hold his hand.')).toBeNull();
    expect(named('Dear Dr. Patel, Thank you for seeing my daughter last week.')).toBeNull();
    expect(analyseNote('Dear Mr. Jones, Thank you for teaching my daughter this year.').addressee).toBe('other');
    expect(named('Dear Jade, Mrs. White says you were brilliant today.')).toBe('Jade');
  });
});
