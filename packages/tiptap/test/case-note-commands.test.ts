import { afterEach, describe, expect, it, vi } from 'vitest';
import { destroyEditors, flagged, mountEditor, positionOf, testDiagnostics, testPack } from './helpers.ts';

afterEach(destroyEditors);

describe('navigation commands', () => {
  const content = '<p>A wibble, then frobnicated.</p><p>Last wibble.</p>';

  it('nextDiagnostic selects findings after the selection in order and wraps round', () => {
    const editor = mountEditor(content, { rules: {} });
    editor.commands.lintNow();
    const targets = testDiagnostics(editor);
    expect(targets).toHaveLength(3);
    editor.commands.setTextSelection(1);
    const visited: string[] = [];
    for (let step = 0; step < 4; step += 1) {
      expect(editor.commands.nextDiagnostic()).toBe(true);
      const { from, to } = editor.state.selection;
      visited.push(`${editor.state.doc.textBetween(from, to)}@${from}`);
    }
    const expected = targets.map((d) => `${d.actual}@${d.from}`);
    expect(visited).toEqual([...expected, expected[0]]);
  });

  it('previousDiagnostic goes backwards from the caret and wraps round to the last', () => {
    const editor = mountEditor(content);
    editor.commands.lintNow();
    const targets = testDiagnostics(editor);
    editor.commands.setTextSelection(positionOf(editor, 'then'));
    editor.commands.previousDiagnostic();
    expect(editor.state.selection.from).toBe(targets[0]!.from);
    expect(editor.state.selection.to).toBe(targets[0]!.to);
    editor.commands.previousDiagnostic();
    expect(editor.state.selection.from).toBe(targets[2]!.from);
  });

  it('selectDiagnostic selects by id; navigation refuses when there is nothing to visit', () => {
    const editor = mountEditor(content);
    editor.commands.lintNow();
    const target = testDiagnostics(editor)[1]!;
    expect(editor.commands.selectDiagnostic(target.id)).toBe(true);
    expect(editor.state.selection).toMatchObject({ from: target.from, to: target.to });
    expect(editor.commands.selectDiagnostic('cn-does-not-exist')).toBe(false);

    const clean = mountEditor('<p>Nothing to see.</p>', {
      categories: {
        deficit: 'off',
        jargon: 'off',
        'victim-blaming': 'off',
        'write-to-child': 'off',
        readability: 'off',
      },
    });
    clean.commands.lintNow();
    expect(clean.storage.caseNoteLint.diagnostics).toEqual([]);
    expect(clean.commands.nextDiagnostic()).toBe(false);
    expect(clean.commands.previousDiagnostic()).toBe(false);
  });
});

describe('applySuggestion', () => {
  it('replaces the words in one undo step and undo restores the text exactly', () => {
    const editor = mountEditor('<p>The <strong>wibble</strong> was frobnicated.</p>');
    editor.commands.lintNow();
    const before = editor.getHTML();
    const target = testDiagnostics(editor).find((d) => d.ruleId === 'test-wibble')!;
    expect(editor.commands.applySuggestion(target.id, 1)).toBe(true);
    expect(editor.getHTML()).toBe('<p>The <strong>quiver</strong> was frobnicated.</p>');
    expect(flagged(editor)).toEqual(['test-frobnicated:frobnicated']);
    editor.commands.undo();
    expect(editor.getHTML()).toBe(before);
  });

  it('is its own undo step even right after typing', () => {
    const editor = mountEditor('<p>The wibble.</p>', { delay: 10_000 });
    editor.commands.lintNow();
    editor.commands.insertContentAt(positionOf(editor, 'wibble'), 'big '); // touches the flagged word
    const afterTyping = editor.getHTML();
    expect(editor.commands.applySuggestion(testDiagnostics(editor)[0]!.id)).toBe(true);
    expect(editor.getHTML()).toBe('<p>The big wobble.</p>');
    editor.commands.undo();
    expect(editor.getHTML()).toBe(afterTyping);
  });

  it('is refused when the words under the finding changed, or the suggestion does not exist', () => {
    const editor = mountEditor('<p>The wibble.</p>', { delay: 10_000 });
    editor.commands.lintNow();
    const target = testDiagnostics(editor)[0]!;
    expect(editor.commands.applySuggestion(target.id, 5)).toBe(false);
    editor.commands.insertContentAt(target.from + 2, 'b');
    const html = editor.getHTML();
    expect(editor.commands.applySuggestion(target.id, 0)).toBe(false);
    expect(editor.getHTML()).toBe(html);
    expect(editor.can().applySuggestion('cn-missing')).toBe(false);
  });

  it('is refused while the editor is read-only', () => {
    const editor = mountEditor('<p>The wibble.</p>');
    editor.commands.lintNow();
    editor.setEditable(false);
    expect(editor.commands.applySuggestion(testDiagnostics(editor)[0]!.id)).toBe(false);
    expect(editor.getHTML()).toBe('<p>The wibble.</p>');
  });
});

