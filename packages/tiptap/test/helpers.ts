import type { RulePack } from '@casenote/lint';
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { CaseNoteLint, type CaseNoteLintOptions, loadCaseNoteEngine } from '../src/index.ts';

// The built-in engine loads on first use; loaded here, every editor of these tests checks at once
// (what an editor does before it has loaded is pinned in page-engine.test.ts).
await loadCaseNoteEngine();

/**
 * A host pack of made-up words, so the tests do not depend on the built-in packs' wording.
 * Assertions look only at these rule ids.
 */
export const testPack: RulePack = {
  name: 'tiptap-test-pack',
  rules: [
    {
      id: 'test-wibble',
      category: 'deficit',
      severity: 'warning',
      patterns: ['wibble'],
      suggestions: ['wobble', 'quiver'],
      explanation: 'A test rule: the word wibble describes nothing that happened.',
      sources: ['https://example.org/test-guide'],
    },
    {
      id: 'test-frobnicated',
      category: 'jargon',
      severity: 'info',
      patterns: ['frobnicated'],
      suggestions: ['adjusted'],
      explanation: 'A test rule: frobnicated is shorthand nobody outside the team knows.',
      sources: ['https://example.org/test-guide'],
    },
  ],
};

const mounted: Array<{ editor: Editor; element: HTMLElement }> = [];

/** A real editor on a `<div>` in the page, with StarterKit and the lint extension. */
export function mountEditor(content: string, options: Partial<CaseNoteLintOptions> = {}): Editor {
  const element = document.createElement('div');
  document.body.append(element);
  const editor = new Editor({
    element,
    extensions: [StarterKit, CaseNoteLint.configure({ extraRules: [testPack], delay: 20, ...options })],
    content,
  });
  mounted.push({ editor, element });
  return editor;
}

/** A plain editor (no lint extension) for comparisons. */
export function mountPlainEditor(content: string): Editor {
  const element = document.createElement('div');
  document.body.append(element);
  const editor = new Editor({ element, extensions: [StarterKit], content });
  mounted.push({ editor, element });
  return editor;
}

export function destroyEditors(): void {
  for (const { editor, element } of mounted.splice(0)) {
    editor.destroy();
    element.remove();
  }
}

/** The flagged spans of the test rules, as `ruleId:text` (split spans joined by diagnostic id). */
export function flagged(editor: Editor): string[] {
  const spans = [...editor.view.dom.querySelectorAll<HTMLElement>('[data-diagnostic-id]')].filter((span) =>
    span.dataset.ruleId?.startsWith('test-'),
  );
  const byId = new Map<string, { ruleId: string; text: string }>();
  for (const span of spans) {
    const id = span.dataset.diagnosticId ?? '';
    const entry = byId.get(id) ?? { ruleId: span.dataset.ruleId ?? '', text: '' };
    entry.text += span.textContent;
    byId.set(id, entry);
  }
  return [...byId.values()].map(({ ruleId, text }) => `${ruleId}:${text}`);
}

/** The test rules' findings in storage. */
export function testDiagnostics(editor: Editor) {
  return editor.storage.caseNoteLint.diagnostics.filter((diagnostic) => diagnostic.ruleId.startsWith('test-'));
}

/** Position of the first occurrence of `text` in the document. */
export function positionOf(editor: Editor, text: string): number {
  let found = -1;
  editor.state.doc.descendants((node, pos) => {
    if (found >= 0) return false;
    if (node.isText && node.text?.includes(text)) found = pos + node.text.indexOf(text);
    return true;
  });
  if (found < 0) throw new Error(`"${text}" is not in the document`);
  return found;
}
