import { describe, expect, it } from 'vitest';
import { createLinter, lint } from '@casenote/lint';
import { withTeam } from './team-pack.ts';

describe('suggestions and acronyms', () => {
  const linter = createLinter(withTeam());
  const team = (text: string) => linter.lint(text).filter((diagnostic) => diagnostic.ruleId.startsWith('team-'));

  it('keep the capitalisation of the words they replace', () => {
    // (after "is", where "in danger" keeps a verb before it: fixes39 holds back a phrase with no verb for a verb with no
    // "be" before it, "Playing with fire was mentioned" → not "In danger was mentioned"; the capital opening a sentence
    // is pinned by the acronym below)
    expect(team('She is PLAYING WITH FIRE.')[0]?.suggestions).toEqual(['IN DANGER']);
    expect(team('The WTT met.')[0]?.suggestions).toEqual(['team meeting']);
    // a bare acronym opening the sentence takes "the", with the capital
    expect(team('WTT met.')[0]?.suggestions).toEqual(['The team meeting']);
  });

  it('say an acronym in longer flagged words is contained in them, not that the words are one', () => {
    const found = lint('The LAC review was moved. Jade is LAC.', { analysis: false });
    const messages = Object.fromEntries(found.map((finding) => [finding.actual, finding.message]));
    expect(messages['LAC review']).toBe('‘LAC review’ contains an acronym a child or family may not know');
    expect(messages.LAC).toBe('‘LAC’ is an acronym a child or family may not know');
  });

  it('lower an acronym spelled out earlier in the note to a hint, once explained', () => {
    const text = 'The WTT met. Our weekly team talk (WTT) is on Monday. After the WTT I rang you.';
    expect(team(text).map((d) => `${d.actual}:${d.severity}`)).toEqual(['WTT:info', 'WTT:hint', 'WTT:hint']);
    expect(team(text)[1]?.message).toBe('‘WTT’ was spelled out earlier; the plain words may still be clearer');
  });

  it('lower an acronym spelled out in brackets right after it to a hint, and say so', () => {
    const found = team('We met at the WTT (weekly team talk) on Monday. The WTT (see minutes) ran late.');
    expect(found.map((d) => `${d.actual}:${d.severity}`)).toEqual(['WTT:hint', 'WTT:hint']);
    expect(found[0]?.message).toBe('‘WTT’ is spelled out beside it; the plain words may still be clearer');
    // the second is explained by the first, not by the bracket after it
    expect(found[1]?.message).toBe('‘WTT’ was spelled out earlier; the plain words may still be clearer');
    expect(team('The WTT (see minutes) ran late.').map((d) => d.severity)).toEqual(['info']);
  });

  it('leave alone an acronym whose long form is a plain name, spelled out beside it', () => {
    const acronyms = (text: string) =>
      lint(text, { analysis: false })
        .filter((finding) => finding.ruleId.startsWith('acronym-'))
        .map((finding) => `${finding.actual}:${finding.severity}`);
    // a diagnosis, an ordinary phrase, a national body: in brackets after their words or with them after
    expect(acronyms('Paul has been diagnosed with Attention Deficit Hyperactivity Disorder (ADHD).')).toEqual([]);
    expect(acronyms('The police took NFA (no further action) after the interview.')).toEqual([]);
    expect(
      acronyms('The children’s guardian from Cafcass (Children and Family Court Advisory and Support Service) came.'),
    ).toEqual([]);
    // brought in that way, a later use in the same sentence is explained too
    expect(acronyms('She has a Learning Support Assistant (LSA), and the LSA sits with her.')).toEqual([]);
    // not beside it: still found
    expect(acronyms('The police took NFA after the interview.')).toEqual(['NFA:info']);
  });

  it('keep the hint on a service acronym spelled out beside it: the long form is jargon too', () => {
    const found = lint('The case went to the MARAC (Multi-Agency Risk Assessment Conference) in May.', {
      analysis: false,
    }).filter((finding) => finding.ruleId === 'acronym-marac');
    expect(found.map((finding) => `${finding.actual}:${finding.severity}`)).toEqual(['MARAC:hint']);
    expect(found[0]?.message).toBe('‘MARAC’ is spelled out beside it; the plain words may still be clearer');
    expect(
      lint('Mum signed the PLO (Public Law Outline) letter.', { analysis: false })
        .filter((finding) => finding.ruleId === 'acronym-plo')
        .map((finding) => finding.severity),
    ).toEqual(['hint']);
  });

  it('find an acronym in its possessive and leave the ’s for the plain words', () => {
    expect(team('The WTT’s notes were late.').map((d) => d.actual)).toEqual(['WTT']);
    expect(team("Kai's WTT's notes.").map((d) => d.actual)).toEqual(['WTT']);
    expect(team('Jade’s notes were late.')).toEqual([]);
  });
});
