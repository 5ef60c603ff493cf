import { createLinter, type Diagnostic } from '@casenote/lint';
import type { Transaction } from '@tiptap/pm/state';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as api from '../src/index.ts';
import { caseNoteLintPluginKey, type CaseNoteLinter } from '../src/index.ts';
import {
  destroyEditors,
  flagged,
  mountEditor,
  mountPlainEditor,
  positionOf,
  testDiagnostics,
  testPack,
} from './helpers.ts';

afterEach(destroyEditors);

describe('public API', () => {
  it('exports exactly these values', () => {
    expect(Object.keys(api).sort()).toEqual([
      'ABOUT_CHILD_CLASS',
      'CaseNoteKeymap',
      'CaseNoteLint',
      'ContactRecord',
      'DIAGNOSTIC_CLASS',
      'FOCUS_FINDINGS_META',
      'MOVED_TO_FINDING_META',
      'OPEN_CARD_META',
      'SEVERITY_LABELS',
      'analysisLabels',
      'buildNoteText',
      'buildRecordNodes',
      'cardLabels',
      'caseNoteLintPluginKey',
      'categoryNouns',
      'categoryTitles',
      'createIgnoreKey',
      'defaultShortcuts',
      'describeShortcuts',
      'findRecordSectionTarget',
      'formatFindingsSummary',
      'formatPanelSummary',
      'formatShortcut',
      'formatWrittenToChild',
      'getBlockText',
      'getDiagnosticAtSelection',
      'groupCountedSentences',
      'helpLabels',
      'householdMentions',
      'insertRecordNodes',
      'panelLabels',
      'positionAtNoteOffset',
      'sameAdvice',
      'severityTitles',
      'shadowUnderlineStyles',
      'underlineStyles',
      'validateCaseNoteLintOptions',
    ]);
  });
});

describe('decorations', () => {
  it('lints on its own after mounting and renders the theming contract', async () => {
    const editor = mountEditor('<p>The wibble was frobnicated.</p>');
    await vi.waitFor(() => expect(flagged(editor)).toEqual(['test-wibble:wibble', 'test-frobnicated:frobnicated']));

    const span = editor.view.dom.querySelector<HTMLElement>('[data-rule-id="test-wibble"]');
    expect(span?.className).toBe('casenote-diagnostic casenote-diagnostic--warning');
    expect(span?.dataset.category).toBe('deficit');
    expect(span?.dataset.severity).toBe('warning');
    expect(span?.getAttribute('aria-invalid')).toBe('grammar');
    expect(span?.getAttribute('aria-description')).toMatch(/^Warning: .*wibble/);
    expect(span?.hasAttribute('title')).toBe(false);
    const info = editor.view.dom.querySelector<HTMLElement>('[data-rule-id="test-frobnicated"]');
    expect(info?.className).toBe('casenote-diagnostic casenote-diagnostic--info');
    expect(info?.getAttribute('aria-description')).toMatch(/^Information: /);
  });

  it('keeps one full finding in storage with its document range and a stable id', () => {
    const editor = mountEditor('<p>The wibble was here.</p>');
    editor.commands.lintNow();
    const [diagnostic] = testDiagnostics(editor);
    expect(diagnostic).toEqual({
      id: expect.stringMatching(/^cn-\d+$/),
      from: 5,
      to: 11,
      ruleId: 'test-wibble',
      category: 'deficit',
      severity: 'warning',
      message: expect.stringContaining('wibble'),
      explanation: 'A test rule: the word wibble describes nothing that happened.',
      actual: 'wibble',
      suggestions: ['wobble', 'quiver'],
      source: 'https://example.org/test-guide',
      ignoreKey: 'test-wibble|wibble|the|was',
    });
    expect(editor.state.doc.textBetween(diagnostic!.from, diagnostic!.to)).toBe('wibble');
    const span = editor.view.dom.querySelector<HTMLElement>('[data-rule-id="test-wibble"]');
    expect(span?.dataset.diagnosticId).toBe(diagnostic!.id);
    expect(editor.storage.caseNoteLint.counts.deficit).toBeGreaterThanOrEqual(1);
  });

  it('maps offsets across hard breaks, marks and nested blocks', () => {
    const editor = mountEditor(
      '<p>One<br>two <strong>wib</strong>ble</p><ul><li><p>A frobnicated list</p></li></ul><blockquote><p>Quoted wibble</p></blockquote>',
    );
    editor.commands.lintNow();
    const found = testDiagnostics(editor).map((d) => `${d.ruleId}:${editor.state.doc.textBetween(d.from, d.to)}`);
    expect(found).toEqual(['test-wibble:wibble', 'test-frobnicated:frobnicated', 'test-wibble:wibble']);
    expect(flagged(editor)).toEqual(['test-wibble:wibble', 'test-frobnicated:frobnicated', 'test-wibble:wibble']);
  });

  it('does not lint code blocks', () => {
    const editor = mountEditor('<pre><code>wibble</code></pre><p>wibble</p>');
    editor.commands.lintNow();
    expect(testDiagnostics(editor)).toHaveLength(1);
    expect(editor.state.doc.resolve(testDiagnostics(editor)[0]!.from).parent.type.name).toBe('paragraph');
  });

  it('finds the narrowest finding under a position with getDiagnosticAt', () => {
    const editor = mountEditor('<p>A wibble here.</p>');
    editor.commands.lintNow();
    const at = positionOf(editor, 'wibble');
    expect(editor.storage.caseNoteLint.getDiagnosticAt(at + 2)?.ruleId).toBe('test-wibble');
    expect(editor.storage.caseNoteLint.getDiagnosticAt(at + 6)?.ruleId).toBe('test-wibble');
    expect(editor.storage.caseNoteLint.getDiagnosticAt(1)).toBeNull();
  });
});

