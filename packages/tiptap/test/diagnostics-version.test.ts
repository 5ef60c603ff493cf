import { afterEach, expect, it, vi } from 'vitest';
import { destroyEditors, mountEditor, positionOf } from './helpers.ts';

afterEach(destroyEditors);

// `diagnosticsVersion` is what the React hooks watch on every keystroke instead of listing every
// finding: it must move whenever the set of findings changes and stay put when edits only move them.

it('keeps diagnosticsVersion when an edit only moves the findings', () => {
  const editor = mountEditor('<p>The wibble was here.</p><p>A frobnicated list.</p>', { delay: 60_000 });
  editor.commands.lintNow();
  const storage = editor.storage.caseNoteLint;
  const before = storage.diagnosticsVersion;
  const listed = storage.diagnostics;
  editor.commands.insertContentAt(1, 'Today ');
  expect(storage.diagnosticsVersion).toBe(before);
  // The findings themselves did move: the storage list has their current ranges.
  expect(storage.diagnostics.map((d) => d.from)).toEqual(listed.map((d) => d.from + 'Today '.length));
});

it('changes diagnosticsVersion when a flagged word is edited, deleted, or a re-check lands', () => {
  const editor = mountEditor('<p>The wibble was here.</p><p>A frobnicated list.</p>', { delay: 60_000 });
  editor.commands.lintNow();
  const storage = editor.storage.caseNoteLint;
  const flaggedWords = () => storage.diagnostics.map((d) => d.actual);
  expect(flaggedWords()).toEqual(['wibble', 'frobnicated']);

  let version = storage.diagnosticsVersion;
  const wibble = positionOf(editor, 'wibble');
  editor.commands.insertContentAt(wibble + 3, 'x'); // inside the word
  expect(storage.diagnosticsVersion).not.toBe(version);
  expect(flaggedWords()).toEqual(['frobnicated']);

  version = storage.diagnosticsVersion;
  const frobnicated = positionOf(editor, 'frobnicated');
  editor.commands.deleteRange({ from: frobnicated - 2, to: frobnicated + 'frobnicated'.length + 1 }); // the word and more
  expect(storage.diagnosticsVersion).not.toBe(version);
  expect(flaggedWords()).toEqual([]);

  // The re-check finds nothing where nothing is shown: no change.
  version = storage.diagnosticsVersion;
  editor.commands.lintNow();
  expect(storage.diagnosticsVersion).toBe(version);

  // Putting the word back: the re-check that lands finds it again.
  const edited = positionOf(editor, 'wibxble');
  editor.commands.deleteRange({ from: edited + 3, to: edited + 4 });
  version = storage.diagnosticsVersion;
  editor.commands.lintNow();
  expect(storage.diagnosticsVersion).not.toBe(version);
  expect(flaggedWords()).toEqual(['wibble']);
});

it('leaves the findings untouched when a re-check finds what is already shown', () => {
  const onDiagnostics = vi.fn();
  const editor = mountEditor('<p>The wibble was here.</p><p>A frobnicated list.</p>', { delay: 60_000, onDiagnostics });
  editor.commands.lintNow();
  const storage = editor.storage.caseNoteLint;
  const version = storage.diagnosticsVersion;
  const listed = storage.diagnostics;
  const calls = onDiagnostics.mock.calls.length;
  const spans = [...editor.view.dom.querySelectorAll('.casenote-diagnostic')];

  editor.commands.insertContentAt(positionOf(editor, 'here') + 4, ' today'); // re-checks the first paragraph
  editor.commands.lintNow();

  expect(storage.diagnosticsVersion).toBe(version);
  expect(storage.diagnostics.map((d) => d.id)).toEqual(listed.map((d) => d.id));
  expect(onDiagnostics.mock.calls.length).toBe(calls);
  // The same elements: nothing was redrawn.
  expect([...editor.view.dom.querySelectorAll('.casenote-diagnostic')]).toEqual(spans);
});
