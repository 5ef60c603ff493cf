import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on.ts';

// A bare "relationship with her|him" is flagged where the one having it is a teacher, coach, tutor or priest (the lead's
// answer 1 to vbdef40b: an adult in a position of trust as subject, a rule of its own); a carer's, worker's or relative's
// relationship, a relationship of care or rapport, and one with the child's family are left alone.

describe('an adult in a position of trust said to have a relationship with a child is flagged', () => {
  it('flags a teacher, coach, tutor or priest said to have, begin or keep secret a relationship with her or him', () => {
    expect(rulesOn('The teacher had a relationship with her for two years.')).toContain(
      'relationship-with-adult-in-trust',
    );
    expect(rulesOn('Her tutor, who was 34 at the time, began a secret relationship with him.')).toContain(
      'relationship-with-adult-in-trust',
    );
    expect(rulesOn('The coach, 41, had a close relationship with him.')).toContain('relationship-with-adult-in-trust');
    expect(rulesOn("The priest's relationship with her lasted a year.")).toContain('relationship-with-adult-in-trust');
  });

  it('leaves anyone else, a relationship of care or rapport, and a relationship with her family alone', () => {
    const trusted = 'relationship-with-adult-in-trust';
    expect(rulesOn('Her foster carer has a relationship with him.')).not.toContain(trusted);
    expect(rulesOn('She told the teacher that she had a relationship with him.')).not.toContain(trusted);
    expect(rulesOn('The teacher has a good relationship with her.')).not.toContain(trusted);
    expect(rulesOn('Her teacher has built a relationship with him and he now attends.')).not.toContain(trusted);
    expect(rulesOn('The teacher had a relationship with her parents.')).not.toContain(trusted);
  });
});
