import type { Diagnostic, NoteAnalysis } from '@casenote/lint';
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { afterEach, expect, test, vi } from 'vitest';
import type { CaseNoteLintOptions } from '../src/index.ts';

// The cards' explanations (the rule details) are a chunk of their own: an editor asks for them when
// it loads the engine, or, with the host's own linter (a Web Worker), when the first results arrive.
const asked = vi.hoisted(() => ({ times: 0 }));

vi.mock('@casenote/lint', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@casenote/lint')>()),
  loadRuleDetails: () => {
    asked.times += 1;
    return new Promise(() => undefined);
  },
}));

const { CaseNoteLint } = await import('../src/index.ts');

// not the shared helpers: they load the engine on the page, which asks for the details too
const editors: Editor[] = [];
afterEach(() => {
  for (const editor of editors.splice(0)) {
    const element = editor.view.dom.parentElement;
    editor.destroy();
    element?.remove();
  }
});

function mountWithHostLinter(content: string, options: Partial<CaseNoteLintOptions>): Editor {
  const element = document.createElement('div');
  document.body.append(element);
  const editor = new Editor({
    element,
    extensions: [StarterKit, CaseNoteLint.configure({ delay: 20, ...options })],
    content,
  });
  editors.push(editor);
  return editor;
}

const flagged = (editor: Editor) =>
  editor.storage.caseNoteLint.diagnostics.map((diagnostic) => `${diagnostic.ruleId}:${diagnostic.actual}`);

const finding: Diagnostic = {
  from: 4,
  to: 10,
  ruleId: 'test-wibble',
  category: 'jargon',
  severity: 'info',
  message: '‘wibble’ is team shorthand',
  actual: 'wibble',
  suggestions: ['word'],
};

test('with the host’s own linter, the page asks for the rule details when the first results arrive, once', async () => {
  let answer: (found: Diagnostic[]) => void = () => undefined;
  const linter = { lint: () => new Promise<Diagnostic[]>((resolve) => (answer = resolve)) };
  const analyser = { analyse: () => new Promise<NoteAnalysis>(() => undefined) };
  const editor = mountWithHostLinter('<p>The wibble was here.</p>', { linter, analyser });
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(asked.times).toBe(0);
  answer([finding]);
  await vi.waitFor(() => expect(flagged(editor)).toEqual(['test-wibble:wibble']));
  expect(asked.times).toBe(1);
  editor.commands.lintNow();
  answer([finding]);
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(asked.times).toBe(1);
});
