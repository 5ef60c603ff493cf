import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on.ts';
import { createRuleLinter } from '@casenote/lint';

// Causes of false alarms found on real clean writing (dev-clean-8a and the earlier tuning halves): each
// test pairs the ordinary sentence that must stay clean with the harmful use that must still be flagged.

describe('ordinary writing about the law, organisations and adults is not flagged', () => {
  it('leaves the law stated about children in general alone, and still flags a child said to have consented', () => {
    expect(rulesOn('Children under 16 could not legally consent to sex.')).toEqual([]);
    expect(rulesOn('The law says a 12-year-old cannot lawfully agree to sex.')).toEqual([]);
    expect(rulesOn('The legal age for young people to consent to sex is 16.')).toEqual([]);
    expect(rulesOn('Jade consented to sex with him.')).toEqual(['consented-to']);
    expect(rulesOn('She agreed to sex with the man.')).toEqual(['agreed-to-sex']);
  });

  it('leaves an advocate helping someone make their own decisions alone, and still flags a child said to be making her own choices', () => {
    // precision28: dev-clean-25a's glossary entry for an advocate
    expect(
      rulesOn('An independent person who can support somebody to express their views and make their own decisions.'),
    ).toEqual([]);
    expect(rulesOn('An advocate helps Jade express her wishes and make her own choices.')).toEqual([]);
    expect(rulesOn('Jade is making her own choices and staying out late with older men.')).toEqual([
      'making-own-choices',
    ]);
  });

  it('leaves parents arguing a case alone, and still flags a quarrel that hides abuse', () => {
    expect(rulesOn('The parents argued against closure of the centre.')).toEqual([]);
    expect(rulesOn('Both parents argued that the decision was unlawful.')).toEqual([]);
    expect(rulesOn('The parents argued in front of the children.')).toEqual(['two-sided-quarrel']);
    expect(rulesOn('The parents argued that night and Dad hit Mum.')).toEqual(['two-sided-quarrel']);
  });

  it('leaves leaving care told as the step young people take alone, and still hints at the label for it', () => {
    // precision16: dev-jargon-11c and dev-clean-11; "leave care" itself was never flagged
    expect(rulesOn('The team works with young people leaving care aged 16 to 25.')).toEqual([]);
    expect(rulesOn('We met young people living in or leaving care, and asked what helped after leaving care.')).toEqual(
      [],
    );
    expect(rulesOn('We talked about leaving care and what Sienna wants for her flat.')).toEqual(['leaving-care']);
    expect(rulesOn('Your leaving care process starts at 16.')).toEqual(['leaving-care']);
    expect(rulesOn('We will help you prepare for leaving care.')).toEqual(['leaving-care']);
  });

  it('leaves care leavers counted as a group and the teams that serve them alone, and still hints at one young person called one', () => {
    // precision22 (dev-clean-13a, jargon-18a, jargon-11, clean-11, jargon-19a)
    expect(rulesOn('Of the 130 care leavers who live in Dorset 64 live in Weymouth and Portland.')).toEqual([]);
    expect(rulesOn('Members heard how one of the care leavers was now in her last year at university.')).toEqual([]);
    expect(rulesOn('We do everything we can for every child in our care and every care leaver.')).toEqual([]);
    expect(rulesOn('Auditing of casework in the care leavers’ service is increasingly rigorous.')).toEqual([]);
    expect(rulesOn('The Chair invited the care leavers present to talk to Councillors.')).toEqual([]);
    expect(rulesOn('Personal advisers from the leaving care teams met young people in or just leaving care.')).toEqual(
      [],
    );
    expect(rulesOn('As a care leaver, Marcus can get help with his rent.')).toEqual(['care-leaver']);
  });

  it('leaves “alleged” said only of adults alone, and still hints at it of a child', () => {
    // precision22 (dev-language-15a, dev-clean-22a)
    expect(rulesOn('Police began investigating the alleged assault and arrested the 20-year-old.')).toEqual([]);
    expect(rulesOn('The enquiry found that a number of adults had been allegedly abused.')).toEqual([]);
    expect(rulesOn('Jade described the alleged assault to her teacher.')).toEqual(['alleged-abuse']);
    expect(rulesOn('Jade was allegedly abused by her uncle.')).toEqual(['allegedly-abused']);
  });

  it('leaves exclusions spoken of in general alone, and still flags a child’s own', () => {
    // precision22 (dev-jargon-16a, 18a)
    expect(rulesOn('Fixed term exclusions should not exceed 45 days in a single academic year.')).toEqual([]);
    expect(rulesOn('There are no rights of appeal for fixed-period exclusions.')).toEqual([]);
    expect(rulesOn('Jade was given a fixed term exclusion for three days.')).toEqual(['fixed-term-exclusion']);
  });

  it('leaves a council’s or landlord’s failure to act alone, and still flags a parent said to fail', () => {
    expect(rulesOn('The Council failed to respond within the statutory timescale.')).toEqual([]);
    expect(rulesOn('The landlord has failed to respond to the repair requests.')).toEqual([]);
    expect(rulesOn('In particular she complains the Council failed to attend the meeting.')).toEqual([]);
    expect(rulesOn('Mum failed to engage with the plan.')).toEqual(['failed-to-engage']);
  });

  it('leaves a failure or engagement told of a body further back or after the words alone, and still flags a person’s', () => {
    expect(
      rulesOn(
        'We did find that the council failed to clearly separate the appeals and complaints processes and failed to respond to Mr C’s concerns.',
      ),
    ).toEqual([]);
    expect(rulesOn('The council apologised but failed to respond to Mum’s letters.')).toEqual([]);
    expect(rulesOn('We would like to discuss the lack of engagement exhibited by this club.')).toEqual([]);
    expect(rulesOn('The school said Jade failed to attend three appointments.')).toEqual(['failed-to-engage']);
    expect(rulesOn('The Council failed to respond and Mum failed to attend.')).toEqual(['failed-to-engage']);
    expect(rulesOn('The council said the lack of engagement by Mum was a concern.')).toEqual(['non-engagement']);
    expect(rulesOn('The plan looks at cooperation in non-engaging families.')).toEqual(['non-engagement']);
  });

  it('leaves the names of teams and roles alone, and still flags the child’s home called a placement', () => {
    expect(rulesOn('The Placement Team found a new foster home.')).toEqual([]);
    expect(rulesOn('Your leaving care coach can help you with the rent.')).toEqual([]);
    expect(rulesOn('Ellie’s placement ended last week.')).toEqual(['placement']);
    expect(rulesOn('When you are leaving care we will help you find a flat.')).toEqual(['leaving-care']);
  });

  it('leaves adults’ brothers and sisters and an adult’s care home alone, and still flags a child’s', () => {
    expect(rulesOn('The executor’s siblings contested the will.')).toEqual([]);
    expect(rulesOn('Siblings can become involved in probate disputes.')).toEqual([]);
    expect(rulesOn('We will not investigate the complaint about the care home placement.')).toEqual([]);
    expect(rulesOn('You told me Jacob’s siblings live with their grandmother.')).toEqual(['siblings']);
    expect(rulesOn('Her placement is with foster carers in Leeds.')).toEqual(['placement']);
  });

  // dev-clean-11 (council and agency fostering pages), dev-clean-5b, 6a and 7b: siblings in general are ordinary
  // writing; the children's guides ask for "brothers and sisters" when a record speaks of a child's own
  it('leaves siblings in general and one unnamed sibling alone, and still flags a child’s own siblings', () => {
    expect(rulesOn('However, keeping siblings together in foster care can be a truly rewarding experience.')).toEqual(
      [],
    );
    expect(rulesOn('Thousands of siblings across the country end up being separated.')).toEqual([]);
    expect(rulesOn('We need foster carers who are willing to take on siblings.')).toEqual([]);
    expect(rulesOn('The children will have one photograph with any siblings in school.')).toEqual([]);
    expect(rulesOn('A fourth sibling was born during the period of the review.')).toEqual([]);
    expect(rulesOn('She ate the formula meant for a younger sibling.')).toEqual([]);
    expect(rulesOn('You told me Jacob’s siblings live with their grandmother.')).toEqual(['siblings']);
    expect(rulesOn('You told me you miss your siblings.')).toEqual(['siblings']);
    expect(rulesOn('You told me the siblings were moved to the same foster home.')).toEqual(['siblings']);
    expect(rulesOn('You said her two younger siblings stayed with Nan.')).toEqual(['siblings']);
    expect(rulesOn('You asked about your birth siblings.')).toContain('siblings');
  });

  // precision17b: dev-clean-7b (a judgment): an adult's own brothers, sisters and birth family are not the child's
  // precision19: the family hints are for writing to the child (`reader: child`), so the child's own are said to them
  it('leaves an adult’s own siblings and birth family alone, and still hints at a child’s', () => {
    expect(
      rulesOn('Giving evidence, the children’s mother said she was estranged from her mother, and from her siblings.'),
    ).toEqual([]);
    expect(rulesOn('The father’s siblings live in Poland.')).toEqual([]);
    expect(rulesOn('Mum said she has not seen her birth mother since 2010.')).toEqual([]);
    expect(rulesOn('You told me Jade, aged 12, misses her siblings.')).toEqual(['siblings']);
    expect(rulesOn('You said Mum wants Jade to see her siblings.')).toEqual(['siblings']);
    expect(rulesOn('You told me Jacob asked to see his birth mother.')).toEqual(['birth-family']);
    // a carer may be a young carer: only a parent, a woman or man, or an adult's age makes the possessor an adult
    expect(rulesOn('You told me she was used to playing the role of carer for her siblings.')).toEqual(['siblings']);
    expect(rulesOn('You told me Jade is a young carer. She looks after her siblings.')).toEqual(['siblings']);
  });

  // dev-clean-11, 12 and 13 (Ofsted, council tax schemes, local offers, minutes): care leavers as a group are ordinary
  it('leaves care leavers in general alone, and still hints at a particular young person called one', () => {
    expect(rulesOn('Many authorities offer council tax reductions to care leavers.')).toEqual([]);
    expect(rulesOn('Care leavers should expect the same level of care and support.')).toEqual([]);
    expect(rulesOn('Ofsted says more can be done to monitor the progress of care leavers.')).toEqual([]);
    expect(rulesOn('Jordan is a care leaver and now lives in supported accommodation.')).toEqual(['care-leaver']);
    expect(rulesOn('We want to improve the lives and life chances of our care leavers.')).toEqual(['care-leaver']);
    expect(rulesOn('The care leavers I met told me about their flats.')).toEqual(['care-leaver']);
  });

  // precision17 (dev-clean-11 a, 13 b, dev-jargon-11c): the immigration label said of a group in general, as fostering
  // pages and inspection reports do, is ordinary; the hint is about what a particular young person is called
  it('leaves asylum seekers in general alone, and still hints at a particular young person called one', () => {
    expect(rulesOn('We need foster carers for unaccompanied asylum-seeking children who arrive in Kent.')).toEqual([]);
    expect(rulesOn('Asylum seekers may use private fostering if they want to work.')).toEqual(['private-fostering']);
    expect(rulesOn('Ahmed is an asylum seeker who arrived in July.')).toEqual(['asylum-seeker']);
    expect(rulesOn('The unaccompanied minor was collected from Croydon.')).toEqual(['asylum-seeker']);
    expect(rulesOn('The asylum seekers I visited told me about the hotel.')).toEqual(['asylum-seeker']);
  });

  // precision18 (dev-jargon-13a): an exception holds across a serial (Oxford) comma, as it does without one
  it('leaves the EHC plan’s name written with an Oxford comma alone, and still hints at a care plan in a list', () => {
    expect(rulesOn('I applied for an Education, Health, and Care Plan for him.')).toEqual([]);
    expect(rulesOn('I applied for an Education, Health and Care Plan for him.')).toEqual([]);
    expect(rulesOn('The assessment, and care plan were late.')).toEqual(['care-plan']);
    expect(rulesOn('Her Education, Health, and Care Plan and her care plan were reviewed.')).toEqual(['care-plan']);
  });

  // precision18 (dev-clean-12 a, 17 a): procedures and leaflets speak of the arrangement in general
  it('leaves private fostering arrangements in general alone, and still flags a particular child’s', () => {
    expect(rulesOn('Many private fostering arrangements remain hidden from the council.')).toEqual([]);
    expect(rulesOn('Private foster carers must tell the council.')).toEqual([]);
    expect(rulesOn('Jade is privately fostered by her aunt’s friend.')).toEqual(['private-fostering']);
    expect(rulesOn('The private fostering arrangement started in May.')).toEqual(['private-fostering']);
    expect(rulesOn('Her private foster carers came to the meeting.')).toEqual(['private-fostering']);
  });

  // precision29 (dev-clean-26a): inspection reports, annual reports and boards name privately fostered children in
  // general, and private fostering as a field of the law and of their work
  it('leaves privately fostered children in general and private fostering as a field of work alone, and still flags a particular child’s', () => {
    expect(rulesOn('All privately fostered children should be visited regularly.')).toEqual([]);
    expect(rulesOn('It is not known how many privately fostered children there are.')).toEqual([]);
    expect(rulesOn('The council has duties in relation to private fostering.')).toEqual([]);
    expect(rulesOn('The report raised awareness of private fostering across the city.')).toEqual([]);
    expect(rulesOn('There were no private fostering notifications last year.')).toEqual([]);
    expect(rulesOn('Her privately fostered children are doing well.')).toEqual(['private-fostering']);
    expect(rulesOn('Jade has been privately fostered since May.')).toEqual(['private-fostering']);
    expect(rulesOn('We talked to Mum about private fostering.')).toEqual(['private-fostering']);
  });

  it('leaves a child who forced someone else alone, and still flags a child’s abuse described as sex', () => {
    expect(rulesOn('One in ten of the boys had forced someone else to have sex with them.')).toEqual([]);
    expect(rulesOn('Jade, 14, had sex with a 25-year-old man.')).toEqual(['child-had-sex-with']);
  });

  it('leaves a situation that spirals out of control alone, and still flags a child said to', () => {
    expect(rulesOn('The judge said the situation had the potential to spiral out of control.')).toEqual([]);
    expect(rulesOn('The situation worsened and she began to spiral out of control.')).toEqual(['went-off-the-rails']);
    expect(rulesOn('She started to spiral out of control at 14.')).toEqual(['went-off-the-rails']);
  });

  it('leaves words said in the heat of the moment alone, and still hints at violence explained by it', () => {
    expect(rulesOn('There had been a row and things were said in the heat of the moment.')).toEqual([]);
    expect(rulesOn('He hit her in the heat of the moment.')).toEqual(['lost-control']);
  });

  it('leaves an image or a system resistant to change alone, and still flags a parent called so', () => {
    expect(rulesOn('Their negative image has proved resistant to change.')).toEqual([]);
    expect(rulesOn('The old system was resistant to change.')).toEqual([]);
    expect(rulesOn('Mum is resistant to change and to the support offered.')).toEqual(['service-resistant']);
  });

  it('leaves a stated ADHD diagnosis alone, and still hints at the initials on their own', () => {
    expect(rulesOn('Following his ADHD diagnosis, he was prescribed medication.')).toEqual([]);
    expect(rulesOn('The ADHD nurse visited you on Tuesday.')).toEqual(['acronym-adhd']);
  });
});

