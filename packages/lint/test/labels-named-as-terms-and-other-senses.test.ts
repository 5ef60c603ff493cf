import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on.ts';

// precision38: false alarms on real clean writing by kind (dev-clean-34a and the clean items of the older dev files):
// trigger words in another sense. Invented sentences only; each has a twin the tool still flags.
// The lead's trace (thirty-third session): leaving a label named as words alone lost three blind-labelled finds in
// the sealed sets (a term named in quotation marks is still the term the reader meets), and lowered no sealed false
// alarm; it was taken out and these pin that such sentences stay flagged.
describe('a label named as words is still flagged', () => {
  it('flags a label the sentence calls a term, as it flags one said of a family', () => {
    expect(rulesOn('‘Hard to reach’ is terminology that came from marketing.')).toContain('hard-to-reach');
    expect(rulesOn('The term ‘disguised compliance’ is widely used by professionals.')).toContain(
      'disguised-compliance',
    );
    expect(rulesOn('The Smith family are hard to reach.')).toContain('hard-to-reach');
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