describe('safety', () => {
  it('leaves getHTML and getJSON identical to an editor without the extension', () => {
    const content = '<p>The wibble was <em>frobnicated</em>.</p><p>Second<br>wibble line.</p>';
    const editor = mountEditor(content);
    const plain = mountPlainEditor(content);
    editor.commands.lintNow();
    expect(flagged(editor)).toHaveLength(3);
    expect(editor.getHTML()).toBe(plain.getHTML());
    expect(editor.getJSON()).toEqual(plain.getJSON());
    expect(editor.getHTML()).not.toContain('casenote');
  });

  it('shows results in a meta-only transaction that adds no undo step', async () => {
    const editor = mountEditor('<p>Plain words.</p>', { delay: 10 });
    editor.commands.lintNow();
    const seen: Transaction[] = [];
    editor.on('transaction', ({ transaction }) => {
      if (transaction.getMeta(caseNoteLintPluginKey)) seen.push(transaction);
    });
    const before = editor.state.doc;
    editor.commands.insertContentAt(editor.state.doc.content.size - 1, ' A wibble.');
    await vi.waitFor(() => expect(flagged(editor)).toEqual(['test-wibble:wibble']));
    const results = seen.find((tr) => tr.getMeta(caseNoteLintPluginKey)?.type === 'results');
    expect(results?.docChanged).toBe(false);
    editor.commands.undo();
    expect(editor.state.doc.eq(before)).toBe(true);
  });

  it('calls onDiagnostics with the current findings when results land', async () => {
    const onDiagnostics = vi.fn();
    const editor = mountEditor('<p>The wibble.</p>', { onDiagnostics });
    await vi.waitFor(() => expect(onDiagnostics).toHaveBeenCalled());
    const last = onDiagnostics.mock.lastCall?.[0] as api.EditorDiagnostic[];
    expect(last.filter((d) => d.ruleId === 'test-wibble').map((d) => d.actual)).toEqual(['wibble']);
    expect(last).toEqual(editor.storage.caseNoteLint.diagnostics);
  });
});