// precision20 (dev-clean-20a, 6a, dev-language-20a): adults' care, students' courses, other Acts and offence names
describe('adults’ care, students’ placements, other laws and the names of offences are not a child’s', () => {
  it('leaves an adult son’s residential or emergency placement alone, and still flags a child’s', () => {
    expect(rulesOn('Mrs X asked for a residential placement for her adult son.')).toEqual([]);
    expect(rulesOn('Their grown-up daughter went to an emergency placement last year.')).toEqual([]);
    expect(rulesOn('Jade moved to a residential unit last week.')).toEqual(['residential-home']);
    expect(rulesOn('Her son was moved to an emergency placement.')).toEqual(['emergency-placement']);
  });

  it('leaves a student’s placement on a course alone, and still flags a child’s home called a placement', () => {
    expect(rulesOn('Most students spend half their course on placement.')).toEqual([]);
    expect(rulesOn('My mentor on that placement was a ward sister.')).toEqual([]);
    expect(rulesOn('Ellie’s placement ended last week.')).toEqual(['placement']);
    expect(rulesOn('The pupils said her placement was going well.')).toEqual(['placement']);
  });

  // precision21 (dev-clean-21a, 21b): convicts and people claiming out-of-work benefits are adults
  it('leaves a convicted murderer’s absconding and a jobseeker’s placement alone, and still flags a child’s', () => {
    expect(rulesOn('The fourth, a convicted murderer, had absconded twice before.')).toEqual([]);
    expect(rulesOn('Jobseekers who refuse to complete their placement can lose their benefits.')).toEqual([]);
    expect(rulesOn('Jade absconded twice before.')).toEqual(['abscond']);
    expect(rulesOn('The boy refused to complete his placement.')).toEqual(['placement']);
  });

  it('leaves sections of other Acts alone, and still flags the Children Act’s sections', () => {
    expect(rulesOn('He was granted Section 17 leave from the ward.')).toEqual([]);
    expect(rulesOn('She had leave under section 17 of the Mental Health Act.')).toEqual([]);
    expect(rulesOn('The council accepted a duty under section 20 of the Housing Act 1996.')).toEqual([]);
    expect(rulesOn('We visited under section 17 of the Children Act.')).toEqual(['acronym-s17']);
    expect(rulesOn('Jade came into care under section 20.')).toEqual(['acronym-s20']);
  });

  it('leaves the names of sexual offences alone, and still flags a child said to engage in sexual activity', () => {
    expect(rulesOn('He admitted causing or inciting a child to engage in sexual activity.')).toEqual([]);
    expect(rulesOn('He was jailed for inciting a 13-year-old girl to engage in sexual activity.')).toEqual([]);
    expect(rulesOn('He pleaded guilty to engaging in sexual activity in the presence of a child.')).toEqual([]);
    expect(rulesOn('She engaged in sexual activity with him.')).toEqual(['engaged-in-sexual-activity']);
  });
});

