import { afterEach, describe, expect, it } from 'vitest';
import { chainFocusedNow, focusEditorNow } from '../src/index.ts';
import { destroyEditors, mountEditor } from './helpers.ts';

afterEach(destroyEditors);

describe('giving focus back to the note (a card or panel closing)', () => {
  it('focus is back in the note at once, caret where it was, with no frame spent on the page', () => {
    const editor = mountEditor('<p>Kai told me he enjoys football.</p>');
    editor.commands.setTextSelection(5);
    const button = document.createElement('button');
    document.body.append(button);
    button.focus();
    focusEditorNow(editor);
    expect(document.activeElement).toBe(editor.view.dom);
    expect(editor.state.selection.from).toBe(5);
    button.remove();
  });

  it('a read-only note (focusable, as the React editor and the element make it) takes focus on its reading area', () => {
    const editor = mountEditor('<p>Kai told me he enjoys football.</p>');
    editor.setEditable(false);
    editor.view.dom.setAttribute('tabindex', '0');
    document.body.focus();
    focusEditorNow(editor);
    expect(document.activeElement).toBe(editor.view.dom);
  });

  it('a command run from a button leaves focus in the note before the command returns (a key pressed next reaches it)', () => {
    const editor = mountEditor('<p>Kai told me he enjoys football.</p>');
    const button = document.createElement('button');
    document.body.append(button);
    button.focus();
    chainFocusedNow(editor).setTextSelection(5).run();
    expect(document.activeElement).toBe(editor.view.dom);
    expect(editor.state.selection.from).toBe(5);
    button.remove();
  });
});
