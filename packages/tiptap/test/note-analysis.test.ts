import { analyseNote, type NoteAnalysis } from '@casenote/lint';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ABOUT_CHILD_CLASS,
  buildNoteText,
  caseNoteLintPluginKey,
  type CaseNoteAnalyser,
  groupCountedSentences,
} from '../src/index.ts';
import { destroyEditors, mountEditor, mountPlainEditor, positionOf } from './helpers.ts';

afterEach(destroyEditors);

/** The analysis waits for idle time, which a busy test machine may only give at its 1 s deadline. */
const eventually = (assertion: () => void) => vi.waitFor(assertion, { timeout: 15_000 });

const jade = { child: { name: 'Jade', age: 9, pronouns: 'she' as const } };
/** Three sentences about Jade, none to her; each has a safe rewrite. */
const aboutJade = '<p>I visited Jade at home today.</p><p>Jade showed me her drawings. SW visited Jade.</p>';

/** A spy around the real analysis. */
function spyAnalyser() {
  return {
    analyse: vi.fn((text: string, context, options) => analyseNote(text, context, options)),
  } satisfies CaseNoteAnalyser;
}

/** The analysis findings drawn in the editor, as `ruleId:text` (split spans joined by id). */
function drawn(editor: ReturnType<typeof mountEditor>, ruleIds: string[]): string[] {
  const byId = new Map<string, string>();
  for (const span of editor.view.dom.querySelectorAll<HTMLElement>('[data-diagnostic-id]')) {
    if (!ruleIds.includes(span.dataset.ruleId ?? '')) continue;
    const id = span.dataset.diagnosticId ?? '';
    byId.set(id, `${byId.get(id) ?? `${span.dataset.ruleId}:`}${span.textContent}`);
  }
  return [...byId.values()];
}

const sentenceTexts = (editor: ReturnType<typeof mountEditor>) =>
  editor.storage.caseNoteLint.analysis?.sentences.map((s) => `${s.kind}:${editor.state.doc.textBetween(s.from, s.to)}`);