describe('adults’ sex work and card dealers are not a child’s exploitation', () => {
  it('leaves an adult sex worker and a casino dealer alone, and still flags a child marked as a prostitute or dealer', () => {
    expect(rulesOn('Mum said she was a female sex worker for ten years before she had Jade.')).toEqual([]);
    expect(rulesOn('The drop-in service supports sex workers aged 18 to 25.')).toEqual([]);
    expect(rulesOn('Uncle Ray was the youngest dealer at the casino when he started there.')).toEqual([]);
    // (and "a young runaway" is a label for the child too: vbdef33's runaway-child-label)
    expect(rulesOn('The officer’s report calls Kayla a young runaway prostitute.')).toEqual([
      'runaway-child-label',
      'child-marked-prostitute',
    ]);
    expect(rulesOn('The 2019 police review counted 40 prostitutes under 18 in the city.')).toEqual([
      'child-marked-prostitutes',
    ]);
    expect(rulesOn('Kyle was described in court as the youngest crack dealer in the county.')).toEqual([
      'youngest-dealer',
    ]);
  });
});

describe('nuisance words said of adults or of football are not a verdict on a child', () => {
  it('leaves football hooliganism and adults called hooligans alone, and still flags children called hooligans and troublemaking', () => {
    expect(rulesOn('Dad was banned from matches for football hooliganism in the 1990s.')).toEqual([]);
    expect(rulesOn('Mum said the men outside the pub were hooligans.')).toEqual([]);
    expect(rulesOn('The neighbour said the boys are hooligans and should be moved.')).toEqual([
      'nuisance-nouns-for-children',
    ]);
    expect(rulesOn('The school report says Kyle (14) has a history of troublemaking in the town centre.')).toEqual([
      'nuisance-conduct-noun',
    ]);
  });

  it('leaves a troubled time and a train off its rails alone, and still flags a label with an intensifier inside it', () => {
    expect(rulesOn('It was a very troubled time for the family.')).toEqual([]);
    expect(rulesOn('Mum said the train went completely off the rails near Crewe.')).toEqual([]);
    expect(rulesOn('He was clearly a very troubled child when he came into care.')).toEqual(['troubled-child-label']);
    expect(rulesOn('Since the summer Jade has gone completely off the rails.')).toEqual(['went-off-the-rails']);
  });
});

