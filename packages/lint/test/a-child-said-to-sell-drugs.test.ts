import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on.ts';

// A child said to sell drugs is flagged where the one selling is the child and the sentence does not name who made the
// child sell (the lead's answer to vbdef39's second question): "sells cannabis", "sold heroin", "selling crack" of a child
// the note describes, and children told as sellers ("kids selling drugs", "teens who sell dope").

describe('a child said to sell drugs is flagged', () => {
  it('flags a child the note describes said to sell, sell on or have sold drugs', () => {
    expect(rulesOn('Jade, 15, sells cannabis at school.')).toContain('child-sells-drugs');
    expect(rulesOn('Frog, 13, says he rakes in $200 a week selling crack.')).toContain('child-sells-drugs');
    expect(rulesOn('Kids selling drugs is a sign of exploitation.')).toContain('teens-who-sell-drugs');
    expect(rulesOn('Hundreds of Teens Who Sell Dope')).toContain('teens-who-sell-drugs');
  });

  it('leaves an adult selling, and a child the sentence says someone made sell, alone', () => {
    expect(rulesOn('The man, 40, sold drugs from the flat.')).not.toContain('child-sells-drugs');
    expect(rulesOn('Jade, 15, was forced to sell drugs.')).not.toContain('child-sells-drugs');
    expect(rulesOn('Jade, 15, sold heroin for an older man.')).not.toContain('child-sells-drugs');
    expect(rulesOn('Dean made him sell drugs.')).not.toContain('child-sells-drugs');
  });
});
