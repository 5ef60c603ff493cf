import { describe, expect, it } from 'vitest';
import { createLinter } from '@casenote/lint';
import { fixedWith } from './fixed-by.ts';

// Fixes a reader found saying something the writer did not mean (test/corpus/fix-reading/fix-reading-14.yml):
// the finding stays, the fix that changes the meaning is not offered.
const linter = createLinter();

const fixed = fixedWith(linter);

describe('a fix for one parent keeps who that parent is', () => {
  it('offers "Mum" for a birth mother, never "Dad", "parents" or "family"', () => {
    expect(
      fixed('I visited you today. Across a picture of his birth mum, the word Mummy was written.', 'birth-family'),
    ).toEqual(['I visited you today. Across a picture of his Mum, the word Mummy was written.']);
    expect(fixed('I visited you today. He has started tracing his birth father.', 'birth-family')).toEqual([
      'I visited you today. He has started tracing his Dad.',
    ]);
  });

  it('still offers every suggestion for birth parents or a birth family', () => {
    expect(fixed('It explains why you could not stay with your birth family.', 'birth-family')).toHaveLength(4);
  });
});

describe('a place is not offered for an event', () => {
  it('offers no "home" for a placement that starts or is for adoption', () => {
    expect(
      fixed('Tell us straight away if the placement has already started.', 'placement').filter((fix) =>
        /home/.test(fix),
      ),
    ).toEqual([]);
    expect(
      fixed('It covers the time up to their placement for adoption.', 'placement').filter((fix) => /home/.test(fix)),
    ).toEqual([]);
  });

  it('still offers a home for the place a child lives', () => {
    expect(fixed('I would always find myself moved to a new placement.', 'placement')).toContain(
      'I would always find myself moved to a new home.',
    );
  });
});

// Kinds a reader found broken on fresh sentences (test/corpus/fix-reading/fix-reading-17.yml): the finding and
// its card stay; a fix that reads wrong in that sense is not offered.
describe('a placement that is an event, an offer or a carer’s is not made a home', () => {
  it('offers no home or family for a placement in time, going ahead, taken or received', () => {
    const homes = (text: string, rule = 'placement') => fixed(text, rule).filter((fix) => /home|family/.test(fix));
    expect(homes('During her foster placement in the 1970s she was assaulted.', 'foster-placement')).toEqual([]);
    expect(homes('The panel recommended that the placement should go ahead.')).toEqual([]);
    expect(homes("Social services wouldn't allow me to take the placement.")).toEqual([]);
    expect(
      homes('When my mum was about to get her first foster placement, she was anxious.', 'foster-placement'),
    ).toEqual([]);
    expect(homes('It must be done within 5 days of a placement being made with you.')).toEqual([]);
    expect(homes("The Care Plan must be prepared prior to the child's first placement.")).toEqual([]);
    expect(
      homes('He was abandoned in hospital, and during a mother and baby placement.', 'parent-and-child-placement'),
    ).toEqual([]);
  });

  it('still offers a home for where the child lives', () => {
    expect(fixed('Sydney went missing from her placement in Lancashire.', 'placement')).toContain(
      'Sydney went missing from her home in Lancashire.',
    );
  });
});

describe('a name keeps its words', () => {
  it('offers no plain words inside the name of a panel, board or team', () => {
    expect(fixed('We thanked the Corporate Parenting Panel for its work.', 'corporate-parent')).toEqual([]);
    expect(fixed('He was supervised by the Young Offender Team.', 'criminal-labels-for-children')).toEqual([]);
    expect(fixed('Each child has a Permanence Plan by the second review.', 'permanence')).toEqual([]);
    expect(fixed('She will present the matter to the Edge of Care Panel.', 'edge-of-care')).toEqual([]);
  });

  it('still offers plain words for the same words outside a name', () => {
    // (corporate-parent has no one-click fix since fixes23: its words mostly name a role or a panel)
    expect(fixed('We met the Looked After Children Team on Monday.', 'looked-after-child')).toEqual([]);
    expect(fixed('Looked after children need stability.', 'looked-after-child')).not.toEqual([]);
  });
});

describe('a fix fits the words around it', () => {
  it('offers no word for one parent after "members of"', () => {
    expect(fixed('I visited you today. He is living with members of his birth family.', 'birth-family')).toEqual([
      'I visited you today. He is living with members of his family.',
    ]);
  });

  it('offers nothing naming "the child" before "for" and the person the words are about', () => {
    expect(fixed('Both parents have parental responsibility for him.', 'parental-responsibility')).toEqual([]);
    expect(fixed('You remain the person with parental responsibility.', 'parental-responsibility')).toEqual([
      'You remain the person with the legal right to make decisions about the child.',
    ]);
  });

  it('offers no clause among nouns, and no "decides" before words it would take as what is decided', () => {
    expect(fixed('She had unspecified behaviour issues and was bullied.', 'bad-behaviour')).toEqual([]);
    expect(fixed('Your report is presented to the fostering panel by your social worker.', 'adoption-panels')).toEqual(
      [],
    );
    expect(fixed('If the ADM decides the plan is adoption, the judge refuses.', 'acronym-adm')).not.toContain(
      'If the senior manager who decides the plan is adoption, the judge refuses.',
    );
  });

  it('offers no "sleepover" as a kind of care, and no bare "short break" where respite stood uncounted', () => {
    expect(fixed('We did a regular weekend respite care for a child.', 'respite')).toEqual([
      'We did a regular weekend short break care for a child.',
    ]);
    expect(fixed('There was fault in its handling of SEN provision, respite and complaints.', 'respite')).toEqual([]);
  });
});

describe('a fix keeps the number, the determiner and the voice of the words it replaces', () => {
  it('offers "brother or sister" for one sibling, never "brothers and sisters"', () => {
    expect(
      fixed(
        'I visited you today. Child G’s only sibling, who was 7, was made the subject of care proceedings.',
        'siblings',
      ),
    ).toEqual([
      'I visited you today. Child G’s only brother or sister, who was 7, was made the subject of care proceedings.',
    ]);
  });

  it('offers no second determiner after "whose", and nothing after "former"', () => {
    expect(fixed('Children whose Care Plan is adoption have a health plan.', 'care-plan')).not.toContain(
      'Children whose my plan is adoption have a health plan.',
    );
    expect(fixed('We heard of the passing of a former care leaver.', 'care-leaver')).toEqual([]);
  });

  it('keeps a passive passive: "had been exposed to" is not made "had been experienced"', () => {
    expect(fixed('She had been exposed to domestic violence.', 'witnessed-domestic-abuse')).toEqual([]);
    expect(fixed('She was exposed to domestic violence as a child.', 'witnessed-domestic-abuse')).toEqual([]);
    expect(fixed('He witnessed domestic abuse at home.', 'witnessed-domestic-abuse')).toContain(
      'He experienced domestic abuse at home.',
    );
  });

  it('shows the long gloss for private fostering as wording to consider, never as a button', () => {
    // (its fixes read right 3 times in 7 on the reading samples, seeds 13-24: a clause where a noun stands)
    const privately = linter
      .lint('If the council places a child, that is not private fostering.')
      .find((diagnostic) => diagnostic.ruleId === 'private-fostering');
    expect(privately?.suggestions).toEqual([]);
    expect(privately?.consider).toEqual(['living with a family friend or distant relative, arranged by the parents']);
  });

  it('offers no foster home for a placement with a staff team', () => {
    expect(
      fixed('Louisa is now in a long-term placement with a smaller staff team.', 'placement').filter((fix) =>
        /foster/.test(fix),
      ),
    ).toEqual([]);
  });
});
