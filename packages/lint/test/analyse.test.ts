import { describe, expect, it } from 'vitest';
import { analyseNote, analyseNoteInSteps, createLinter, lint } from '@casenote/lint';

const visitAbout = 'SW visited Jade at home. Jade showed SW her drawings. Mum made tea. Jade said she likes school.';
const visitTo = 'I visited you at home. You showed me your drawings. Mum made tea. You told me “I like school”.';

describe('analyseNote', () => {
  it('classifies sentences and summarises the note', () => {
    const about = analyseNote(visitAbout, { child: { name: 'Jade', age: 9 } });
    expect(about.sentences.map((sentence) => sentence.kind)).toEqual([
      'about-child',
      'about-child',
      'neutral',
      'about-child',
    ]);
    expect(about.summary).toMatchObject({
      sentences: 4,
      toChild: 0,
      aboutChild: 3,
      neutral: 1,
      writtenToChildShare: 0,
      childVoice: true,
      missingChildren: [],
    });
    const to = analyseNote(visitTo, { child: { name: 'Jade', age: 9 } });
    expect(to.summary).toMatchObject({
      toChild: 3,
      aboutChild: 0,
      neutral: 1,
      writtenToChildShare: 1,
      childVoice: true,
    });
    expect(to.summary.readingAge).toBeGreaterThanOrEqual(5);
  });

  it('infers the child from the note when there is no context', () => {
    const analysis = analyseNote('I met Jade at school. Jade told me she is happy. Her teacher, Mrs Khan, agreed.');
    expect(analysis.child).toEqual({ name: 'Jade', inferred: true });
    // “Her teacher” is the child’s teacher: about the child too
    expect(analysis.summary.aboutChild).toBe(3);
  });

  it('does not take a person named beside “you” for the child in a note written to the child', () => {
    const analysis = analyseNote(
      'I visited you today. Ruth made you a hot chocolate. Ruth was worried about your cough.',
    );
    expect(analysis.child.name).toBeNull();
    expect(analysis.sentences.map((sentence) => sentence.kind)).toEqual(['to-child', 'to-child', 'to-child']);
    expect(analysis.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'about-child-sentence')).toEqual([]);
  });

  it('ends a sentence at an initial before a word that is never a surname, and keeps “Dr J. Brown” whole', () => {
    expect(analyseNote('Your birth mummy’s name is J. See her lovely smile in this photo!').summary.sentences).toBe(2);
    expect(analyseNote('Jade lives with her brother K. He is 12.').summary.sentences).toBe(2);
    expect(analyseNote('Dr J. Brown saw you today.').summary.sentences).toBe(1);
  });

  it('returns null for the share when no sentence is to or about the child', () => {
    expect(analyseNote('The meeting was at 10am. Mum made tea.').summary.writtenToChildShare).toBeNull();
  });

  it('gives “I” to consider (not a one-click fix) for professional third-person self-reference', () => {
    const diagnostics = analyseNote('The social worker visited Jade. Jade told the worker about school.', {
      child: { name: 'Jade' },
    }).diagnostics;
    expect(
      diagnostics
        .filter((diagnostic) => diagnostic.ruleId === 'professional-self-reference')
        .map((diagnostic) => [diagnostic.actual, diagnostic.suggestions, diagnostic.consider]),
    ).toEqual([
      ['The social worker', [], ['I']],
      ['the worker', [], ['me']],
    ]);
  });

  it('offers safe rewrites on about-child sentences, and none where unsure', () => {
    const { diagnostics } = analyseNote(visitAbout, { child: { name: 'Jade', age: 9, pronouns: 'she' } });
    const hints = diagnostics.filter((diagnostic) => diagnostic.ruleId === 'about-child-sentence');
    expect(hints.map((hint) => [hint.actual, hint.suggestions])).toEqual([
      ['SW visited Jade', ['I visited you']],
      ['Jade showed SW her', ['You showed me your']],
      ['Jade said she likes', ['You said you like']],
    ]);
    const unsure = analyseNote("Jade's mum said she was tired.", {
      child: { name: 'Jade', pronouns: 'she' },
    }).diagnostics.find((d) => d.ruleId === 'about-child-sentence');
    expect(unsure?.suggestions).toEqual([]);
  });

  it('prompts once when the share is under the threshold, and the threshold is configurable', () => {
    const prompt = (threshold?: number) =>
      analyseNote(visitAbout, { child: { name: 'Jade' } }, { threshold }).diagnostics.filter(
        (d) => d.ruleId === 'written-to-child-share',
      );
    expect(prompt()).toHaveLength(1);
    expect(prompt()[0]).toMatchObject({
      scope: 'note',
      from: 0,
      to: 0,
      category: 'write-to-child',
      message: '0 of 3 sentences about Jade speak to them directly',
    });
    expect(prompt(0)).toHaveLength(0);
  });

  it('prompts when the child’s voice is not recorded', () => {
    const silent = analyseNote('I visited you at home. Mum made tea.', { child: { name: 'Jade' } });
    expect(silent.summary.childVoice).toBe(false);
    expect(silent.diagnostics.map((d) => d.ruleId)).toContain('child-voice-missing');
    for (const heard of [
      'You told me you miss Dad.',
      'In your words, school is “boring”.',
      'Jade said “I want to stay”.',
      'You drew me a picture of your room.',
    ]) {
      expect(analyseNote(heard, { child: { name: 'Jade' } }).summary.childVoice, heard).toBe(true);
    }
  });

  it('prompts for each household child the note does not mention', () => {
    const analysis = analyseNote('I visited you and Sam at home. Sam showed me his Lego.', {
      child: { name: 'Jade', age: 9 },
      household: [
        { name: 'Jade', age: 9 },
        { name: 'Sam', age: 6 },
        { name: 'Mohammed', age: 14, aliases: ['Mo'] },
        { name: 'Aisha', age: 2 },
      ],
    });
    expect(analysis.summary.missingChildren).toEqual(['Mohammed', 'Aisha']);
    expect(
      analysis.diagnostics.filter((d) => d.ruleId === 'household-child-not-mentioned').map((d) => d.message),
    ).toEqual(['This note does not mention Mohammed yet', 'This note does not mention Aisha yet']);
    expect(
      analyseNote('Mo was at football.', { household: [{ name: 'Mohammed', aliases: ['Mo'] }] }).summary
        .missingChildren,
    ).toEqual([]);
  });

  it('hints at to-child sentences that are too hard for the child’s age', () => {
    const hard =
      'You articulated considerable apprehension regarding the forthcoming intergenerational reunification arrangements.';
    const young = analyseNote(hard, { child: { name: 'Jade', age: 7 } }).diagnostics.filter(
      (d) => d.ruleId === 'hard-for-child',
    );
    expect(young).toHaveLength(1);
    expect(young[0]).toMatchObject({
      category: 'readability',
      message: 'This sentence may be hard for a 7-year-old to read',
    });
    expect(
      analyseNote('You told me that you like going to the park with Nan.', {
        child: { name: 'Jade', age: 7 },
      }).diagnostics.filter((d) => d.ruleId === 'hard-for-child'),
    ).toEqual([]);
  });
});