describe('ignoreDiagnostic', () => {
  it('hides the finding, saves its key, and keeps it hidden after edits elsewhere', async () => {
    const save = vi.fn();
    const editor = mountEditor('<p>First the wibble was here. Other words follow.</p><p>More text.</p>', {
      ignoreStore: { load: () => [], save },
      delay: 10,
    });
    editor.commands.lintNow();
    const target = testDiagnostics(editor)[0]!;
    expect(editor.commands.ignoreDiagnostic(target.id)).toBe(true);
    expect(flagged(editor)).toEqual([]);
    expect(save).toHaveBeenLastCalledWith(['test-wibble|wibble|the|was']);
    expect(editor.storage.caseNoteLint.ignoredKeys).toEqual(['test-wibble|wibble|the|was']);

    editor.commands.insertContentAt(positionOf(editor, 'More'), 'Yet ');
    editor.commands.insertContentAt(positionOf(editor, 'Other'), 'Many ');
    editor.commands.lintNow();
    expect(flagged(editor)).toEqual([]);

    // Changing a neighbouring word makes a different key: the finding comes back.
    const was = positionOf(editor, 'was');
    editor
      .chain()
      .deleteRange({ from: was, to: was + 3 })
      .insertContentAt(was, 'is')
      .run();
    await vi.waitFor(() => expect(flagged(editor)).toEqual(['test-wibble:wibble']));
  });

  it('does not add an undo step', () => {
    const editor = mountEditor('<p>The wibble.</p>');
    editor.commands.lintNow();
    editor.commands.ignoreDiagnostic(testDiagnostics(editor)[0]!.id);
    expect(editor.can().undo()).toBe(false);
  });

  it('loads ignored keys from the ignoreStore when the editor is created', () => {
    const load = vi.fn(() => ['test-wibble|wibble|the|was']);
    const editor = mountEditor('<p>The wibble was here.</p><p>A wibble is there.</p>', {
      ignoreStore: { load, save: vi.fn() },
    });
    editor.commands.lintNow();
    expect(load).toHaveBeenCalledTimes(1);
    expect(flagged(editor)).toEqual(['test-wibble:wibble']);
    expect(testDiagnostics(editor)[0]!.ignoreKey).toBe('test-wibble|wibble|a|is');
  });
});

describe('rule commands', () => {
  it('setRuleSeverity changes a rule’s severity or turns it off', () => {
    const editor = mountEditor('<p>The wibble was frobnicated.</p>');
    editor.commands.lintNow();
    expect(editor.commands.setRuleSeverity('test-wibble', 'error')).toBe(true);
    const span = editor.view.dom.querySelector<HTMLElement>('[data-rule-id="test-wibble"]');
    expect(span?.className).toBe('casenote-diagnostic casenote-diagnostic--error');
    expect(editor.storage.caseNoteLint.lintOptions.rules).toEqual({ 'test-wibble': 'error' });

    editor.commands.setRuleSeverity('test-wibble', 'off');
    expect(flagged(editor)).toEqual(['test-frobnicated:frobnicated']);
  });

  it('setCategorySeverity turns a category off', () => {
    const editor = mountEditor('<p>The wibble was frobnicated.</p>');
    editor.commands.lintNow();
    editor.commands.setCategorySeverity('jargon', 'off');
    expect(flagged(editor)).toEqual(['test-wibble:wibble']);
    expect(editor.storage.caseNoteLint.counts.jargon).toBeUndefined();
  });

  it('allowPhrase accepts a phrase, ignoring case, now and after re-checks', () => {
    const editor = mountEditor('<p>The Wibble was frobnicated.</p><p>Another wibble.</p>');
    editor.commands.lintNow();
    expect(flagged(editor)).toHaveLength(3);
    expect(editor.commands.allowPhrase('  wibble ')).toBe(true);
    expect(flagged(editor)).toEqual(['test-frobnicated:frobnicated']);
    editor.commands.insertContentAt(1, 'A wibble. ');
    editor.commands.lintNow();
    expect(flagged(editor)).toEqual(['test-frobnicated:frobnicated']);
    expect(editor.storage.caseNoteLint.lintOptions.allow).toEqual(['wibble']);
    expect(editor.commands.allowPhrase('   ')).toBe(false);
  });

  it('allowPhrase and the allow option read a phrase as the engine does: case and spacing aside', () => {
    const widgetPack = {
      name: 'tiptap-test-widget',
      rules: [
        {
          id: 'test-widget',
          category: 'jargon' as const,
          severity: 'info' as const,
          patterns: ['grey widget'],
          suggestions: ['box'],
          explanation: 'A test rule: a grey widget is a name only the team knows.',
          sources: ['https://example.org/test-guide'],
        },
      ],
    };
    const editor = mountEditor('<p>The grey widget was here.</p>', { extraRules: [testPack, widgetPack] });
    editor.commands.lintNow();
    expect(flagged(editor)).toEqual(['test-widget:grey widget']);
    editor.commands.allowPhrase(' Grey   widget ');
    expect(flagged(editor)).toEqual([]);

    const configured = mountEditor('<p>The grey widget was here.</p>', {
      extraRules: [testPack, widgetPack],
      allow: ['grey\u00a0 WIDGET'],
    });
    configured.commands.lintNow();
    expect(flagged(configured)).toEqual([]);
  });
});
