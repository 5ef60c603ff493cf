import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on.ts';

// precision38: false alarms on real clean writing by kind (dev-clean-34a and the clean items of the older dev files): a
// label the sentence names as words, and trigger words in another sense. Invented sentences only; each has a twin the
// tool still flags.
describe('a label named as words is left alone', () => {
  it('leaves labels the sentence calls terms or words, and still flags a family or child described by them', () => {
    expect(rulesOn('‘Hard to reach’ is terminology that came from marketing.')).toEqual([]);
    expect(rulesOn('Feral and lazy are words I hear too often in staff rooms.')).toEqual([]);
    expect(rulesOn('Once the ‘hard to reach’ label sticks, services stop trying.')).toEqual([]);
    expect(rulesOn('The Smith family are hard to reach.')).toContain('hard-to-reach');
    expect(rulesOn('Tom is lazy at school.')).toContain('lazy');
  });

  it('leaves a term whose use or meaning the sentence discusses, and still flags one only named', () => {
    expect(rulesOn('The term ‘disguised compliance’ is widely used by professionals.')).toEqual([]);
    expect(rulesOn('I cringe at the word non-compliant.')).toEqual([]);
    expect(rulesOn('Mum showed disguised compliance at the visit.')).toContain('disguised-compliance');
    expect(rulesOn('Dad was non-compliant at the meeting.')).toContain('non-compliant');
    expect(rulesOn('The term ‘attention seeker’ is whispered in staff rooms.')).toContain('attention-seeking');
  });

  it('leaves a quoted label the sentence opens with and defines, or a term tossed around, and still flags a child so called', () => {
    expect(rulesOn('“Feral” generally means wild or untamed.')).toEqual([]);
    expect(rulesOn('Some staff toss around the term feral far too easily.')).toEqual([]);
    expect(rulesOn('“Feral” is what the carer called Jade.')).toContain('feral');
  });
});

describe('trigger words in another sense are left alone', () => {
  it('leaves what an adult did with a child, and still flags a child said to have engaged in sexual activity', () => {
    expect(rulesOn('The coach engaged in sexual activity with a 14-year-old girl.')).toEqual([]);
    expect(rulesOn('It is a crime for an adult to engage in sexual intercourse with a minor.')).toEqual([]);
    expect(rulesOn('Jade engaged in sexual activity with older boys.')).toContain('engaged-in-sexual-activity');
  });

  it('leaves a chaotic experience or ward, and still flags a chaotic home', () => {
    expect(rulesOn('The open day was a chaotic experience for everyone.')).toEqual([]);
    expect(rulesOn('The wards seemed chaotic during the strike.')).toEqual([]);
    expect(rulesOn('Volunteers try to make the world less chaotic for refugees.')).toEqual([]);
    expect(rulesOn('The home was chaotic when I visited.')).toContain('chaotic');
  });

  it('leaves people leaving a country under a scheme, and still flags a child said to have gone willingly', () => {
    expect(rulesOn('The scheme pays people to voluntarily leave the UK.')).toEqual([]);
    expect(rulesOn('She voluntarily went with the men.')).toContain('voluntarily-went');
  });
});
