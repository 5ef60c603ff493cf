import { describe, expect, it } from 'vitest';
import { createLinter, type LintOptions, type RuleEntry } from '@casenote/lint';

// deficit33: deficit labels the packs held in other shapes, written from the forty-eighth language dev set's tune half
// (packages/rules/data/deficit-kinds-32.yml and three widened rules), and `chaotic` read by who it is said of.
const linter = createLinter({ analysis: false });
const rulesOn = (text: string): string[] => linter.lint(text).map((found) => found.ruleId);
// The built-in `hostile` and `chaotic` keep their exception lists for now (the lead, round 33: on the sealed sets the
// condition lost one finding on each). The condition is pinned here as a host's pack uses it, on two words no
// built-in rule reads ("frosty" for "hostile", "haphazard" for "chaotic"), so the sentences read as the built-in
// rules' would under it.
const shared = {
  category: 'deficit',
  family: 'deficit-label',
  severity: 'warning',
  explanation: 'A label for a person records a judgement; say what they said or did.',
  sources: ['https://westcheshirechildrenstrust.co.uk/our-way-of-working/our-shared-language'],
  when: { described: 'family' },
  otherwise: { severity: 'info', unknown: ['described'] },
} as const;
const familyPack = [
  { ...shared, id: 'team-hostile', patterns: ['frosty', 'frostiness'], suggestions: ['angry'] },
  { ...shared, id: 'team-chaotic', patterns: ['haphazard'], suggestions: ['unsettled'] },
] as unknown as RuleEntry[];
const familyLinter = (options: LintOptions = {}) =>
  createLinter({ ...options, analysis: false, extraRules: [{ name: 'family-pack.yml', rules: familyPack }] });
const asBuiltIn = (id: string): string => id.replace(/^team-(hostile|chaotic)$/, '$1');
const chaoticOn = (text: string): string[] =>
  familyLinter()
    .lint(text)
    .map((found) => asBuiltIn(found.ruleId));

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

describe('“chaotic” is flagged when said of a family or its home, left alone when said of a service', () => {
  it('flags a home or a parent a worker describes as chaotic, and leaves a worker, a school or a council', () => {
    expect(chaoticOn('The health visitor described the flat as haphazard.')).toEqual(['chaotic']);
    expect(chaoticOn('The nurse said the house was haphazard on Monday.')).toEqual(['chaotic']);
    expect(chaoticOn('The judge said the woman led a haphazard life.')).toEqual(['chaotic']);
    expect(chaoticOn('The mother is haphazard with money.')).toEqual(['chaotic']);
    expect(chaoticOn('The worker’s diary was haphazard that week.')).toEqual([]);
    expect(chaoticOn('The council’s handling of the case was haphazard.')).toEqual([]);
    expect(chaoticOn('The school’s response was haphazard.')).toEqual([]);
  });
});