describe('whole-note analysis', () => {
  it('analyses the whole note after a pause, with sentences mapped to document positions', async () => {
    const editor = mountEditor(aboutJade, { context: jade, analysisDelay: 10 });
    await eventually(() => expect(editor.storage.caseNoteLint.analysis).not.toBeNull());
    const analysis = editor.storage.caseNoteLint.analysis!;
    expect(analysis.summary).toMatchObject({ sentences: 3, toChild: 0, aboutChild: 3, writtenToChildShare: 0 });
    expect(analysis.child).toEqual({ name: 'Jade', inferred: false });
    expect(sentenceTexts(editor)).toEqual([
      'about-child:I visited Jade at home today.',
      'about-child:Jade showed me her drawings.',
      'about-child:SW visited Jade.',
    ]);
  });

  it('draws sentence-level findings like the others and keeps note-level prompts undrawn in noteDiagnostics', () => {
    const editor = mountEditor(aboutJade, { context: jade });
    editor.commands.lintNow();
    editor.commands.analyseNow();
    expect(drawn(editor, ['about-child-sentence', 'professional-self-reference']).sort()).toEqual([
      'about-child-sentence:Jade',
      'about-child-sentence:Jade showed me her',
      'about-child-sentence:SW visited Jade',
      'professional-self-reference:SW',
    ]);
    const rewrite = editor.storage.caseNoteLint.diagnostics.find((d) => d.actual === 'Jade showed me her')!;
    expect(rewrite).toMatchObject({
      ruleId: 'about-child-sentence',
      category: 'write-to-child',
      severity: 'hint',
      suggestions: ['You showed me your'],
    });
    expect(editor.state.doc.textBetween(rewrite.from, rewrite.to)).toBe('Jade showed me her');

    const notes = editor.storage.caseNoteLint.noteDiagnostics;
    expect(notes.map((d) => d.ruleId)).toEqual(['written-to-child-share']);
    expect(notes[0]).toMatchObject({
      scope: 'note',
      from: 0,
      to: 0,
      id: expect.stringMatching(/^cn-/),
      message: '0 of 3 sentences about Jade speak to her directly',
    });
    expect(editor.view.dom.querySelector('[data-rule-id="written-to-child-share"]')).toBeNull();
    expect(editor.storage.caseNoteLint.diagnostics.some((d) => d.scope === 'note')).toBe(false);
  });

  it('says of each sentence whom it addresses, whether it counted and why, and whose words it records', () => {
    const editor = mountEditor(
      '<p>I visited you at home today. You told me “I like my new school”. Mum said “she is doing well”.</p>' +
        '<p>Email to school nurse: could you see Jade on Monday? Thank you.</p>',
      { context: jade },
    );
    editor.commands.analyseNow();
    const read = () =>
      editor.storage.caseNoteLint.analysis?.sentences.map((s) => ({
        text: editor.state.doc.textBetween(s.from, s.to),
        kind: s.kind,
        addressee: s.addressee,
        counted: s.counted,
        voice: s.voice,
        speaker: s.speaker,
      }));
    // Every field as the engine gives it, at the sentence's document range.
    const noteText = buildNoteText(editor.state.doc).text;
    expect(read()).toEqual(
      analyseNote(noteText, jade).sentences.map((sentence) => ({
        text: noteText.slice(sentence.from, sentence.to),
        kind: sentence.kind,
        addressee: sentence.addressee,
        counted: sentence.kind !== 'neutral',
        voice: sentence.voice,
        speaker: sentence.speaker,
      })),
    );
    expect(read()?.map((s) => s.text)).toEqual([
      'I visited you at home today.',
      'You told me “I like my new school”.',
      'Mum said “she is doing well”.',
      'Email to school nurse: could you see Jade on Monday?',
      'Thank you.',
    ]);
    expect(read()?.[1]).toMatchObject({ kind: 'to-child', counted: true, voice: 'child', speaker: 'You' });
    expect(read()?.[2]).toMatchObject({ kind: 'neutral', counted: false, voice: 'other', speaker: 'Mum' });
    expect(read()?.[3]).toMatchObject({ kind: 'about-child', counted: true, addressee: 'other' });
    expect(read()?.[4]).toMatchObject({ kind: 'neutral', counted: false, addressee: 'other' });
    const sentences = editor.storage.caseNoteLint.analysis!.sentences;
    expect(sentences[1]?.reason).toBe('“you” here is Jade; records Jade’s own words or views');
    expect(sentences[2]?.reason).toMatch(/records Mum’s words, not Jade’s$/);

    const groups = groupCountedSentences(sentences);
    const indices = (list: Array<{ index: number }>) => list.map((sentence) => sentence.index);
    expect(indices(groups.toChild)).toEqual([0, 1]);
    expect(indices(groups.aboutChild)).toEqual([3]);
    expect(indices(groups.toSomeoneElse)).toEqual([4]);
    expect(indices(groups.childVoice)).toEqual([1]);

    // Typing before a sentence moves its range with it until the next analysis.
    editor.view.dispatch(editor.state.tr.insertText('Yesterday ', 1));
    expect(read()?.[1]?.text).toBe('You told me “I like my new school”.');
    expect(read()?.[4]?.text).toBe('Thank you.');
  });

  it('fills in what an older analyser leaves out from the kind and voice it gives', () => {
    const analyser: CaseNoteAnalyser = {
      analyse: (text, context, options) => {
        const analysis = analyseNote(text, context, options);
        const sentences = analysis.sentences.map(({ from, to, kind, childVoice }) => ({ from, to, kind, childVoice }));
        return { ...analysis, sentences } as unknown as NoteAnalysis;
      },
    };
    const editor = mountEditor('<p>I visited you. Jade told me she likes school. Mum made tea.</p>', {
      context: jade,
      analyser,
    });
    editor.commands.analyseNow();
    expect(
      editor.storage.caseNoteLint.analysis?.sentences.map(({ addressee, voice, speaker, counted, reason }) => [
        addressee,
        voice,
        speaker,
        counted,
        reason,
      ]),
    ).toEqual([
      ['child', 'none', null, true, ''],
      ['none', 'child', null, true, ''],
      ['none', 'none', null, false, ''],
    ]);
  });

  it('never analyses on the keystroke path: once, after the writer pauses', async () => {
    const analyser = spyAnalyser();
    const editor = mountEditor('<p>I visited Jade.</p><p>Mum was at home.</p>', {
      analyser,
      analysisDelay: 80,
      delay: 10,
    });
    await eventually(() => expect(analyser.analyse).toHaveBeenCalledTimes(1)); // the first analysis
    expect(analyser.analyse.mock.lastCall?.[0]).toBe('I visited Jade.\n\nMum was at home.');
    analyser.analyse.mockClear();

    const at = positionOf(editor, 'home') + 4;
    for (const [index, letter] of [...' today'].entries()) {
      editor.view.dispatch(editor.state.tr.insertText(letter, at + index));
      expect(analyser.analyse).not.toHaveBeenCalled();
    }
    await eventually(() => expect(analyser.analyse).toHaveBeenCalledTimes(1));
    expect(analyser.analyse.mock.lastCall?.[0]).toBe('I visited Jade.\n\nMum was at home today.');
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(analyser.analyse).toHaveBeenCalledTimes(1);
  });

  it('moves the share when a rewrite is applied, and back on undo', async () => {
    const editor = mountEditor(aboutJade, { context: jade, analysisDelay: 10 });
    editor.commands.lintNow();
    editor.commands.analyseNow();
    expect(editor.storage.caseNoteLint.analysis?.summary.writtenToChildShare).toBe(0);
    const rewrite = editor.storage.caseNoteLint.diagnostics.find((d) => d.actual === 'Jade showed me her')!;
    expect(editor.commands.applySuggestion(rewrite.id)).toBe(true);
    expect(editor.getText()).toContain('You showed me your drawings.');
    await eventually(() =>
      expect(editor.storage.caseNoteLint.analysis?.summary).toMatchObject({ toChild: 1, aboutChild: 2 }),
    );
    expect(editor.storage.caseNoteLint.analysis?.summary.writtenToChildShare).toBeCloseTo(1 / 3);
    expect(sentenceTexts(editor)?.[1]).toBe('to-child:You showed me your drawings.');

    editor.commands.undo();
    await eventually(() => expect(editor.storage.caseNoteLint.analysis?.summary.writtenToChildShare).toBe(0));
    expect(drawn(editor, ['about-child-sentence'])).toContain('about-child-sentence:Jade showed me her');
  });

  it('keeps the ids of findings that survive a re-analysis', () => {
    const editor = mountEditor(aboutJade, { context: jade, analysisDelay: 60_000 });
    editor.commands.analyseNow();
    const before = editor.storage.caseNoteLint.diagnostics.find((d) => d.actual === 'SW visited Jade')!;
    const share = editor.storage.caseNoteLint.noteDiagnostics[0]!;
    editor.commands.insertContentAt(1, 'Yesterday ');
    editor.commands.analyseNow();
    const after = editor.storage.caseNoteLint.diagnostics.find((d) => d.actual === 'SW visited Jade')!;
    expect(after).toMatchObject({ id: before.id, from: before.from + 10 });
    expect(editor.storage.caseNoteLint.noteDiagnostics[0]?.id).toBe(share.id);
  });

  it('drops an analysis made for an older document', async () => {
    const pending: Array<() => void> = [];
    const analyser: CaseNoteAnalyser = {
      analyse: (text, context, options) =>
        new Promise<NoteAnalysis>((resolve) => {
          pending.push(() => resolve(analyseNote(text, context, options)));
        }),
    };
    const editor = mountEditor(aboutJade, { context: jade, analyser, analysisDelay: 10 });
    await eventually(() => expect(pending).toHaveLength(1));
    editor.commands.insertContentAt(1, 'Today ');
    await eventually(() => expect(pending).toHaveLength(2));
    const landed = vi.fn();
    editor.on('transaction', ({ transaction }) => {
      if (transaction.getMeta(caseNoteLintPluginKey)?.type === 'analysis') landed();
    });
    pending[0]!();
    await eventually(() => expect(landed).toHaveBeenCalledTimes(1));
    expect(editor.storage.caseNoteLint.analysis).toBeNull(); // stale: not shown at the old positions
    pending[1]!();
    await eventually(() => expect(editor.storage.caseNoteLint.analysis).not.toBeNull());
    expect(sentenceTexts(editor)?.[0]).toBe('about-child:Today I visited Jade at home today.');
  });
});

