import { describe, expect, it } from 'vitest';
import { rulesOn } from './rules-on.ts';

// deficit33: deficit labels the packs held in other shapes, written from the forty-eighth language dev set's tune half
// (packages/rules/data/deficit-kinds-32.yml and three widened rules); `chaotic` read by who it is said of is in
// labels-said-of-family.test.ts.
describe('deficit labels told in shapes the older rules did not read', () => {
  it('flags not engaging told with an adverb or after “but”, not engaging in play', () => {
    expect(rulesOn('Dad had therefore not engaged with the parenting course.')).toContain('not-engaged-told-around');
    expect(rulesOn('The father attended but not engaging.')).toContain('not-engaged-told-around');
    expect(rulesOn('Mum was tired but not engaging in play with the baby today.')).not.toContain(
      'not-engaged-told-around',
    );
  });

  it('flags a parent called useless or hopeless after a verb of being, not a tool', () => {
    expect(rulesOn('Her view was that the parents were a bit useless.')).toContain('parent-was-useless');
    expect(rulesOn('Dad is hopeless, the neighbour said.')).toContain('parent-was-useless');
    expect(rulesOn('The old printer was useless.')).toEqual([]);
  });

  it('flags a parent named by an addiction, alone or in a list of adjectives', () => {
    expect(rulesOn('The addicted mother missed the review.')).toContain('addicted-parent');
    expect(rulesOn('An addicted and unemployed father asked for contact.')).toContain('addicted-parent');
    expect(rulesOn('Mum is addicted to her phone.')).toEqual([]);
  });

  it('flags a report that a child does not apply themselves, a little menace', () => {
    expect(rulesOn('His report says he doesn’t apply himself in maths.')).toContain('does-not-apply-self');
    expect(rulesOn('The neighbour called Kai a little menace.')).toContain('little-menace');
    expect(rulesOn('The rules do not apply to himself, he argued.')).toEqual([]);
  });

  it('flags suffering from muscular dystrophy, poorly behaved pupils, naughty students, a stepson from hell', () => {
    expect(rulesOn('Pupils suffering from muscular dystrophy need a lift.')).toContain(
      'suffering-from-muscular-dystrophy',
    );
    expect(rulesOn('The unit was set up for poorly behaved pupils.')).toContain('behaviour-verdict-before-child');
    expect(rulesOn('Tips for naughty students and their teachers.')).toContain('naughty');
    expect(rulesOn('She called him the stepson from hell.')).toContain('person-from-hell');
    expect(rulesOn('Anti-social young people gathered by the shops.')).toContain('child-villain-label');
    expect(rulesOn('The police dealt with anti-social behaviour by the shops.')).toEqual([]);
  });
});
