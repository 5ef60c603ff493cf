import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on.ts';

// vbdef42b (issue 9; the lead's answer to fixes42, thirty-seventh session): a sentence that criticises treating
// exploited children as criminals is not itself victim-blaming. The criticism is told by the sentence's own words; a
// sentence that treats a child as a criminal with none of them is still flagged.

describe('a sentence criticising that children are treated as criminals is not flagged as treating them so', () => {
  it('leaves “treated as criminals themselves” alone (the one-click fix turned the complaint round)', () => {
    expect(rulesOn('Far too often, these young people are treated as criminals themselves.')).not.toContain(
      'treated-as-criminal',
    );
  });

  it('leaves a treatment set against the victims they are, or against being protected, alone', () => {
    expect(rulesOn('They are treated as drug dealers rather than the victims of exploitation.')).not.toContain(
      'treated-as-criminal',
    );
    expect(rulesOn('She was treated as a criminal instead of being protected.')).not.toContain('treated-as-criminal');
  });

  it('leaves a treatment called wrong, or one they should not be given, alone', () => {
    expect(rulesOn('Children who are exploited are wrongly seen as offenders.')).not.toContain('treated-as-criminal');
    expect(rulesOn('Exploited children should not be treated as criminals.')).not.toContain('treated-as-criminal');
  });

  it('still flags a child treated or seen as a criminal with no word of criticism', () => {
    expect(rulesOn('Both girls were treated as offenders by the police.')).toContain('treated-as-criminal');
    expect(rulesOn('They should be treated as criminals.')).toContain('treated-as-criminal');
    expect(rulesOn('He was treated as an offender.')).toContain('treated-as-criminal');
  });
});