describe('prompts', () => {
  it('prompts once for each household child the note does not mention, until it does', () => {
    const editor = mountEditor('<p>I visited you at home. You told me about your new school.</p>', {
      context: {
        child: { name: 'Jade', age: 9 },
        household: [{ name: 'Jade' }, { name: 'Sam', age: 6 }, { name: 'Leo', age: 3, aliases: ['Leon'] }],
      },
    });
    editor.commands.analyseNow();
    expect(editor.storage.caseNoteLint.noteDiagnostics.map((d) => d.message)).toEqual([
      'This note does not mention Sam yet',
      'This note does not mention Leo yet',
    ]);
    expect(editor.storage.caseNoteLint.analysis?.summary.missingChildren).toEqual(['Sam', 'Leo']);
    editor.commands.insertContentAt(editor.state.doc.content.size, '<p>Sam was at nursery and Leon was asleep.</p>');
    editor.commands.analyseNow();
    expect(editor.storage.caseNoteLint.noteDiagnostics).toEqual([]);
  });

  it('prompts when the note records none of the child’s own words, and not once it does', () => {
    const editor = mountEditor('<p>I visited you at home.</p>', { context: jade });
    editor.commands.analyseNow();
    const voice = editor.storage.caseNoteLint.noteDiagnostics.find((d) => d.ruleId === 'child-voice-missing');
    expect(voice).toMatchObject({
      severity: 'info',
      scope: 'note',
      message: 'This note does not yet record what Jade said, showed or feels',
    });
    expect(editor.storage.caseNoteLint.analysis?.summary.childVoice).toBe(false);
    editor.commands.insertContentAt(editor.state.doc.content.size, '<p>You told me you like your new school.</p>');
    editor.commands.analyseNow();
    expect(editor.storage.caseNoteLint.noteDiagnostics.map((d) => d.ruleId)).not.toContain('child-voice-missing');
    expect(editor.storage.caseNoteLint.analysis?.summary.childVoice).toBe(true);
  });

  it('ignoreDiagnostic dismisses a note-level prompt, and it stays dismissed', () => {
    const save = vi.fn();
    const editor = mountEditor('<p>I visited you at home.</p>', {
      context: { household: [{ name: 'Sam' }] },
      ignoreStore: { load: () => [], save },
    });
    editor.commands.analyseNow();
    const sam = editor.storage.caseNoteLint.noteDiagnostics.find((d) => d.ruleId === 'household-child-not-mentioned')!;
    expect(editor.commands.ignoreDiagnostic(sam.id)).toBe(true);
    expect(save).toHaveBeenLastCalledWith(['household-child-not-mentioned|note|sam']);
    expect(editor.storage.caseNoteLint.noteDiagnostics.map((d) => d.ruleId)).not.toContain(
      'household-child-not-mentioned',
    );
    editor.commands.insertContentAt(editor.state.doc.content.size, '<p>More.</p>');
    editor.commands.analyseNow();
    expect(editor.storage.caseNoteLint.noteDiagnostics.map((d) => d.ruleId)).not.toContain(
      'household-child-not-mentioned',
    );
  });
});

