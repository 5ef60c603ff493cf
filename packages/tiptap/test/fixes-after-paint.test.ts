import { createLinter, type Diagnostic } from '@casenote/lint';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseNoteLinter } from '../src/index.ts';
import { copyFinding } from '../src/utils/copyFinding.ts';
import { destroyEditors, flagged, mountEditor, testDiagnostics, testPack } from './helpers.ts';

afterEach(destroyEditors);

// The engine fits a finding's one-click fixes to its sentence when its suggestions are first read
// (most of a new note's check). The editor draws underlines from the ranges alone: the fixes are
// fitted when a card shows them or a fix is applied, and each reader gets what the engine gives.

/** The built-in engine, counting how many findings had their suggestions fitted. */
function countingEngine() {
  const engine = createLinter({ extraRules: [testPack], analysis: false });
  const fitted = new Set<Diagnostic>();
  const linter: CaseNoteLinter = {
    lint: (text: string) =>
      engine.lint(text).map((diagnostic) => {
        const own = Object.getOwnPropertyDescriptor(diagnostic, 'suggestions');
        if (own?.get)
          Object.defineProperty(diagnostic, 'suggestions', {
            get: () => {
              fitted.add(diagnostic);
              return own.get?.call(diagnostic);
            },
            set: (value: string[]) => own.set?.call(diagnostic, value),
            enumerable: true,
            configurable: true,
          });
        return diagnostic;
      }),
  };
  return { linter, fitted };
}

describe('one-click fixes in the editor', () => {
  const text = 'He was seen at the PLO meeting about the wibble.';

  it('are not fitted before the underlines are drawn, and a card gets what the engine gives', () => {
    const { linter, fitted } = countingEngine();
    const editor = mountEditor(`<p>${text}</p><p>Then frobnicated.</p>`, { linter });
    editor.commands.lintNow();
    expect(flagged(editor)).toEqual(['test-wibble:wibble', 'test-frobnicated:frobnicated']);
    expect(editor.view.dom.querySelector('[data-rule-id="acronym-plo"]')).not.toBe(null);
    const listed = editor.storage.caseNoteLint.diagnostics;
    expect(fitted.size).toBe(0);

    const expected = createLinter({ extraRules: [testPack], analysis: false }).lint(text);
    const inEditor = listed.filter((diagnostic) => diagnostic.to <= text.length + 1);
    expect(inEditor.map((diagnostic) => [diagnostic.ruleId, diagnostic.suggestions])).toEqual(
      expected.map((diagnostic) => [diagnostic.ruleId, diagnostic.suggestions]),
    );
    // "PLO" inside "PLO meeting": its fix stays withheld when read from the editor
    const byRule = (ruleId: string) => inEditor.find((diagnostic) => diagnostic.ruleId === ruleId);
    expect(byRule('acronym-plo')?.suggestions).toEqual([]);
    expect(byRule('pre-proceedings-meeting')?.suggestions).toEqual(['meeting before any court case']);
  });

  it('are fitted when a fix is applied, and the fix goes in', () => {
    const { linter, fitted } = countingEngine();
    const editor = mountEditor(`<p>${text}</p>`, { linter });
    editor.commands.lintNow();
    expect(fitted.size).toBe(0);
    const wibble = testDiagnostics(editor).find((diagnostic) => diagnostic.ruleId === 'test-wibble');
    expect(editor.commands.applySuggestion(wibble?.id ?? '', 1)).toBe(true);
    expect(fitted.size).toBe(1);
    expect(editor.state.doc.textContent).toBe('He was seen at the PLO meeting about the quiver.');
  });
});

describe('a finding copied for the editor', () => {
  it('has the keys of a spread copy, in order, and the same suggestions; setting them on a copy changes that copy alone', () => {
    const { linter, fitted } = countingEngine();
    const found = linter.lint('He was seen at the PLO meeting about the wibble.') as Diagnostic[];
    const copies = found.map((finding) => copyFinding(copyFinding(finding, { from: 0, id: 'a' }), { to: 1 }));
    expect(fitted.size).toBe(0);
    const spread = found.map((finding) => ({ ...finding, from: 0, id: 'a', to: 1 }));
    expect(copies.map((copy) => Object.keys(copy))).toEqual(spread.map((copy) => Object.keys(copy)));
    expect(JSON.parse(JSON.stringify(copies))).toEqual(JSON.parse(JSON.stringify(spread)));
    const [first] = copies;
    if (first) first.suggestions = ['set by a host'];
    expect(first?.suggestions).toEqual(['set by a host']);
    expect(found[0]?.suggestions).toEqual(spread[0]?.suggestions);
  });
});
