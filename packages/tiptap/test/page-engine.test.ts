import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CaseNoteLint, loadCaseNoteEngine } from '../src/index.ts';
import { loadedPageEngine } from '../src/session/page-engine.ts';

// The built-in engine is a chunk of its own, loaded when an editor first checks on the page. This
// file does not import ./helpers.ts, which loads it for the other tests: here it starts unloaded.

const mounted: Array<{ editor: Editor; element: HTMLElement }> = [];
afterEach(() => {
  for (const { editor, element } of mounted.splice(0)) {
    editor.destroy();
    element.remove();
  }
});

function mount(options: Parameters<typeof CaseNoteLint.configure>[0] = {}): Editor {
  const element = document.createElement('div');
  document.body.append(element);
  const editor = new Editor({
    element,
    extensions: [StarterKit, CaseNoteLint.configure({ delay: 10, analysisDelay: 10, ...options })],
    content: '<p>Jade is LAC. I visited you today, Jade.</p>',
  });
  mounted.push({ editor, element });
  return editor;
}

const ruleIds = (editor: Editor) => editor.storage.caseNoteLint.diagnostics.map((finding) => finding.ruleId);

describe('the built-in engine on the page', () => {
  it('is never loaded by an editor whose linter and analyser are the host’s own (a Web Worker)', async () => {
    const seen: string[] = [];
    const linter = {
      lint: (text: string) => {
        seen.push(text);
        return [];
      },
    };
    const editor = mount({ linter, analyser: { analyse: () => new Promise(() => undefined) } });
    await vi.waitFor(() => expect(seen).toEqual(['Jade is LAC. I visited you today, Jade.']));
    editor.commands.lintNow();
    editor.commands.analyseNow();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(loadedPageEngine()).toBeUndefined();
  });

  it('loads when an editor checks on the page: underlines and a command given before it arrived land once it has', async () => {
    const editor = mount({ context: { child: { name: 'Jade' } } });
    // asked before the engine is there: answered as soon as it is
    editor.commands.lintNow();
    expect(loadedPageEngine()).toBeUndefined();
    await vi.waitFor(() => expect(ruleIds(editor)).toContain('acronym-lac'), { timeout: 10_000 });
    await vi.waitFor(() => expect(editor.storage.caseNoteLint.analysis?.summary.sentences).toBe(2), {
      timeout: 10_000,
    });
    expect(loadedPageEngine()).toBeDefined();
  });

  it('checks at once once loaded: a new editor’s lintNow lands in its own transaction', async () => {
    await loadCaseNoteEngine();
    const editor = mount({ delay: 10_000 });
    editor.commands.lintNow();
    expect(ruleIds(editor)).toContain('acronym-lac');
  });
});