describe('context', () => {
  it('setNoteContext re-runs the analysis with the new child and household', () => {
    const analyser = spyAnalyser();
    // two sentences: a name said once in a one-sentence note is not yet taken for the child
    const editor = mountEditor('<p>I visited Sam at home. Sam showed me his bike.</p>', {
      analyser,
      analysisDelay: 60_000,
    });
    editor.commands.analyseNow();
    expect(editor.storage.caseNoteLint.analysis?.child).toEqual({ name: 'Sam', inferred: true });
    analyser.analyse.mockClear();

    const context = { child: { name: 'Jade', age: 9 }, household: [{ name: 'Jade' }, { name: 'Sam', age: 6 }] };
    expect(editor.commands.setNoteContext(context)).toBe(true);
    expect(analyser.analyse).toHaveBeenCalledTimes(1);
    expect(analyser.analyse.mock.lastCall?.[1]).toEqual(context);
    expect(editor.storage.caseNoteLint.analysis?.child).toEqual({ name: 'Jade', inferred: false });
    expect(editor.storage.caseNoteLint.lintOptions.context).toEqual(context);
    expect(editor.can().undo()).toBe(false);
  });

  it('with analysis: false, nothing is analysed and analyseNow is refused', async () => {
    const analyser = spyAnalyser();
    const editor = mountEditor(aboutJade, { analyser, analysis: false, analysisDelay: 10 });
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(editor.commands.analyseNow()).toBe(false);
    expect(analyser.analyse).not.toHaveBeenCalled();
    expect(editor.storage.caseNoteLint.analysis).toBeNull();
    expect(editor.storage.caseNoteLint.noteDiagnostics).toEqual([]);
  });

  it('honours category and rule severities, and turning them off', async () => {
    const editor = mountEditor(aboutJade, {
      context: jade,
      rules: { 'about-child-sentence': 'info' },
      analysisDelay: 60_000,
    });
    editor.commands.analyseNow();
    expect(editor.storage.caseNoteLint.diagnostics.find((d) => d.ruleId === 'about-child-sentence')?.severity).toBe(
      'info',
    );
    editor.commands.setCategorySeverity('write-to-child', 'off');
    await eventually(() => expect(editor.storage.caseNoteLint.noteDiagnostics).toEqual([]));
    // A rule's own severity wins over its category's, as in the engine.
    expect(
      editor.storage.caseNoteLint.diagnostics.filter((d) => d.category === 'write-to-child').map((d) => d.ruleId),
    ).toEqual(['about-child-sentence', 'about-child-sentence', 'about-child-sentence']);
    editor.commands.setRuleSeverity('about-child-sentence', 'off');
    await eventually(() =>
      expect(editor.storage.caseNoteLint.diagnostics.filter((d) => d.category === 'write-to-child')).toEqual([]),
    );
    // The figures stay: the meter does not depend on the hints being shown.
    expect(editor.storage.caseNoteLint.analysis?.summary.aboutChild).toBe(3);
  });
});