describe('an inspection’s legal basis and evidence put before a court are not service jargon (precision25)', () => {
  it('leaves Ofsted’s own Act alone, and still flags a Mental Health Act section given bare', () => {
    expect(
      rulesOn('These inspections are conducted under section 136 of the Education and Inspections Act 2006.'),
    ).toEqual([]);
    expect(rulesOn('Police detained him under section 136.')).toEqual(['legal-section-bare']);
  });

  it('leaves a record presented as evidence alone, and still flags how a child “presented”', () => {
    expect(rulesOn('The carer kept a record of what she said, which was presented as evidence to the court.')).toEqual(
      [],
    );
    expect(rulesOn('Jade presented as anxious and withdrawn.')).toEqual(['presenting-as']);
  });

  it('reads a list of the Council’s failures as the Council’s, and still flags a parent’s', () => {
    const council =
      'Mr B said the Council failed to offer him support as a care-experienced young man, failed to respond to his request and failed to consider his complaint.';
    expect(rulesOn(council).filter((rule) => rule === 'failed-to-engage')).toEqual([]);
    expect(rulesOn('The Council failed to send the letter and Mum failed to attend the meeting.')).toEqual([
      'failed-to-engage',
    ]);
    expect(
      rulesOn('Mum failed to attend the meeting, failed to respond to calls and failed to engage with the plan.'),
    ).toEqual(['failed-to-engage', 'failed-to-engage', 'failed-to-engage']);
  });
});

describe('the abbreviation check, when a host turns it on, leaves emphasis and well-known bodies alone', () => {
  const checking = createRuleLinter({ rules: { 'unexplained-abbreviation': 'info' } });
  const abbreviations = (text: string): string[] =>
    checking
      .lint(text)
      .filter((found) => found.ruleId === 'unexplained-abbreviation')
      .map((found) => found.actual);

  it('leaves an adverb in capitals and Acas alone, and still flags letters nobody spelled out', () => {
    expect(abbreviations('The claimant was FAIRLY dismissed for gross misconduct.')).toEqual([]);
    expect(abbreviations('The procedure followed ACAS guidelines.')).toEqual([]);
    expect(abbreviations('The SWET was sent to the family.')).toEqual(['SWET']);
  });
});
