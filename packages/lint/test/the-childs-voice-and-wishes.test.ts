import { describe, expect, it } from 'vitest';
import { analyseNote } from '@casenote/lint';

const jade = { child: { name: 'Jade', pronouns: 'she' as const } };

describe('the child’s voice', () => {
  it('counts the child’s own words, quoted or reported, and not adults’ words about the child', () => {
    const voice = (text: string) => analyseNote(text, jade).sentences.map((sentence) => sentence.voice);
    expect(voice('Jade told me she wants to stay with Nan.')).toEqual(['child']);
    expect(voice('“I like my new room,” said Jade.')).toEqual(['child']);
    expect(voice('Jade drew a picture of her house.')).toEqual(['child']);
    expect(voice('Jade enjoys swimming with Nan.')).toEqual(['none']);
    expect(voice('You showed me your drawings.')).toEqual(['child']);
    expect(voice('Mum said Jade is doing well at school.')).toEqual(['other']);
    expect(voice('The teacher told me “Jade is a joy to teach”.')).toEqual(['other']);
    expect(voice('If you would like to, you can tell your IRO what you think.')).toEqual(['none']);
  });
  it('counts a parent’s claim about the child’s wishes as the parent’s words, and “Jade was told” as nobody’s voice from Jade', () => {
    const voice = (text: string) => analyseNote(text, jade).sentences.map((sentence) => sentence.voice);
    expect(voice('Both parents were claiming that Jade wanted to live with them.')).toEqual(['other']);
    expect(voice('Jade was told the meeting had moved.')).toEqual(['none']);
    expect(voice('I asked Jade where she lives and she said “near a beach”.')).toEqual(['child']);
    expect(voice('Your child’s views should be heard at the conference.')).toEqual(['none']);
  });

  it('counts what a group of children described or explained as children’s voice', () => {
    const voice = (text: string) => analyseNote(text).sentences.map((sentence) => sentence.voice);
    expect(voice('Several children in care explain that the moves damaged their mental health.')).toEqual(['child']);
    expect(voice('Children and young adults describe how the care system treated them.')).toEqual(['child']);
    expect(voice('Children in care are sometimes called looked after children.')).toEqual(['none']);
  });

  it('counts words the child testified, replied or screamed, and a care leaver’s own account', () => {
    const voice = (text: string) => analyseNote(text, jade).sentences.map((sentence) => sentence.voice);
    expect(voice('Jade testified she loved her mother but wanted to live with her father.')).toEqual(['child']);
    expect(voice('She still replies “fine” when asked about home.')).toEqual(['child']);
    expect(voice('Jade screamed “no!” at the door.')).toEqual(['child']);
    expect(
      analyseNote('I was very lucky. I had the same social worker, Marie, for my 14 years in care.').summary.childVoice,
    ).toBe(true);
  });
});

describe('the child’s wishes and feelings, reported without quotation marks', () => {
  const voice = (text: string, context: Parameters<typeof analyseNote>[1] = jade) =>
    analyseNote(text, context).sentences.map((sentence) => sentence.voice);

  it('counts a wish and what the child made or disclosed as the child’s voice', () => {
    expect(voice('Jade would like to live with her nan.')).toEqual(['child']);
    expect(voice('She is looking forward to the school trip.')).toEqual(['child']);
    expect(voice('Jade has written a letter to the judge.')).toEqual(['child']);
    expect(voice('According to Jade, her stepdad shouts a lot.')).toEqual(['child']);
    expect(voice('Jade disclosed that her stepdad had hit her.')).toEqual(['child']);
    expect(voice('The girl’s desire to leave care was clear to everyone.')).toEqual(['child']);
  });

  it('finds the child’s words later in the sentence, and a speaker named before a colon', () => {
    expect(voice('Jade was interested in drama and asked if she could join the club.')).toEqual(['child']);
    expect(voice('She is starting a new school and tells me she is excited.')).toEqual(['child']);
    expect(voice('Jade: “What do you care?”')).toEqual(['child']);
    expect(voice('“At first it was all right,” Jade adds.')).toEqual(['child']);
  });

  it('does not count a hoped-for feeling, a relative clause about children, or a letter the child is said to have had', () => {
    expect(voice('She hides her feelings until she feels safe with someone.')).toEqual(['none']);
    // a feeling the writer states is their description, as “Jade enjoys swimming” is
    expect(voice('Sam was excited about the trip.', { child: { name: 'Sam', pronouns: 'he' as const } })).toEqual([
      'none',
    ]);
    expect(voice('The order was made by District Judge Nisa in May.')).toEqual(['none']);
    expect(
      voice('The judge reviewed six children who were all in care and said of a letter: “Everyone should get one.”'),
    ).not.toContain('child');
    expect(voice('The letter one of the children had written was read out.')).toEqual(['none']);
  });

  it('keeps the child named beside “the child protection conference”, and not a professional beside “the child’s wishes”', () => {
    const named = (text: string) => analyseNote(text).child.name;
    expect(named('Jade was discussed at the child protection conference on Monday. Jade said she wants to stay.')).toBe(
      'Jade',
    );
    expect(
      named(
        "Working with the child's Guardian, Sandria told the court that the child was settled. Sandria called the expert.",
      ),
    ).not.toBe('Sandria');
  });

  it('takes “a young girl” the note is about as the child “she” stands for', () => {
    const analysis = analyseNote(
      'I visit a young girl who lives with grandparents while Mum is unwell. She tells me she likes her new school.',
    );
    expect(analysis.sentences.map((sentence) => sentence.voice)).toEqual(['none', 'child']);
  });
});
