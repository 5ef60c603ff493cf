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
      'chainFocusedNow',
      'createIgnoreKey',
      'defaultShortcuts',
      'describeShortcuts',
      'findRecordSectionTarget',
      'focusEditorNow',
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
      'loadCaseNoteEngine',
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

  it('drops a finding at once when the end or the start of its words is deleted', () => {
    const editor = mountEditor('<p>The wibble is here. A frobnicated line.</p>', { delay: 60_000 });
    editor.commands.lintNow();
    const wibble = positionOf(editor, 'wibble');
    editor.commands.deleteRange({ from: wibble + 4, to: wibble + 6 }); // "wibb": its end deleted
    const frobnicated = positionOf(editor, 'frobnicated');
    editor.commands.deleteRange({ from: frobnicated, to: frobnicated + 2 }); // "obnicated": its start deleted
    expect(flagged(editor)).toEqual([]);
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
