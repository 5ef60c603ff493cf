import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on.ts';

// precision41: the adults named in general before "who", doing it to children named after "with" by a pronoun, are the
// ones the words describe (dev-language-53a). Invented sentences.

describe('adults in general who engage in sexual activity with children are not read as the child engaging', () => {
  it('leaves the law’s account of what adults do alone', () => {
    expect(
      rulesOn('Children under 13 cannot consent, so those who engage in sexual activity with them commit an offence.'),
    ).not.toContain('engaged-in-sexual-activity');
    expect(rulesOn('Men who engage in sexual activity with her will be arrested.')).not.toContain(
      'engaged-in-sexual-activity',
    );
  });
  it('still flags the child or young people told as engaging', () => {
    expect(rulesOn('Girls who engage in sexual activity with them are at risk.')).toContain(
      'engaged-in-sexual-activity',
    );
    expect(rulesOn('Jade (14) engaged in sexual activity with him.')).toContain('engaged-in-sexual-activity');
  });
});
