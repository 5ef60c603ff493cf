import { afterEach, expect, it } from 'vitest';
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
  expect(storage.diagnostics.map(d => d.from)).toEqual(listed.map(d => d.from + 'Today '.length));
});

it('changes diagnosticsVersion when a flagged word is edited, deleted, or a re-check lands', () => {
  const editor = mountEditor('<p>The wibble was here.</p><p>A frobnicated list.</p>', { delay: 60_000 });
  editor.commands.lintNow();
  const storage = editor.storage.caseNoteLint;
  const flaggedWords = () => storage.diagnostics.map(d => d.actual);
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

  version = storage.diagnosticsVersion;
  editor.commands.lintNow();
  expect(storage.diagnosticsVersion).not.toBe(version);
});