describe('about-child highlight', () => {
  it('is off by default; the command draws and removes it without touching the note or the history', () => {
    const content = '<p>Jade showed me her drawings. Mum made tea.</p><p>You told me about school.</p>';
    const editor = mountEditor(content, { context: jade });
    const plain = mountPlainEditor(content);
    editor.commands.analyseNow();
    expect(editor.storage.caseNoteLint.highlightAboutChild).toBe(false);
    expect(editor.view.dom.querySelector(`.${ABOUT_CHILD_CLASS}`)).toBeNull();

    expect(editor.commands.toggleAboutChildHighlight()).toBe(true);
    expect(editor.storage.caseNoteLint.highlightAboutChild).toBe(true);
    const highlighted = [...editor.view.dom.querySelectorAll(`.${ABOUT_CHILD_CLASS}`)]
      .map((node) => node.textContent)
      .join('');
    expect(highlighted).toBe('Jade showed me her drawings.');
    expect(editor.getHTML()).toBe(plain.getHTML());
    expect(editor.can().undo()).toBe(false);

    editor.commands.toggleAboutChildHighlight();
    expect(editor.view.dom.querySelector(`.${ABOUT_CHILD_CLASS}`)).toBeNull();
    editor.commands.toggleAboutChildHighlight(true);
    editor.commands.toggleAboutChildHighlight(true);
    expect(editor.storage.caseNoteLint.highlightAboutChild).toBe(true);
  });
});