describe('the analysis in lint results', () => {
  it('adds write-to-child findings to lint(), with context, and obeys severities', () => {
    const withContext = lint(visitAbout, { context: { child: { name: 'Jade' } } });
    expect(withContext.filter((d) => d.category === 'write-to-child').length).toBeGreaterThan(0);
    const off = createLinter({ categories: { 'write-to-child': 'off' }, context: { child: { name: 'Jade' } } }).lint(
      visitAbout,
    );
    expect(off.filter((d) => d.category === 'write-to-child')).toEqual([]);
    const ruleOff = createLinter({ rules: { 'child-voice-missing': 'warning', 'about-child-sentence': 'off' } }).lint(
      'SW visited Jade. Mum made tea.',
    );
    expect(ruleOff.find((d) => d.ruleId === 'child-voice-missing')?.severity).toBe('warning');
    expect(ruleOff.find((d) => d.ruleId === 'about-child-sentence')).toBeUndefined();
    expect(
      createLinter({ analysis: false })
        .lint(visitAbout)
        .filter((d) => d.category === 'write-to-child'),
    ).toEqual([]);
  });

  it('takes the determiner with the role: "The SW visited" → "I visited", "rang the SW" → "rang me"', () => {
    const self = (text: string) =>
      lint(text)
        .filter((d) => d.ruleId === 'professional-self-reference')
        .map((d) => [d.actual, d.consider]);
    expect(self('The SW visited Jade.')).toEqual([['The SW', ['I']]]);
    expect(self('Jade rang the SW on Monday.')).toEqual([['the SW', ['me']]]);
    // one finding for the words, not a second spelling out "SW" inside the first
    const our = lint('Our SW visited Jade.');
    expect(our.filter((d) => d.ruleId === 'professional-self-reference').map((d) => d.actual)).toEqual(['Our SW']);
    expect(our.filter((d) => d.category === 'jargon')).toEqual([]);
  });

  it('gives “I” rather than the spelled-out acronym when SW is the writer', () => {
    const sw = lint('SW visited Jade.').filter((d) => d.from === 0 && d.to === 2);
    expect(sw.map((d) => [d.ruleId, d.consider])).toEqual([['professional-self-reference', ['I']]]);
    expect(
      createLinter({ analysis: false })
        .lint('SW visited Jade.')
        .map((d) => d.category),
    ).toContain('jargon');
  });
});

describe('the analysis in steps (for an editor that must not hold the page up)', () => {
  it('pauses between sentences and ends with what analyseNote gives', () => {
    const note =
      'Jade was at home when I visited. She told me school is going well.\n\nYou showed me your drawings. Mum said you sleep well now.';
    const context = { child: { name: 'Jade', age: 9 } };
    const steps = analyseNoteInSteps(note, context);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses += 1;
    expect(pauses).toBeGreaterThanOrEqual(4);
    expect(step.value).toEqual(analyseNote(note, context));
  });
});
