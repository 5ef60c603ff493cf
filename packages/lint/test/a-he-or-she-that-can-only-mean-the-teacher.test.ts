import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on.ts';

// A subject pronoun whose gender fits only the role stands for the role (the lead's answer 2 to vbdef41): "the male
// teacher said he had a relationship with her" is the teacher's relationship, flagged; where the pronoun could be the
// child or someone else named before, it stays unread.

const trusted = 'relationship-with-adult-in-trust';

describe('a teacher or coach told as "he" or "she" said to have a relationship with a child is flagged', () => {
  it('flags "he" after a male teacher, coach or tutor, and "she" after a female teacher or a headmistress', () => {
    expect(rulesOn('The male teacher said he had a relationship with her.')).toContain(trusted);
    expect(rulesOn('Her football coach, a man in his forties, said he had a relationship with her.')).toContain(
      trusted,
    );
    expect(rulesOn('Her male tutor later admitted that he had had a secret relationship with her.')).toContain(trusted);
    expect(rulesOn('The female teacher said she had a relationship with him.')).toContain(trusted);
    expect(rulesOn('The headmistress admitted she had a relationship with him.')).toContain(trusted);
  });

  it('leaves the pronoun unread where the role has no gender, the gender differs, or someone else could be meant', () => {
    expect(rulesOn('The teacher said he had a relationship with her.')).not.toContain(trusted);
    expect(rulesOn('She told the male teacher that she had a relationship with him.')).not.toContain(trusted);
    expect(rulesOn('She told the female teacher that she had a relationship with him.')).not.toContain(trusted);
    expect(rulesOn('Jake said his coach, a man in his forties, said he had a relationship with him.')).not.toContain(
      trusted,
    );
    expect(rulesOn('The male teacher told her mother he had a relationship with her.')).not.toContain(trusted);
    expect(rulesOn('The male teacher said he had a good relationship with her.')).not.toContain(trusted);
  });
});
