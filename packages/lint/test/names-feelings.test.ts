import { describe, expect, it } from 'vitest';
import { analyseNote } from '@casenote/lint';

const named = (text: string) => analyseNote(text).child.name;
const messages = (text: string, child?: string) =>
  analyseNote(text, child ? { child: { name: child } } : undefined)
    .diagnostics.map((diagnostic) => diagnostic.message)
    .join('\n');

describe('a feeling written with a capital is never the child', () => {
  it('does not name a pupil’s capitalised feelings as the child (“when Panic is around”, “let Anxiety turn into Panic”)', () => {
    // invented, in the manner of a pupil's own account on a school's page
    const account =
      'Last winter I had some bad Panic Attacks. The Panic would creep up on me at lunch. Everything felt grey when Panic was around. I try not to let Anxiety turn into Panic now.';
    expect(named(account)).toBeNull();
    expect(messages(account)).not.toMatch(/Panic|Anxiety|Attacks/);
  });

  it('does not name a feeling or a state opening a sentence (“Anger”, “Shame”, “Discipline”, “Angry”) as the child', () => {
    for (const note of [
      'Anger is something he finds hard to manage. Anger makes him shout.',
      'Shame stops him from asking for help. Shame is hard to talk about.',
      'Discipline can make him more upset. Discipline should be calm.',
      'Angry and tired, he went to his room. Angry again, he shouted at his sister.',
    ]) {
      expect(named(note)).toBeNull();
      expect(messages(note)).not.toMatch(/Anger|Shame|Discipline|Angry/);
    }
  });

  it('keeps a given name that is also a feeling as a person’s (“Hope told me…”, “Joy, 9,”, “Hope was happy at school”)', () => {
    expect(named('Hope told me she likes her new school. Hope said the teachers are kind.')).toBe('Hope');
    expect(named('Joy, 9, wants to see her brother more often. Joy drew a picture of him.')).toBe('Joy');
    expect(named('Grace was quiet at first and then showed me her room. Grace is settled.')).toBe('Grace');
    expect(named('Grace Allen is an eight-year-old girl. Grace is staying with her grandmother.')).toBe('Grace');
    expect(named('Hope is a 12-year-old girl who lives with her aunt. Hope likes drawing.')).toBe('Hope');
    // a person doing something, with no sign beyond it
    expect(analyseNote('Hope was happy at school today.').sentences[0]?.kind).toBe('about-child');
    expect(analyseNote('Grace went to the meeting on Tuesday.').sentences[0]?.kind).toBe('about-child');
    // inside a sentence a capital is a name
    expect(named('I visited Hope at home today. I asked Hope about school.')).toBe('Hope');
  });

  it('does not take “Hope” or “Grace” for a person when the sentence reads them as words (“Hope is what keeps us going”)', () => {
    const note =
      'Hope is what keeps the family going. Hope matters to every child. Grace under pressure is not something we should expect of a child.';
    expect(named(note)).toBeNull();
    expect(messages(note)).not.toMatch(/Hope|Grace/);
  });

  it('lets the host’s context name a child “Hope” whatever the sentence', () => {
    expect(analyseNote('Hope is happy at school.', { child: { name: 'Hope' } }).child.name).toBe('Hope');
  });
});

describe('homes, places, exams and a court role are never the child', () => {
  const said = (text: string) =>
    analyseNote(text)
      .diagnostics.map((diagnostic) => diagnostic.message)
      .join('\n');

  it('does not take a place or a home’s name (“Rhode Island”, “Clare Lodge”) for the child', () => {
    const note = 'He wanted to relocate to Rhode Island and live with his father. He said Rhode Island felt like home.';
    expect(named(note)).toBeNull();
    expect(said(note)).not.toMatch(/Rhode|Island/);
    const home =
      'The girls living at Clare Lodge are cared for by staff. The girls who come to Clare Lodge have often faced difficulties.';
    expect(said(home)).not.toMatch(/Lodge/);
  });

  it('does not take an exam (“Sats”), a court role (“Guardian Ad Litem”) or “Twice” for the child', () => {
    const exams = 'He received high Sats results at the age of 10. His Sats were the best in the school.';
    expect(named(exams)).toBeNull();
    expect(said(exams)).not.toMatch(/Sats/);
    expect(
      said('The court met the child and his Guardian Ad Litem. The Guardian Ad Litem said he was settled.'),
    ).not.toMatch(/Litem/);
    expect(said('Twice the council turned down the school we found. Twice they said no.')).not.toMatch(/Twice/);
  });
});
