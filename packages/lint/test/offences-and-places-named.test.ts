import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on.ts';

// precision35: words the engine read as a label of a child or family where the writing names something else: an
// offence as it is charged, counted or described (what an adult did), and places that are hard to reach (broadband
// to rural areas). Invented sentences.

describe('an offence named as it is charged or counted is not read as a child “engaging in sexual activity”', () => {
  it('leaves the offence alone when the person present is named as “a person under 16”', () => {
    expect(
      rulesOn('He was jailed for engaging in sexual activity in the presence of a person under 16.'),
    ).not.toContain('engaged-in-sexual-activity');
  });

  it('leaves the offence alone when the child is named with an age range', () => {
    expect(
      rulesOn('He faces one count of inciting a girl aged between 13 and 16 to engage in sexual activity.'),
    ).not.toContain('engaged-in-sexual-activity');
  });

  it('leaves the offence alone after an allegation, a charge or a count', () => {
    expect(rulesOn('The panel found the allegation of engaging in sexual activity with her proven.')).not.toContain(
      'engaged-in-sexual-activity',
    );
    expect(rulesOn('He denies two counts of engaging in sexual activity with her.')).not.toContain(
      'engaged-in-sexual-activity',
    );
  });

  it('leaves the offence alone after “charged with” or “convicted of”', () => {
    expect(rulesOn('The teacher was convicted of engaging in sexual activity with Mia when she was 15.')).not.toContain(
      'engaged-in-sexual-activity',
    );
  });

  it('still flags a child said to have engaged in sexual activity', () => {
    expect(rulesOn('Mia engaged in sexual activity with him at the flat.')).toContain('engaged-in-sexual-activity');
    expect(rulesOn('She had been engaging in sexual activity with him since she was 14.')).toContain(
      'engaged-in-sexual-activity',
    );
  });
});

describe('places that are hard to reach are not read as a family called “hard to reach”', () => {
  it('leaves hard-to-reach areas and villages alone', () => {
    expect(rulesOn('The scheme pays for fibre to rural, hard-to-reach areas.')).not.toContain('hard-to-reach');
    expect(rulesOn('The van now visits hard to reach villages on Tuesdays.')).not.toContain('hard-to-reach');
  });

  it('still flags a family called hard to reach', () => {
    expect(rulesOn('The family are hard to reach.')).toContain('hard-to-reach');
    expect(rulesOn('Mum has been hard to reach since March.')).toContain('hard-to-reach');
  });
});