describe('incremental linting', () => {
  it('maps findings through edits before the next check, keeping their ids', () => {
    const editor = mountEditor('<p>The wibble is here.</p><p>Another frobnicated line.</p>', { delay: 10_000 });
    editor.commands.lintNow();
    const [first, second] = testDiagnostics(editor);
    editor.commands.insertContentAt(1, 'Yes. ');
    const [movedFirst, movedSecond] = testDiagnostics(editor);
    expect(movedFirst).toMatchObject({ id: first!.id, from: first!.from + 5, to: first!.to + 5 });
    expect(movedSecond).toMatchObject({ id: second!.id, from: second!.from + 5, to: second!.to + 5 });
    expect(flagged(editor)).toEqual(['test-wibble:wibble', 'test-frobnicated:frobnicated']);
  });

  it('drops a finding as soon as its words are edited, and re-checks after the delay', async () => {
    const editor = mountEditor('<p>The wibble is here.</p>', { delay: 30 });
    editor.commands.lintNow();
    const at = positionOf(editor, 'wibble');
    editor.commands.insertContentAt(at + 3, 'x'); // "wibxble"
    expect(flagged(editor)).toEqual([]);
    editor.commands.deleteRange({ from: at + 3, to: at + 4 }); // back to "wibble"
    await vi.waitFor(() => expect(flagged(editor)).toEqual(['test-wibble:wibble']));
  });

  it('re-lints only the paragraphs whose text changed, and reuses cached text', async () => {
    const engine = createLinter({ extraRules: [testPack] });
    const linter: CaseNoteLinter = { lint: vi.fn((text: string) => engine.lint(text)) };
    const editor = mountEditor('<p>First wibble.</p><p>Second line.</p><p>Third frobnicated.</p>', {
      linter,
      delay: 10,
    });
    editor.commands.lintNow();
    expect(vi.mocked(linter.lint).mock.calls.map(([text]) => text)).toEqual([
      'First wibble.',
      'Second line.',
      'Third frobnicated.',
    ]);
    vi.mocked(linter.lint).mockClear();

    editor.commands.insertContentAt(positionOf(editor, 'line') + 4, ' is a wibble');
    await vi.waitFor(() => expect(flagged(editor)).toHaveLength(3));
    expect(vi.mocked(linter.lint).mock.calls.map(([text]) => text)).toEqual(['Second line is a wibble.']);

    vi.mocked(linter.lint).mockClear();
    editor.commands.undo();
    await vi.waitFor(() => expect(flagged(editor)).toHaveLength(2));
    editor.commands.lintNow();
    expect(linter.lint).not.toHaveBeenCalled(); // every text was seen before
  });

  it('drops results that were computed for an older document', async () => {
    const engine = createLinter({ extraRules: [testPack] });
    const pending: Array<() => void> = [];
    const linter: CaseNoteLinter = {
      lint: (text: string) =>
        new Promise<Diagnostic[]>((resolve) => {
          pending.push(() => resolve(engine.lint(text)));
        }),
    };
    const editor = mountEditor('<p>The wibble.</p>', { linter, delay: 10 });
    await vi.waitFor(() => expect(pending).toHaveLength(1)); // first run started
    editor.commands.insertContentAt(1, 'Now '); // the document moves on before the answer
    await vi.waitFor(() => expect(pending).toHaveLength(2)); // second run for the new text
    const dropped = vi.fn();
    editor.on('transaction', ({ transaction }) => {
      if (transaction.getMeta(caseNoteLintPluginKey)?.type === 'results') dropped();
    });

    pending[0]!(); // answer for "The wibble."
    await vi.waitFor(() => expect(dropped).toHaveBeenCalledTimes(1));
    expect(flagged(editor)).toEqual([]); // stale: not shown at the old positions

    pending[1]!(); // answer for "Now The wibble."
    await vi.waitFor(() => expect(flagged(editor)).toEqual(['test-wibble:wibble']));
    const [diagnostic] = testDiagnostics(editor);
    expect(editor.state.doc.textBetween(diagnostic!.from, diagnostic!.to)).toBe('wibble');
  });
});

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
